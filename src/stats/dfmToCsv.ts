import { csvFormat } from 'd3-dsv';
import type { Dfm } from './dfm.js';

/**
 * The dfm as CSV (d3-dsv's `csvFormat`): columns `docId, feature, count, tokens`, one line per
 * row; `tokens` is the document's total so that a spreadsheet can compute rates without the
 * totals table.
 *
 * @example
 * ```ts
 * dfmToCsv(dfm([{ id: 'a', text: 'Security, security.' }]));
 * // 'docId,feature,count,tokens\na,security,2,2'
 * ```
 */
export function dfmToCsv(matrix: Dfm): string {
  const tokens = new Map(matrix.totals.map((t) => [t.docId, t.tokens]));
  const rows = matrix.rows.map(({ docId, feature, count }) => ({ docId, feature, count, tokens: tokens.get(docId) ?? 0 }));
  return csvFormat(rows, ['docId', 'feature', 'count', 'tokens']);
}
