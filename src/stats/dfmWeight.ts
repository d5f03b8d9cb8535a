import { OptionError } from '../errors.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import type { Dfm, DfmRow } from './dfm.js';

/** How {@link dfmWeight} turns counts into rates. */
export type DfmScheme = 'per10k' | 'prop';

/** A dfm row with its rate. */
export interface WeightedDfmRow extends DfmRow {
  /** `count` per 10,000 tokens (`per10k`) or per token (`prop`); `null` when the document has no tokens. */
  readonly rate: number | null;
}

/**
 * Adds a relative frequency to every row: the count divided by the document's tokens (its
 * `totals` entry, not the sum of the rows, so that selected terms and removed stopwords do not
 * change the denominator), times 10,000 for `per10k`.
 *
 * @throws {OptionError} when the scheme is unknown.
 * @example
 * ```ts
 * dfmWeight(dfm(['Security and security.']), 'prop').find((r) => r.feature === 'security')?.rate; // 2 / 3
 * ```
 */
export function dfmWeight(matrix: Dfm, scheme: DfmScheme = 'per10k'): WithProvenance<WeightedDfmRow> {
  if (scheme !== 'per10k' && scheme !== 'prop') {
    throw new OptionError('scheme', `expected 'per10k' or 'prop', got ${JSON.stringify(scheme)}`);
  }
  const scale = scheme === 'per10k' ? 10_000 : 1;
  const tokens = new Map(matrix.totals.map((t) => [t.docId, t.tokens]));
  const rows = matrix.rows.map((row) => {
    const n = tokens.get(row.docId) ?? 0;
    return { docId: row.docId, feature: row.feature, count: row.count, rate: n === 0 ? null : (row.count / n) * scale };
  });
  return withProvenance(rows, { ...matrix.provenance.options, scheme });
}
