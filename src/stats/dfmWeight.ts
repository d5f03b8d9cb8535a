import { OptionError } from '../errors.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { dfmRateBase, totalSize, type AnyDfm, type DfmRow } from './dfm.js';

/** How {@link dfmWeight} turns counts into rates. */
export type DfmScheme = 'per10k' | 'prop';

/** A dfm row with its rate. */
export interface WeightedDfmRow extends DfmRow {
  /**
   * `count` per 10,000 tokens (`per10k`) or per token (`prop`), or per character for a dfm made
   * with `per: 'characters'`; `null` when the document has none.
   */
  readonly rate: number | null;
}

/**
 * Adds a relative frequency to every row: the count divided by the document's tokens (its
 * `totals` entry, not the sum of the rows, so that selected terms and removed stopwords do not
 * change the denominator), times 10,000 for `per10k`; by its characters for a dfm made with
 * `per: 'characters'`.
 *
 * @throws {OptionError} when the scheme is unknown.
 * @throws {ValidationError} when some totals are tokens and others characters.
 * @example
 * ```ts
 * dfmWeight(dfm(['Security and security.']), 'prop').find((r) => r.feature === 'security')?.rate; // 2 / 3
 * ```
 */
export function dfmWeight(matrix: AnyDfm, scheme: DfmScheme = 'per10k'): WithProvenance<WeightedDfmRow> {
  if (scheme !== 'per10k' && scheme !== 'prop') {
    throw new OptionError('scheme', `expected 'per10k' or 'prop', got ${JSON.stringify(scheme)}`);
  }
  const scale = scheme === 'per10k' ? 10_000 : 1;
  dfmRateBase(matrix);
  const tokens = new Map<string, number>(matrix.totals.map((t) => [t.docId, totalSize(t)]));
  const rows = matrix.rows.map((row) => {
    const n = tokens.get(row.docId) ?? 0;
    return { docId: row.docId, feature: row.feature, count: row.count, rate: n === 0 ? null : (row.count / n) * scale };
  });
  return withProvenance(rows, { ...matrix.provenance.options, scheme });
}
