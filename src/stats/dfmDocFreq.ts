import { withProvenance, type WithProvenance } from '../provenance.js';
import { compareCodePoints } from '../text/compareCodePoints.js';
import type { AnyDfm, DfmRow } from './dfm.js';
import { featureSummary } from './featureSummary.js';
import { isDfm } from './isDfm.js';

/** In how many documents a feature occurs. */
export interface DocFreqRow {
  readonly feature: string;
  readonly docfreq: number;
}

/**
 * Document frequency: for each feature, the number of documents in which it occurs (count > 0),
 * in code-point order of the features. Accepts a dfm or its rows.
 *
 * @example
 * ```ts
 * dfmDocFreq(dfm(['Security first.', 'Safety first.']));
 * // [{ feature: 'first', docfreq: 2 }, { feature: 'safety', docfreq: 1 }, { feature: 'security', docfreq: 1 }]
 * ```
 */
export function dfmDocFreq(matrix: AnyDfm | Iterable<DfmRow>): WithProvenance<DocFreqRow> {
  const rows = isDfm(matrix) ? matrix.rows : matrix;
  const summary = featureSummary(rows);
  const result = Array.from(summary, ([feature, { docfreq }]) => ({ feature, docfreq })).sort((a, b) =>
    compareCodePoints(a.feature, b.feature),
  );
  return withProvenance(result, isDfm(matrix) ? matrix.provenance.options : {});
}
