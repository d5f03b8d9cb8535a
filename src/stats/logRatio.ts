/**
 * Hardie's (2014) Log Ratio, an effect size: the binary log of the ratio of the feature's relative
 * frequencies, log₂((a / N₁) / (b / N₂)). Each unit is a doubling: 1 means twice as frequent in the
 * target, −1 twice as frequent in the reference. A zero count is replaced by 0.5 (Hardie's
 * adjustment), so that a feature absent from one side gets a finite value; 0 when both counts are
 * zero; `null` when a corpus has no tokens.
 *
 * @example
 * ```ts
 * logRatio(10, 5, 1000, 2000); // 2: 10 per 1,000 vs 2.5 per 1,000
 * logRatio(4, 0, 1000, 1000);  // 3: log₂(4 / 0.5)
 * ```
 */
export function logRatio(targetCount: number, referenceCount: number, targetTokens: number, referenceTokens: number): number | null {
  if (targetTokens <= 0 || referenceTokens <= 0) return null;
  if (targetCount === 0 && referenceCount === 0) return 0;
  const a = targetCount === 0 ? 0.5 : targetCount;
  const b = referenceCount === 0 ? 0.5 : referenceCount;
  return Math.log2((a / targetTokens) / (b / referenceTokens));
}
