import { describe, it, expect } from 'vitest';
import { table2x2, williamsQ, yatesDelta, checkCorrection } from '../../src/stats/table2x2.js';
import { OptionError } from '../../src/errors.js';

describe('table2x2', () => {
  it('lays out feature / other tokens × target / reference with expected counts', () => {
    const t = table2x2(10, 5, 1000, 2000);
    expect([t.a, t.b, t.c, t.d, t.n]).toEqual([10, 5, 990, 1995, 3000]);
    expect(t.expected).toEqual([5, 10, 995, 1990]);
    expect(t.diff).toBe(5); // O − E of cell a
    expect(t.direction).toBe(1);
    expect(t.degenerate).toBe(false);
  });

  it('compares rates exactly, and flags tables with an empty row or column', () => {
    expect(table2x2(3, 6, 1000, 2000).direction).toBe(0);
    expect(table2x2(0, 0, 10, 10).degenerate).toBe(true);
    expect(table2x2(0, 4, 0, 10).degenerate).toBe(true);
    expect(table2x2(10, 10, 10, 10).degenerate).toBe(true);
  });

  it('rejects negative counts and counts above the corpus size', () => {
    expect(() => table2x2(-1, 0, 10, 10)).toThrow(OptionError);
    expect(() => table2x2(11, 0, 10, 10)).toThrow(OptionError);
    expect(() => table2x2(0, 0, Number.NaN, 10)).toThrow(OptionError);
  });
});

describe('williamsQ', () => {
  it('computes 1 + (N/R1 + N/R2 − 1)(N/C1 + N/C2 − 1) / 6N', () => {
    // By hand for (3, 0 | 4, 3): N = 7, R = (3, 4), C = (4, 3):
    // (7/3 + 7/4 − 1)² / 42 = (37/12)² / 42 = 1369 / 6048.
    expect(williamsQ(table2x2(3, 0, 4, 3))).toBeCloseTo(1 + 1369 / 6048, 15);
  });

  it('is 1 for a degenerate table', () => {
    expect(williamsQ(table2x2(0, 0, 10, 10))).toBe(1);
  });
});

describe('yatesDelta', () => {
  it('is 0.5, or |O − E| when smaller', () => {
    expect(yatesDelta(table2x2(10, 5, 1000, 2000))).toBe(0.5);
    expect(yatesDelta(table2x2(2, 3, 50, 60))).toBeCloseTo(30 / 110, 15);
  });
});

describe('checkCorrection', () => {
  it('fills in the default and rejects unknown names', () => {
    expect(checkCorrection(undefined, 'yates')).toBe('yates');
    expect(checkCorrection('none', 'yates')).toBe('none');
    expect(() => checkCorrection('Yates', 'yates')).toThrow(OptionError);
  });
});
