import { textstatCollocates, type CollocateMeasure } from '../../collocations/textstatCollocates.js';
import { textstatCollocations, type CollocationMethod } from '../../collocations/textstatCollocations.js';
import { parsePattern } from '../../patterns/parsePattern.js';
import { checkNestedScope } from '../../count/nested.js';
import { provenance } from '../../provenance.js';
import { EXIT, UsageError, stringOption, type Command } from '../command.js';
import { CORPUS_HELP, CORPUS_OPTIONS, choiceArg, corpusArgs, corpusFromArgs, wholeNumberArg } from '../documents.js';
import { checkFormat, formatRows } from '../format.js';

const COLLOCATE_COLUMNS = ['collocate', 'observed', 'expected', 'nodeCount', 'collocateCount', 'windowTokens', 'corpusTokens', 'll', 'mi', 't'];
const MWE_COLUMNS = ['collocation', 'count', 'lambda', 'z', 'll'];
const MEASURES: readonly CollocateMeasure[] = ['ll', 'mi', 't'];
const METHODS: readonly CollocationMethod[] = ['lambda', 'll'];
// Options of one mode that make no sense in the other: given there, a usage error, not ignored.
const NODE_ONLY = ['window', 'measure', 'nested'] as const;
const MWE_ONLY = ['size', 'method'] as const;

export const collocationsCommand: Command = {
  name: 'collocations',
  summary: 'collocates of a node term (--node), or multi-word expressions (--mwe)',
  help: `Usage: securitization collocations <files or folder...> --node <term> [--window 5] [--measure ll|mi|t] [--min-count 1]
       securitization collocations <files or folder...> --mwe [--size 2] [--method lambda|ll] [--min-count 2]

Two modes; give exactly one of --node and --mwe (formulas in docs/statistics.md).

--node <term>: the words around a term (AntConc's Collocates tool; Evert's surface
co-occurrence). The term is in the pattern language (phrases, secur*, a | b, 国家安全). Rows:
  { collocate, observed, expected, nodeCount, collocateCount, windowTokens, corpusTokens, ll, mi, t }
observed = O11 (tokens of the collocate inside the windows, a token in two windows once),
expected = E11 = windowTokens × collocateCount / corpusTokens; ll is G², negative when
observed < expected; mi = log2(O11/E11); t = (O11 − E11)/√O11. Sorted by --measure, descending.
  -w, --window <n>      words on each side of a hit, at least 1 (default 5: L5–R5)
  --measure <m>         ll (default), mi or t: the ranking
  --min-count <n>       leave out collocates observed fewer than n times (default 1)
  --nested <scope>      inclusive (default) or exclusive

--mwe: multi-word expressions, runs of --size words inside a sentence (quanteda's
textstat_collocations). Rows: { collocation, count, lambda, z, ll } (ll only for size 2).
  --size <n>            words per expression, 2 to 5 (default 2)
  --method <m>          lambda (default: sorted by z) or ll (sorted by G², size 2 only)
  --min-count <n>       leave out expressions occurring fewer than n times (default 2)

Options of both modes:
  --top <n>             only the first n rows
${CORPUS_HELP}

Files that cannot be read are named on stderr, the others are counted, and the exit code is 1.`,
  options: {
    node: { type: 'string' },
    mwe: { type: 'boolean' },
    window: { type: 'string', short: 'w' },
    measure: { type: 'string' },
    nested: { type: 'string' },
    size: { type: 'string' },
    method: { type: 'string' },
    'min-count': { type: 'string' },
    top: { type: 'string' },
    ...CORPUS_OPTIONS,
  },
  positionals: true,
  async run(values, inputs, io) {
    const format = checkFormat(stringOption(values, 'format'));
    const node = stringOption(values, 'node');
    const mwe = values.mwe === true;
    if ((node === undefined) === !mwe) throw new UsageError('give either --node <term> (collocates) or --mwe (multi-word expressions)');
    for (const name of mwe ? NODE_ONLY : MWE_ONLY) {
      if (values[name] !== undefined) throw new UsageError(`--${name} applies to ${mwe ? '--node' : '--mwe'}, not to ${mwe ? '--mwe' : '--node'}`);
    }
    const minCount = wholeNumberArg(values, 'min-count', 1);
    const top = wholeNumberArg(values, 'top', 1);
    const window = wholeNumberArg(values, 'window', 1);
    const size = wholeNumberArg(values, 'size', 2);
    const measure = choiceArg(values, 'measure', MEASURES);
    const method = choiceArg(values, 'method', METHODS);
    const nestedText = stringOption(values, 'nested');
    const nested = nestedText === undefined ? undefined : checkNestedScope(nestedText);
    if (node !== undefined) parsePattern(node); // a bad node is reported before a long read
    const { documents, failed } = await corpusFromArgs(inputs, io, corpusArgs(values));
    // Only the options given go to the library: its defaults stay in one place.
    const rows = mwe
      ? textstatCollocations(documents, {
          ...(size === undefined ? {} : { size }),
          ...(method === undefined ? {} : { method }),
          ...(minCount === undefined ? {} : { minCount }),
        })
      : textstatCollocates(documents, node!, {
          ...(window === undefined ? {} : { window }),
          ...(measure === undefined ? {} : { measure }),
          ...(minCount === undefined ? {} : { minCount }),
          ...(nested === undefined ? {} : { nested }),
        });
    const shown = top === undefined ? rows : rows.slice(0, top);
    const options = { ...rows.provenance.options, ...(top === undefined ? {} : { top }) };
    io.stdout(formatRows(shown, format, { provenance: provenance(options), columns: mwe ? MWE_COLUMNS : COLLOCATE_COLUMNS }));
    return failed ? EXIT.badInput : EXIT.ok;
  },
};
