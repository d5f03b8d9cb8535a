// Independent 2×2 test statistics, written out from their textbook definitions (not from
// src/stats or src/collocations), for the tests of keyness and collocations to compare with.
import { expect } from 'vitest';

/**
 * Keyness tables (a, b, n1, n2) to compare with: small and large counts, zero counts on either
 * side, and (2, 3, 50, 60), whose |O − E| = 30/110 is below Yates' 0.5.
 */
export const KEYNESS_TABLES: readonly (readonly [number, number, number, number])[] = [
  [10, 5, 1000, 2000],
  [3, 0, 4, 3],
  [0, 7, 500, 800],
  [121, 0, 11822, 8724],
  [2, 3, 50, 60],
  [987, 412, 11822, 8724],
];

/**
 * The four cells of the keyness table of a feature counted `a` times in a target of `n1` tokens
 * and `b` times in a reference of `n2` tokens, each as [observed, expected], E = row total ×
 * column total / N: feature/target, feature/reference, other/target, other/reference.
 */
export function keynessCells(a: number, b: number, n1: number, n2: number): [number, number][] {
  const n = n1 + n2;
  return [
    [a, ((a + b) * n1) / n],
    [b, ((a + b) * n2) / n],
    [n1 - a, ((n - a - b) * n1) / n],
    [n2 - b, ((n - a - b) * n2) / n],
  ];
}

/** G² = 2 Σ O ln(O/E) over the keyness table, 0 ln 0 = 0; unsigned. */
export function naiveG2(a: number, b: number, n1: number, n2: number): number {
  return 2 * keynessCells(a, b, n1, n2).reduce((s, [o, e]) => (o > 0 ? s + o * Math.log(o / e) : s), 0);
}

/** χ² = Σ (|O − E| − δ)² / E over the keyness table; Yates: δ = 0.5, never past E. Unsigned. */
export function naiveChi2(a: number, b: number, n1: number, n2: number, yates: boolean): number {
  return keynessCells(a, b, n1, n2).reduce((s, [o, e]) => {
    const gap = Math.max(0, Math.abs(o - e) - (yates ? 0.5 : 0));
    return s + (gap * gap) / e;
  }, 0);
}

/** Williams' q for the keyness table (Williams 1976; Sokal & Rohlf, Biometry, box 17.x). */
export function williamsQ(a: number, b: number, n1: number, n2: number): number {
  const n = n1 + n2;
  const r1 = a + b;
  const r2 = n - r1;
  return 1 + ((n / r1 + n / r2 - 1) * (n / n1 + n / n2 - 1)) / (6 * n);
}

/** +1 when the feature is relatively more frequent in the target, −1 in the reference, else 0. */
export const keynessSign = (a: number, b: number, n1: number, n2: number): number => Math.sign(a / n1 - b / n2);

const xlnx = (x: number): number => (x === 0 ? 0 : x * Math.log(x));

/**
 * G² of a raw 2×2 table [a b; c d] by the a,b,c,d formula (Oakes 1998; WordSmith's formulae page),
 * another form than Σ O ln(O/E): 2(Σ x ln x over the cells − over the row and column totals + N ln N).
 * Negative when a < (a+b)(a+c)/N.
 */
export function oakesG2(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  const g2 = 2 * (xlnx(a) + xlnx(b) + xlnx(c) + xlnx(d) - xlnx(a + b) - xlnx(a + c) - xlnx(b + d) - xlnx(c + d) + xlnx(n));
  return a * n < (a + b) * (a + c) ? -g2 : g2;
}

/** Expects `actual` within a relative 1e-9 of `expected` (absolute below 1). */
export function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)));
}
