import { table2x2, signedKeyness, yatesDelta, checkCorrection, type KeynessCorrection } from './table2x2.js';

/**
 * Signed log-likelihood G² of one feature in a target vs a reference corpus (Dunning 1993;
 * Rayson & Garside 2000), over the full 2×2 table of feature / other tokens × target / reference:
 * G² = 2 Σᵢⱼ Oᵢⱼ ln(Oᵢⱼ / Eᵢⱼ), Eᵢⱼ = Rᵢ Cⱼ / N, with 0 ln 0 = 0. Positive when the feature is
 * relatively more frequent in the target, negative when in the reference (as quanteda signs it).
 * Corrections: `williams` (default) divides by Williams' q; `yates` moves every observed count
 * 0.5 towards its expected count (never past it) before summing; `none`.
 *
 * @throws {OptionError} on negative counts, a count above its corpus size, or an unknown correction.
 * @example
 * ```ts
 * keynessG2(10, 5, 1000, 2000, 'none'); // 6.96919…: 10 per 1,000 vs 2.5 per 1,000
 * keynessG2(10, 5, 1000, 2000);         // 6.70831… (Williams' correction)
 * ```
 */
export function keynessG2(
  targetCount: number,
  referenceCount: number,
  targetTokens: number,
  referenceTokens: number,
  correction: KeynessCorrection = 'williams',
): number {
  const method = checkCorrection(correction, 'williams');
  return signedKeyness(table2x2(targetCount, referenceCount, targetTokens, referenceTokens), method, (table) => {
    const delta = method === 'yates' ? yatesDelta(table) : 0;
    // O − E is ±diff in every cell; shrinking it by delta is Yates' adjustment.
    const shrunk = Math.sign(table.diff) * (Math.abs(table.diff) - delta);
    const observed = [table.a, table.b, table.c, table.d];
    const sign = [1, -1, -1, 1];
    let g2 = 0;
    observed.forEach((o, k) => {
      const e = table.expected[k]!;
      const residual = sign[k]! * shrunk;
      const adjusted = o - sign[k]! * Math.sign(table.diff) * delta;
      // O ln(O/E) = O log1p((O − E)/E): exact even when O and E are large and close.
      if (adjusted > 0) g2 += adjusted * Math.log1p(residual / e);
    });
    return Math.max(0, 2 * g2);
  });
}
