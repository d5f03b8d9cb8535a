import { table2x2, signedKeyness, checkCorrection, type KeynessCorrection } from './table2x2.js';

/**
 * Signed Pearson χ² of one feature in a target vs a reference corpus, over the 2×2 table of
 * feature / other tokens × target / reference: χ² = Σᵢⱼ (|Oᵢⱼ − Eᵢⱼ| − δ)² / Eᵢⱼ. With `yates`
 * (default) δ = 0.5, or |O − E| when that is smaller (as R's `chisq.test`), i.e.
 * χ² = N (max(0, |ad − bc| − N/2))² / (R₁R₂C₁C₂); `none`: δ = 0; `williams`: δ = 0 and χ² / q.
 * Positive when the feature is relatively more frequent in the target, negative in the reference.
 *
 * @throws {OptionError} on negative counts, a count above its corpus size, or an unknown correction.
 * @example
 * ```ts
 * keynessChi2(10, 5, 1000, 2000, 'none'); // 7.53769…
 * keynessChi2(10, 5, 1000, 2000);         // 6.10553… (Yates' correction)
 * ```
 */
export function keynessChi2(
  targetCount: number,
  referenceCount: number,
  targetTokens: number,
  referenceTokens: number,
  correction: KeynessCorrection = 'yates',
): number {
  const method = checkCorrection(correction, 'yates');
  return signedKeyness(table2x2(targetCount, referenceCount, targetTokens, referenceTokens), method, ({ a, b, c, d, n }) => {
    // N·δ with δ = min(0.5, |ad − bc|/N), written so that a fully absorbed difference is exactly 0.
    const gap = method === 'yates' ? Math.max(0, Math.abs(a * d - b * c) - n / 2) : Math.abs(a * d - b * c);
    return (n * gap * gap) / ((a + b) * (c + d) * (a + c) * (b + d));
  });
}
