import { keynessG2 } from '../stats/keynessG2.js';

/**
 * A 2×2 contingency table of observed frequencies (Evert 2008 notation):
 *
 * |         | col 1 | col 2 | total |
 * |---------|-------|-------|-------|
 * | row 1   | o11   | o12   | R1    |
 * | row 2   | o21   | o22   | R2    |
 * | total   | C1    | C2    | N     |
 */
export interface Table2x2 {
  readonly o11: number;
  readonly o12: number;
  readonly o21: number;
  readonly o22: number;
}

/**
 * The log-likelihood ratio G² = 2 Σ O·ln(O/E) of a 2×2 table (Dunning 1993), expected
 * frequencies E_ij = R_i·C_j/N, cells with O = 0 contributing 0; negative when o11 < E11, so that
 * sorting in descending order ranks attraction above repulsion (Evert's one-sided convention).
 * Returns 0 for an empty table.
 *
 * @example
 * ```ts
 * signedLogLikelihood({ o11: 10, o12: 317, o21: 36, o22: 11459 }); // ≈ 25.85 (attraction)
 * signedLogLikelihood({ o11: 0, o12: 10, o21: 10, o22: 0 });        // ≈ −27.73 (repulsion)
 * ```
 */
export function signedLogLikelihood({ o11, o12, o21, o22 }: Table2x2): number {
  // The same statistic as keyness: rows (window / elsewhere) play the two corpora.
  return keynessG2(o11, o21, o11 + o12, o21 + o22, 'none');
}
