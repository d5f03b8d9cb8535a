import { OptionError } from '../errors.js';

/** Corrections of a 2×2 test statistic. */
export type KeynessCorrection = 'williams' | 'yates' | 'none';

/**
 * The 2×2 table of one feature: target and reference (columns) × the feature and all other
 * tokens (rows).
 *
 * |               | target | reference |
 * |---------------|--------|-----------|
 * | feature       | a      | b         |
 * | other tokens  | c      | d         |
 */
export interface Table2x2 {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly n: number;
  /** Expected counts under independence: row total × column total / n. */
  readonly expected: readonly [number, number, number, number];
  /** O − E of cell a (and d); cells b and c have −diff. Exact: (ad − bc) / n. */
  readonly diff: number;
  /** +1 when the feature is relatively more frequent in the target, −1 in the reference, 0 when equally. */
  readonly direction: -1 | 0 | 1;
  /** True when a row or column total is zero: the test has nothing to compare. */
  readonly degenerate: boolean;
}

function checkCount(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) throw new OptionError(name, `expected a count >= 0, got ${String(value)}`);
}

/** Builds the 2×2 table from a feature's counts and the sizes of the two corpora. */
export function table2x2(targetCount: number, referenceCount: number, targetTokens: number, referenceTokens: number): Table2x2 {
  checkCount(targetCount, 'targetCount');
  checkCount(referenceCount, 'referenceCount');
  checkCount(targetTokens, 'targetTokens');
  checkCount(referenceTokens, 'referenceTokens');
  if (targetCount > targetTokens) {
    throw new OptionError('targetCount', `the feature count (${targetCount}) exceeds the target's tokens (${targetTokens})`);
  }
  if (referenceCount > referenceTokens) {
    throw new OptionError('referenceCount', `the feature count (${referenceCount}) exceeds the reference's tokens (${referenceTokens})`);
  }
  const a = targetCount;
  const b = referenceCount;
  const c = targetTokens - a;
  const d = referenceTokens - b;
  const n = a + b + c + d;
  const row1 = a + b;
  const row2 = c + d;
  const degenerate = row1 === 0 || row2 === 0 || targetTokens === 0 || referenceTokens === 0;
  const expected: [number, number, number, number] = degenerate
    ? [a, b, c, d]
    : [(row1 * targetTokens) / n, (row1 * referenceTokens) / n, (row2 * targetTokens) / n, (row2 * referenceTokens) / n];
  // Compared as integers (a/N1 vs b/N2 cross-multiplied) so that equal rates give exactly 0.
  const cross = a * referenceTokens - b * targetTokens;
  return {
    a,
    b,
    c,
    d,
    n,
    expected,
    diff: degenerate ? 0 : (a * d - b * c) / n,
    direction: degenerate || cross === 0 ? 0 : cross > 0 ? 1 : -1,
    degenerate,
  };
}

/**
 * Williams' (1976) correction factor q for a 2×2 table:
 * q = 1 + (n/R₁ + n/R₂ − 1)(n/C₁ + n/C₂ − 1) / (6n), with row totals R and column totals C;
 * the statistic is divided by q. 1 for a degenerate table.
 */
export function williamsQ(table: Table2x2): number {
  if (table.degenerate) return 1;
  const { a, b, c, d, n } = table;
  return 1 + ((n / (a + b) + n / (c + d) - 1) * (n / (a + c) + n / (b + d) - 1)) / (6 * n);
}

/**
 * The signed keyness of a feature from an unsigned 2×2 statistic: exactly 0 when the feature is
 * equally frequent in both corpora (or the table is degenerate), else `statistic(table)`, divided
 * by Williams' q under the `williams` correction, positive when the feature is relatively more
 * frequent in the target and negative in the reference. Shared by `keynessG2` and `keynessChi2`.
 *
 * @example
 * ```ts
 * signedKeyness(table2x2(5, 10, 2000, 1000), 'none', (t) => t.n); // -3000: the reference's rate is higher
 * ```
 */
export function signedKeyness(table: Table2x2, correction: KeynessCorrection, statistic: (table: Table2x2) => number): number {
  if (table.direction === 0) return 0;
  let value = statistic(table);
  if (correction === 'williams') value /= williamsQ(table);
  return value === 0 ? 0 : table.direction * value;
}

/** Yates' continuity adjustment of |O − E|: 0.5, or |O − E| itself when smaller (as R's `chisq.test`). */
export function yatesDelta(table: Table2x2): number {
  return Math.min(0.5, Math.abs(table.diff));
}

export function checkCorrection(value: unknown, fallback: KeynessCorrection): KeynessCorrection {
  if (value === undefined) return fallback;
  if (value === 'williams' || value === 'yates' || value === 'none') return value;
  throw new OptionError('correction', `expected 'williams', 'yates' or 'none', got ${JSON.stringify(value)}`);
}
