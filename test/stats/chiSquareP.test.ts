import { describe, it, expect } from 'vitest';
import { chiSquareP } from '../../src/stats/index.js';
import { OptionError } from '../../src/errors.js';

describe('chiSquareP', () => {
  it('gives the textbook critical values of chi-square with 1 df', () => {
    // Quantiles of χ²₁ (R: qchisq(c(.95, .99, .999), 1)).
    expect(Math.abs(chiSquareP(3.841458820694124) - 0.05)).toBeLessThan(1e-9);
    expect(Math.abs(chiSquareP(6.634896601021214) - 0.01)).toBeLessThan(1e-9);
    expect(Math.abs(chiSquareP(10.827566170662733) - 0.001)).toBeLessThan(1e-9);
  });

  it('equals the two-sided normal tail: P(χ²₁ ≥ z²) = 2 P(Z ≥ z)', () => {
    // z = 1.959963984540054 is the 97.5% normal quantile; z = 1 gives 0.31731050786291410 (A&S 26.2).
    expect(chiSquareP(1.959963984540054 ** 2)).toBeCloseTo(0.05, 14);
    expect(chiSquareP(1)).toBeCloseTo(0.3173105078629141, 14);
  });

  it('is 1 at 0 and 0 at infinity, and tiny but positive for large statistics', () => {
    expect(chiSquareP(0)).toBe(1);
    expect(chiSquareP(Infinity)).toBe(0);
    const p = chiSquareP(100);
    // mpmath: erfc(sqrt(50)) = 1.5239706048321052e-23
    expect(Math.abs(p - 1.5239706048321052e-23) / 1.5239706048321052e-23).toBeLessThan(1e-13);
  });

  it('rejects negative and non-numbers with a typed error', () => {
    expect(() => chiSquareP(-1)).toThrow(OptionError);
    expect(() => chiSquareP(Number.NaN)).toThrow(OptionError);
  });
});
