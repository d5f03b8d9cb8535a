import { descending } from 'd3-array';
import { OptionError } from '../errors.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { compareCodePoints } from '../text/compareCodePoints.js';
import type { AnyDfm, DfmRow } from './dfm.js';
import { featureSummary } from './featureSummary.js';
import { isDfm } from './isDfm.js';

/** A feature's total count and document frequency. */
export interface TopFeatureRow {
  readonly feature: string;
  readonly count: number;
  readonly docfreq: number;
}

/** Options of {@link dfmTopFeatures}. */
export interface TopFeaturesOptions {
  /** Rank by total count (default) or by the number of documents the feature occurs in. */
  readonly by?: 'count' | 'docfreq';
}

/**
 * The `n` most frequent features (quanteda's `topfeatures`), ranked by total count or by document
 * frequency, descending; ties in code-point order of the feature. `n` may be `Infinity` for all.
 *
 * @throws {OptionError} when `n` is not a whole number ≥ 0 (or `Infinity`) or `by` is unknown.
 * @example
 * ```ts
 * dfmTopFeatures(dfm(['Security, security and safety.', 'Safety first.']), 2);
 * // [{ feature: 'safety', count: 2, docfreq: 2 }, { feature: 'security', count: 2, docfreq: 1 }]
 * ```
 */
export function dfmTopFeatures(
  matrix: AnyDfm | Iterable<DfmRow>,
  n = 10,
  options: TopFeaturesOptions = {},
): WithProvenance<TopFeatureRow> {
  if (!(Number.isInteger(n) || n === Infinity) || n < 0) {
    throw new OptionError('n', `expected a whole number >= 0, got ${String(n)}`);
  }
  const by = options.by ?? 'count';
  if (by !== 'count' && by !== 'docfreq') throw new OptionError('by', `expected 'count' or 'docfreq', got ${JSON.stringify(by)}`);
  const summary = featureSummary(isDfm(matrix) ? matrix.rows : matrix);
  const ranked = Array.from(summary, ([feature, { count, docfreq }]) => ({ feature, count, docfreq }))
    .sort((a, b) => descending(a[by], b[by]) || compareCodePoints(a.feature, b.feature))
    .slice(0, n);
  return withProvenance(ranked, { ...(isDfm(matrix) ? matrix.provenance.options : {}), n, by });
}
