import type { AnyDfm } from './dfm.js';

/**
 * The dfm as JSON: `{ provenance, totals, rows }`, so that a saved matrix says how it was made.
 * Parsing it back gives plain objects.
 *
 * @example
 * ```ts
 * JSON.parse(dfmToJson(dfm(['Security first.']))).rows;
 * // [{ docId: 'text1', feature: 'first', count: 1 }, { docId: 'text1', feature: 'security', count: 1 }]
 * ```
 */
export function dfmToJson(matrix: AnyDfm, space: number | string = 2): string {
  return JSON.stringify({ provenance: matrix.provenance, totals: matrix.totals, rows: matrix.rows }, null, space);
}
