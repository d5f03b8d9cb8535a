import { checkNestedScope } from '../../count/nested.js';
import { checkRateBase } from '../../count/rateBase.js';
import { countDictionary } from '../../lexicon/countDictionary.js';
import { provenance } from '../../provenance.js';
import { termTrend } from '../../stats/termTrend.js';
import { EXIT, stringOption, type Command } from '../command.js';
import { CORPUS_OPTIONS, COUNTED_HELP, COUNTED_OPTIONS, PER_HELP, corpusArgs, corpusFromArgs, countedFromArgs, reportDocuments } from '../documents.js';
import { checkFormat, formatRows } from '../format.js';

const COLUMNS = ['period', 'term', 'count', 'tokens', 'per10k', 'documents'];
const CHARACTER_COLUMNS = ['period', 'term', 'count', 'tokens', 'characters', 'per10k', 'documents'];

export const trendCommand: Command = {
  name: 'trend',
  summary: 'counts per period (year) × term or dictionary category, ready to plot',
  help: `Usage: securitization trend <files or folder...> (--terms a,b | --term x ... | --dictionary <file|builtin>) [options]

One row per period × term: { period, term, count, tokens, per10k, documents }, zero counts
included, sorted by period then term. count and tokens are summed over the period's documents,
per10k = count / tokens × 10,000, documents is their number. With --dictionary, term is the
category key. Plot it: Plot.line(rows, { x: 'period', y: 'per10k', stroke: 'term' }).
With --per characters, per10k is per 10,000 characters (letters and digits, the usual
convention for Chinese): rows get a characters column and tokens is left empty (not counted).

The period is the year docvar (meta.year, else the year of meta.date), or the docvar named by
--by. Docvars come from a sidecar (--metadata). Documents without a period are left out of the
rows and listed on stderr.

Options:
${COUNTED_HELP}
  --by <docvar>         the docvar giving the period (default year)
  --nested <scope>      inclusive (default) or exclusive
${PER_HELP}
  --metadata <file>     docvars sidecar (.csv, .tsv or .json keyed by a file column), e.g. with
                        a year column
  --lang <en|zh>        language of documents without a language docvar (default: detected)
  --format <f>          table (default), json ({ provenance, rows }) or csv
  -q, --quiet           no warnings, skipped-document list or progress bar on stderr; failed
                        files are still reported

Files that cannot be read are named on stderr, the others are counted, and the exit code is 1.`,
  options: {
    ...COUNTED_OPTIONS,
    by: { type: 'string' },
    nested: { type: 'string' },
    per: { type: 'string' },
    ...CORPUS_OPTIONS,
  },
  positionals: true,
  async run(values, inputs, io) {
    const format = checkFormat(stringOption(values, 'format'));
    const nested = checkNestedScope(stringOption(values, 'nested'));
    const per = checkRateBase(stringOption(values, 'per'));
    const by = stringOption(values, 'by') ?? 'year';
    const counted = await countedFromArgs(values, io, true);
    const reading = corpusArgs(values);
    const { documents, failed } = await corpusFromArgs(inputs, io, reading);
    const rows =
      counted.kind === 'dictionary'
        ? termTrend(documents, countDictionary(documents, counted.dictionary, { nested, per }), { by })
        : termTrend(documents, counted.terms, { by, nested, per });
    if (!reading.quiet) {
      const hint = documents.length > 0 && rows.skipped.length === documents.length ? ` (give a sidecar with a ${by} column: --metadata)` : '';
      reportDocuments(io, `${rows.skipped.length} document(s) left out of the trend${hint}`, rows.skipped);
    }
    const options = counted.kind === 'dictionary' ? { ...rows.provenance.options, dictionary: counted.source } : rows.provenance.options;
    io.stdout(formatRows(rows, format, { provenance: provenance(options), columns: per === 'characters' ? CHARACTER_COLUMNS : COLUMNS }));
    return failed ? EXIT.badInput : EXIT.ok;
  },
};
