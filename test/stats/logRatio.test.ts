import { describe, it, expect } from 'vitest';
import { logRatio } from '../../src/stats/index.js';

describe('logRatio', () => {
  it('is the binary log of the ratio of relative frequencies', () => {
    expect(logRatio(10, 5, 1000, 2000)).toBe(2); // 10/1000 vs 5/2000: four times as frequent
    expect(logRatio(5, 10, 1000, 1000)).toBe(-1);
    expect(logRatio(7, 7, 300, 300)).toBe(0);
    expect(logRatio(3, 2, 4, 3)).toBeCloseTo(Math.log2((3 / 4) / (2 / 3)), 15);
  });

  it("replaces a zero count by 0.5 (Hardie's adjustment)", () => {
    expect(logRatio(4, 0, 1000, 1000)).toBe(3); // log2(4 / 0.5)
    expect(logRatio(0, 8, 1000, 1000)).toBe(-4); // log2(0.5 / 8)
  });

  it('is 0 when both counts are zero and null when a corpus has no tokens', () => {
    expect(logRatio(0, 0, 100, 300)).toBe(0);
    expect(logRatio(0, 3, 0, 300)).toBeNull();
    expect(logRatio(3, 0, 300, 0)).toBeNull();
  });
});
