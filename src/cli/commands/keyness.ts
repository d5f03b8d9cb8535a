import { checkNestedScope } from '../../count/nested.js';
import { provenance } from '../../provenance.js';
import { dfm } from '../../stats/dfm.js';
import { textstatKeyness, type KeynessMeasure, type KeynessRow } from '../../stats/textstatKeyness.js';
import type { KeynessCorrection } from '../../stats/table2x2.js';
import { EXIT, UsageError, stringOption, type Command, type OptionValues } from '../command.js';
import { CORPUS_HELP, CORPUS_OPTIONS, choiceArg, corpusArgs, corpusFromArgs, termsFromArgs, wholeNumberArg } from '../documents.js';
import { checkFormat, formatRows } from '../format.js';

const MEASURES: readonly KeynessMeasure[] = ['g2', 'chi2'];
const CORRECTIONS: readonly KeynessCorrection[] = ['williams', 'yates', 'none'];

/** The paths of a repeated option (`--target a --target b`). */
function paths(values: OptionValues, name: string): string[] {
  const given = values[name];
  const list = (Array.isArray(given) ? given : given === undefined ? [] : [given]).filter((p): p is string => typeof p === 'string');
  if (list.length === 0) throw new UsageError(`missing --${name} (a file or folder; repeat --${name} for several)`);
  return list;
}

/** The row as the library gives it, without `p` unless asked: the columns the issue fixes. */
function project(row: KeynessRow, measure: KeynessMeasure, withP: boolean): Record<string, number | string | null> {
  const { feature, targetCount, referenceCount, g2, p, logRatio } = row;
  const pColumn = withP ? { p } : {};
  return measure === 'chi2'
    ? { feature, targetCount, referenceCount, chi2: row.chi2!, ...pColumn, g2, logRatio }
    : { feature, targetCount, referenceCount, g2, ...pColumn, logRatio };
}

export const keynessCommand: Command = {
  name: 'keyness',
  summary: 'keyness: words (or terms) relatively more frequent in a target than in a reference corpus',
  help: `Usage: securitization keyness --target <file|folder> [--target …] --reference <file|folder> [--reference …] [options]

Compares the word frequencies of a target corpus with those of a reference corpus (quanteda's
textstat_keyness; formulas in docs/statistics.md). One row per feature of either corpus:
  { feature, targetCount, referenceCount, g2, logRatio }
  with --measure chi2: { feature, targetCount, referenceCount, chi2, g2, logRatio }
g2 (log-likelihood) and chi2 are signed: positive when the feature is relatively more frequent
in the target, negative when in the reference. logRatio is Hardie's Log Ratio (log2 of the ratio
of relative frequencies, a zero count taken as 0.5): +1 = twice as frequent in the target.
Rows are sorted by the measure, descending: the target's keywords first, the reference's last.

The p-value is left out by default (the rows above are the fixed shape); --p adds a column p,
P(chi-squared with 1 df >= |measure|), after the measure ranked by. With thousands of features
tested at once, use a strict threshold: |g2| >= 10.83 is p < 0.001.

Several files: repeat the option (--target a.txt --target b.txt); a value is one path, so a
path may contain commas. A folder is read with its subfolders.

Options:
  --target <path>       a target file or folder (required; repeat for more)
  --reference <path>    a reference file or folder (required; repeat for more)
  --measure <m>         g2 (log-likelihood, default) or chi2 (Pearson): the ranking and the
                        extra column
  --correction <c>      williams (default for g2), yates (default for chi2) or none; applies to
                        the measure (with chi2, g2 keeps Williams')
  --terms <list>        compare only these terms (pattern language) instead of every word;
                        corpus sizes stay all tokens
  --term <pattern>      one term; repeat for more
  --nested <scope>      inclusive (default) or exclusive, for terms
  --top <n>             only the first n rows (the target's n strongest keywords; swap --target
                        and --reference for the reference's)
  --p                   add the p-value column
${CORPUS_HELP}

Files that cannot be read are named on stderr, the others are compared, and the exit code is 1.`,
  options: {
    target: { type: 'string', multiple: true },
    reference: { type: 'string', multiple: true },
    measure: { type: 'string' },
    correction: { type: 'string' },
    terms: { type: 'string' },
    term: { type: 'string', multiple: true },
    nested: { type: 'string' },
    top: { type: 'string' },
    p: { type: 'boolean' },
    ...CORPUS_OPTIONS,
  },
  positionals: true,
  async run(values, positionals, io) {
    if (positionals.length > 0) {
      throw new UsageError(
        `unexpected argument "${positionals[0]}": give every file with its own option (--target a.txt --target b.txt --reference c.txt)`,
      );
    }
    const format = checkFormat(stringOption(values, 'format'));
    const measure = choiceArg(values, 'measure', MEASURES) ?? 'g2';
    const correction = choiceArg(values, 'correction', CORRECTIONS);
    const nested = checkNestedScope(stringOption(values, 'nested'));
    const top = wholeNumberArg(values, 'top', 1);
    const withP = values.p === true;
    const terms = values.terms === undefined && values.term === undefined ? undefined : termsFromArgs(values.terms, values.term);
    const targetPaths = paths(values, 'target');
    const referencePaths = paths(values, 'reference');
    const reading = corpusArgs(values);
    const target = await corpusFromArgs(targetPaths, io, { ...reading, label: 'reading target' });
    const reference = await corpusFromArgs(referencePaths, io, { ...reading, label: 'reading reference' });
    const features = terms === undefined ? {} : { select: terms, nested };
    const keyness = textstatKeyness(dfm(target.documents, features), dfm(reference.documents, features), {
      measure,
      ...(correction === undefined ? {} : { correction }),
    });
    const rows = (top === undefined ? keyness : keyness.slice(0, top)).map((row) => project(row, measure, withP));
    const columns = Object.keys(project({ feature: '', targetCount: 0, referenceCount: 0, chi2: 0, g2: 0, p: 0, logRatio: 0 }, measure, withP));
    const options = { ...keyness.provenance.options, ...(top === undefined ? {} : { top }), p: withP };
    io.stdout(formatRows(rows, format, { provenance: provenance(options), columns }));
    return target.failed || reference.failed ? EXIT.badInput : EXIT.ok;
  },
};
