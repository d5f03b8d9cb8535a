import { describe, it, expect } from 'vitest';
import { keynessChi2 } from '../../src/stats/index.js';
import { OptionError } from '../../src/errors.js';
import { KEYNESS_TABLES as tables, expectClose as close, naiveChi2 } from '../support/twoByTwo.js';

describe('keynessChi2', () => {
  it("applies Yates' correction by default", () => {
    for (const [a, b, n1, n2] of tables) close(Math.abs(keynessChi2(a, b, n1, n2)), naiveChi2(a, b, n1, n2, true));
  });

  it('equals Σ (O − E)² / E without correction', () => {
    for (const [a, b, n1, n2] of tables) close(Math.abs(keynessChi2(a, b, n1, n2, 'none')), naiveChi2(a, b, n1, n2, false));
  });

  it('matches SciPy chi2_contingency and a hand computation', () => {
    // By hand, (10, 5 | 1000, 2000): N = 3000, ad − bc = 10·1995 − 5·990 = 15000,
    // χ² = N (ad − bc)² / (R₁R₂C₁C₂) = 3000 · 15000² / (15 · 2985 · 1000 · 2000) = 7.537688442…
    close(keynessChi2(10, 5, 1000, 2000, 'none'), (3000 * 15000 ** 2) / (15 * 2985 * 1000 * 2000));
    close(keynessChi2(10, 5, 1000, 2000, 'none'), 7.5376884422110555);
    close(keynessChi2(10, 5, 1000, 2000), 6.105527638190954);
    close(keynessChi2(3, 0, 4, 3), 1.4704861111111114);
    close(keynessChi2(0, 7, 500, 800), -2.916597613523368);
    close(keynessChi2(121, 0, 11822, 8724), 88.08072812592677);
  });

  it("divides by Williams' q when asked", () => {
    const q = 1 + ((3000 / 15 + 3000 / 2985 - 1) * (3000 / 1000 + 3000 / 2000 - 1)) / (6 * 3000);
    close(keynessChi2(10, 5, 1000, 2000, 'williams'), 7.5376884422110555 / q);
  });

  it('is signed, and exactly 0 for equal rates or when Yates absorbs the difference', () => {
    expect(keynessChi2(5, 10, 2000, 1000)).toBeLessThan(0);
    expect(keynessChi2(40, 40, 1000, 1000, 'none')).toBe(0);
    expect(keynessChi2(2, 3, 50, 60)).toBe(0);
    expect(keynessChi2(0, 0, 10, 10)).toBe(0);
  });

  it('rejects impossible tables', () => {
    expect(() => keynessChi2(1, 11, 4, 10)).toThrow(OptionError);
  });
});
