import { describe, it, expect } from 'vitest';
import { erfc } from '../../src/stats/index.js';

// Reference values: Abramowitz & Stegun (1964), Table 7.1, extended to 16+ digits by an
// arbitrary-precision evaluation (mpmath) for this test.
const REFERENCE: [number, number][] = [
  [0, 1],
  [0.1, 0.8875370839817151],
  [0.5, 0.47950012218695346],
  [1, 0.15729920705028513],
  [1.5, 0.033894853524689273],
  [2, 0.004677734981047266],
  [2.5, 0.00040695201744495894],
  [3, 2.2090496998585441e-5],
  [4, 1.5417257900280019e-8],
  [5, 1.5374597944280349e-12],
  [6, 2.1519736712498913e-17],
  [10, 2.0884875837625448e-45],
];

describe('erfc', () => {
  it('matches reference values to 1e-14 relative error', () => {
    for (const [x, expected] of REFERENCE) {
      expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1e-14);
    }
  });

  it('is continuous where the series hands over to the continued fraction (x = 1.5)', () => {
    const below = erfc(1.5 - 1e-12);
    const above = erfc(1.5);
    // The derivative there is −(2/√π)e^(−2.25) ≈ −0.1189303: a step of 1e-12 moves erfc by 1.189e-13.
    expect(below - above).toBeCloseTo(0.1189303 * 1e-12, 14);
  });

  it('satisfies erfc(−x) = 2 − erfc(x) and is decreasing', () => {
    for (const x of [0.3, 1.2, 2.7]) expect(erfc(-x)).toBeCloseTo(2 - erfc(x), 15);
    let previous = Infinity;
    for (let x = -4; x <= 8; x += 0.01) {
      const value = erfc(x);
      expect(value).toBeLessThanOrEqual(previous);
      previous = value;
    }
  });

  it('handles the tails and NaN', () => {
    expect(erfc(30)).toBe(0);
    expect(erfc(Infinity)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
    expect(erfc(Number.NaN)).toBeNaN();
  });
});
