import { checkNestedScope } from '../../count/nested.js';
import { countDictionary } from '../../lexicon/countDictionary.js';
import { provenance } from '../../provenance.js';
import { termTrend } from '../../stats/termTrend.js';
import { EXIT, stringOption, type Command } from '../command.js';
import { corpusFromArgs, countedFromArgs } from '../documents.js';
import { checkFormat, formatRows } from '../format.js';

const COLUMNS = ['period', 'term', 'count', 'tokens', 'per10k', 'documents'];

export const trendCommand: Command = {
  name: 'trend',
  summary: 'counts per period (year) × term or dictionary category, ready to plot',
  help: `Usage: securitization trend <files or folder...> (--terms a,b | --term x ... | --dictionary <file|builtin>) [options]

One row per period × term: { period, term, count, tokens, per10k, documents }, zero counts
included, sorted by period then term. count and tokens are summed over the period's documents,
per10k = count / tokens × 10,000, documents is their number. With --dictionary, term is the
category key. Plot it: Plot.line(rows, { x: 'period', y: 'per10k', stroke: 'term' }).

The period is the year docvar (meta.year, else the year of meta.date), or the docvar named by
--by. Docvars come from a sidecar (--metadata). Documents without a period are left out of the
rows and listed on stderr.

Options:
  --terms <list>        comma-separated terms (pattern language: phrases, secur*, a | b, 国家安全)
  --term <pattern>      one term; repeat for more (use it for terms that contain commas)
  --dictionary <d>      a dictionary file (.yml/.yaml quanteda, .dic LIWC, .json) or "builtin"
  --by <docvar>         the docvar giving the period (default year)
  --nested <scope>      inclusive (default) or exclusive
  --metadata <file>     docvars sidecar (.csv, .tsv or .json keyed by a file column), e.g. with
                        a year column
  --lang <en|zh>        language of documents without a language docvar (default: detected)
  --format <f>          table (default), json ({ provenance, rows }) or csv
  -q, --quiet           no warnings, skipped-document list or progress bar on stderr; failed
                        files are still reported

Files that cannot be read are named on stderr, the others are counted, and the exit code is 1.`,
  options: {
    terms: { type: 'string' },
    term: { type: 'string', multiple: true },
    dictionary: { type: 'string' },
    by: { type: 'string' },
    nested: { type: 'string' },
    metadata: { type: 'string' },
    lang: { type: 'string' },
  },
  positionals: true,
  async run(values, inputs, io) {
    const format = checkFormat(stringOption(values, 'format'));
    const nested = checkNestedScope(stringOption(values, 'nested'));
    const by = stringOption(values, 'by') ?? 'year';
    const counted = await countedFromArgs(values, io, true);
    const quiet = values.quiet === true;
    const { documents, failed } = await corpusFromArgs(inputs, io, {
      metadata: stringOption(values, 'metadata'),
      lang: stringOption(values, 'lang'),
      quiet,
    });
    const rows =
      counted.kind === 'dictionary'
        ? termTrend(documents, countDictionary(documents, counted.dictionary, { nested }), { by })
        : termTrend(documents, counted.terms, { by, nested });
    if (!quiet && rows.skipped.length > 0) {
      const hint = documents.length > 0 && rows.skipped.length === documents.length ? ` (give a sidecar with a ${by} column: --metadata)` : '';
      io.stderr(`${rows.skipped.length} document(s) left out of the trend${hint}:\n`);
      for (const { docId, reason } of rows.skipped) io.stderr(`  ${docId}: ${reason}\n`);
    }
    const options = counted.kind === 'dictionary' ? { ...rows.provenance.options, dictionary: counted.source } : rows.provenance.options;
    io.stdout(formatRows(rows, format, { provenance: provenance(options), columns: COLUMNS }));
    return failed ? EXIT.badInput : EXIT.ok;
  },
};
