import { csvFormat } from 'd3-dsv';
import { dfmRateBase, totalSize, type AnyDfm } from './dfm.js';

/**
 * The dfm as CSV (d3-dsv's `csvFormat`): columns `docId, feature, count, tokens`, one line per
 * row; `tokens` is the document's total so that a spreadsheet can compute rates without the
 * totals table. A dfm made with `per: 'characters'` gets a `characters` column too, and `tokens`
 * is left empty (not counted).
 *
 * @example
 * ```ts
 * dfmToCsv(dfm([{ id: 'a', text: 'Security, security.' }]));
 * // 'docId,feature,count,tokens\na,security,2,2'
 * ```
 */
export function dfmToCsv(matrix: AnyDfm): string {
  const size = new Map<string, number>(matrix.totals.map((t) => [t.docId, totalSize(t)]));
  if (dfmRateBase(matrix) === 'characters') {
    const rows = matrix.rows.map(({ docId, feature, count }) => ({ docId, feature, count, tokens: null, characters: size.get(docId) ?? 0 }));
    return csvFormat(rows, ['docId', 'feature', 'count', 'tokens', 'characters']);
  }
  const rows = matrix.rows.map(({ docId, feature, count }) => ({ docId, feature, count, tokens: size.get(docId) ?? 0 }));
  return csvFormat(rows, ['docId', 'feature', 'count', 'tokens']);
}
