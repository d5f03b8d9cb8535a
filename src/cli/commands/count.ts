import { countTerms } from '../../count/countTerms.js';
import { checkNestedScope } from '../../count/nested.js';
import { checkRateBase } from '../../count/rateBase.js';
import { EXIT, stringOption, type Command } from '../command.js';
import { corpusFromArgs, countFromArgs, PER_HELP, termsFromArgs, wholeNumberArg } from '../documents.js';
import { checkFormat, formatRows } from '../format.js';

export const countCommand: Command = {
  name: 'count',
  summary: 'count terms in files: one row per file × term, with rates per 10,000 tokens (or characters)',
  help: `Usage: securitization count <files or folders...> --terms "security,national security" [options]

One row per file × term: { docId, term, count, tokens, per10k }. A folder is read with its
subfolders (hidden files, README/SOURCES and unknown types skipped, with a warning).

With --workers the files are counted without holding their texts (each is read and counted, and
only its counts kept), by that many worker threads (0: in this thread): for corpora of thousands
of files or larger than memory. The rows are the same, byte for byte, whatever the number.

Options:
  --terms <list>        comma-separated terms (pattern language: phrases, secur*, a | b, 国家安全)
  --term <pattern>      one term; repeat for more (use it for terms that contain commas)
  --nested <scope>      inclusive (default): every term counts wherever it matches;
                        exclusive: each character counts for the longest match only
${PER_HELP}
  --workers <n>         count file by file with n worker threads (0: in this thread; e.g. the
                        number of cores); default: read all files, then count
  --lang <en|zh>        language of all files (default: detected per file)
  --format <f>          table (default), json (rows with provenance) or csv
  -q, --quiet           no warnings or progress bar on stderr; failed files are still reported

Files that cannot be read are named on stderr, the others are counted, and the exit code is 1.`,
  options: {
    terms: { type: 'string' },
    term: { type: 'string', multiple: true },
    nested: { type: 'string' },
    per: { type: 'string' },
    workers: { type: 'string' },
    lang: { type: 'string' },
  },
  positionals: true,
  async run(values, files, io) {
    const format = checkFormat(stringOption(values, 'format'));
    const nested = checkNestedScope(stringOption(values, 'nested'));
    const per = checkRateBase(stringOption(values, 'per'));
    const terms = termsFromArgs(values.terms, values.term);
    const workers = wholeNumberArg(values, 'workers');
    const lang = stringOption(values, 'lang');
    const quiet = values.quiet === true;
    const { rows, failed } =
      workers === undefined
        ? await corpusFromArgs(files, io, { lang, quiet }).then(({ documents, failed }) => ({ rows: countTerms(documents, terms, { nested, per }), failed }))
        : await countFromArgs(files, io, terms, { workers, nested, per, lang, quiet });
    // Columns named, so that CSV has its header even when no file could be read.
    const columns = per === 'characters' ? ['docId', 'term', 'count', 'tokens', 'characters', 'per10k'] : ['docId', 'term', 'count', 'tokens', 'per10k'];
    io.stdout(formatRows(rows, format, { provenance: rows.provenance, columns }));
    return failed ? EXIT.badInput : EXIT.ok;
  },
};
