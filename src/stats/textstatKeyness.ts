import { descending, rollup, sum } from 'd3-array';
import { OptionError, ValidationError } from '../errors.js';
import type { Document, DocumentInput } from '../text/document.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { chiSquareP } from './chiSquareP.js';
import { compareCodePoints } from '../text/compareCodePoints.js';
import { dfm, dfmRateBase, type Dfm, type DfmTotal } from './dfm.js';
import { isDfm } from './isDfm.js';
import { keynessChi2 } from './keynessChi2.js';
import { keynessG2 } from './keynessG2.js';
import { logRatio } from './logRatio.js';
import { checkCorrection, type KeynessCorrection } from './table2x2.js';

/** The keyness statistic to rank by. */
export type KeynessMeasure = 'g2' | 'chi2';

/** Options of {@link textstatKeyness}. */
export interface KeynessOptions {
  /** `g2` (log-likelihood, default) or `chi2` (Pearson). */
  readonly measure?: KeynessMeasure;
  /**
   * Correction of the chosen measure; default `williams` for `g2` and `yates` for `chi2`, the
   * defaults quanteda.textstats documents. When ranking by `chi2`, the `g2` column keeps its
   * default (Williams).
   */
  readonly correction?: KeynessCorrection;
  /** Sort by the measure, descending, ties by feature (default); `false`: code-point order of the features. */
  readonly sort?: boolean;
}

/** Keyness of one feature in the target relative to the reference. */
export interface KeynessRow {
  readonly feature: string;
  readonly targetCount: number;
  readonly referenceCount: number;
  /** Pearson χ², signed; only when the measure is `chi2`. */
  readonly chi2?: number;
  /** Log-likelihood G², signed: positive when relatively more frequent in the target. */
  readonly g2: number;
  /** P(χ²₁ ≥ |statistic|) of the chosen measure. */
  readonly p: number;
  /** Hardie's Log Ratio: log₂ of the ratio of relative frequencies (0.5 for a zero count). */
  readonly logRatio: number | null;
}

type Corpus = Dfm | Iterable<DocumentInput | Document | string>;

function asDfm(corpus: Corpus, field: 'target' | 'reference'): { matrix: Dfm; tokens: number } {
  const matrix = isDfm(corpus) ? corpus : dfm(corpus);
  if (dfmRateBase(matrix) === 'characters') {
    // G² and χ² compare a feature's count with the other tokens of each corpus: characters are not tokens.
    throw new ValidationError('keyness input', [{ field, message: "is a dfm per character (per: 'characters'); keyness needs token totals: make the dfm per token" }]);
  }
  const tokens = sum(matrix.totals as readonly DfmTotal[], (t) => t.tokens);
  if (tokens === 0) {
    throw new ValidationError('keyness input', [{ field, message: 'has no tokens (no documents, or no words in them)' }]);
  }
  return { matrix, tokens };
}

/**
 * Keyness (quanteda's `textstat_keyness`): which features are relatively more frequent in a
 * target corpus than in a reference corpus. For each feature of either side, the 2×2 table
 * (feature / other tokens × target / reference; corpus sizes are the dfms' `totals`) gives the
 * log-likelihood G² ({@link keynessG2}), optionally Pearson's χ² ({@link keynessChi2}), the
 * p-value of the chosen measure ({@link chiSquareP}) and Hardie's Log Ratio ({@link logRatio}).
 * Scores are signed: negative when the feature is relatively more frequent in the reference.
 * `target` and `reference` are dfms, or documents (then `dfm(docs)` with default options).
 *
 * @throws {ValidationError} when the target or the reference has no tokens, or a feature count
 *   exceeds its corpus size (possible with `select` patterns, never with token features), or
 *   either is a dfm per character (`per: 'characters'`).
 * @throws {OptionError} on an unknown measure or correction.
 * @example
 * ```ts
 * const rows = textstatKeyness(['Security, security and security.'], ['Safety and development.']);
 * rows[0]; // { feature: 'security', targetCount: 3, referenceCount: 0, g2: 4.1277…, p: 0.0422…, logRatio: 2.1699… }
 * ```
 */
export function textstatKeyness(target: Corpus, reference: Corpus, options: KeynessOptions = {}): WithProvenance<KeynessRow> {
  const measure = options.measure ?? 'g2';
  if (measure !== 'g2' && measure !== 'chi2') {
    throw new OptionError('measure', `expected 'g2' or 'chi2', got ${JSON.stringify(measure)}`);
  }
  const correction = checkCorrection(options.correction, measure === 'g2' ? 'williams' : 'yates');
  const g2Correction: KeynessCorrection = measure === 'g2' ? correction : 'williams';
  const sort = options.sort ?? true;
  const t = asDfm(target, 'target');
  const r = asDfm(reference, 'reference');
  const countsOf = (matrix: Dfm): Map<string, number> =>
    rollup(matrix.rows, (cells) => sum(cells, (cell) => cell.count), (cell) => cell.feature);
  const targetCounts = countsOf(t.matrix);
  const referenceCounts = countsOf(r.matrix);
  const features = [...new Set([...targetCounts.keys(), ...referenceCounts.keys()])].sort(compareCodePoints);

  const rows: KeynessRow[] = features.map((feature) => {
    const a = targetCounts.get(feature) ?? 0;
    const b = referenceCounts.get(feature) ?? 0;
    for (const [field, count, tokens] of [['target', a, t.tokens], ['reference', b, r.tokens]] as const) {
      if (count > tokens) {
        throw new ValidationError('keyness input', [
          { field, message: `feature "${feature}" counts ${count}, more than the ${tokens} tokens of the ${field}` },
        ]);
      }
    }
    const g2 = keynessG2(a, b, t.tokens, r.tokens, g2Correction);
    const ratio = logRatio(a, b, t.tokens, r.tokens);
    if (measure === 'g2') return { feature, targetCount: a, referenceCount: b, g2, p: chiSquareP(Math.abs(g2)), logRatio: ratio };
    const chi2 = keynessChi2(a, b, t.tokens, r.tokens, correction);
    return { feature, targetCount: a, referenceCount: b, chi2, p: chiSquareP(Math.abs(chi2)), g2, logRatio: ratio };
  });
  if (sort) {
    const score = (row: KeynessRow): number => (measure === 'g2' ? row.g2 : row.chi2!);
    rows.sort((x, y) => descending(score(x), score(y)) || compareCodePoints(x.feature, y.feature));
  }
  return withProvenance(rows, {
    measure,
    correction,
    g2Correction,
    sort,
    target: { documents: t.matrix.totals.map((d) => d.docId), tokens: t.tokens, dfm: t.matrix.provenance.options },
    reference: { documents: r.matrix.totals.map((d) => d.docId), tokens: r.tokens, dfm: r.matrix.provenance.options },
  });
}
