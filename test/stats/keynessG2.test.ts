import { describe, it, expect } from 'vitest';
import { keynessG2 } from '../../src/stats/index.js';
import { OptionError } from '../../src/errors.js';
import { KEYNESS_TABLES as tables, expectClose as close, naiveG2, williamsQ as williams } from '../support/twoByTwo.js';

describe('keynessG2', () => {
  it('equals 2 Σ O ln(O/E) over the full 2×2 table without correction', () => {
    for (const [a, b, n1, n2] of tables) close(Math.abs(keynessG2(a, b, n1, n2, 'none')), naiveG2(a, b, n1, n2));
  });

  it("divides by Williams' q by default", () => {
    for (const [a, b, n1, n2] of tables) close(Math.abs(keynessG2(a, b, n1, n2)), naiveG2(a, b, n1, n2) / williams(a, b, n1, n2));
  });

  it('matches SciPy (chi2_contingency, lambda_="log-likelihood") with and without Yates', () => {
    // SciPy 1.17: an independent implementation; its correction=True moves each O 0.5 towards E.
    close(keynessG2(10, 5, 1000, 2000, 'none'), 6.969191931932806);
    close(keynessG2(10, 5, 1000, 2000, 'yates'), 5.64956755616592);
    close(keynessG2(3, 0, 4, 3, 'yates'), 1.5648403073449195);
    close(keynessG2(0, 7, 500, 800, 'yates'), -3.6803482238181644);
    close(keynessG2(121, 0, 11822, 8724, 'none'), 134.28308712217478);
    close(keynessG2(121, 0, 11822, 8724, 'yates'), 128.0898648459189);
  });

  it('gives 0 under Yates when |O − E| is below 0.5', () => {
    // (2, 3, 50, 60): |ad − bc| / N = |2·57 − 3·48| / 110 = 30/110 < 0.5.
    expect(keynessG2(2, 3, 50, 60, 'yates')).toBe(0);
  });

  it('is signed: negative when the feature is relatively more frequent in the reference', () => {
    expect(keynessG2(10, 5, 1000, 2000)).toBeGreaterThan(0);
    expect(keynessG2(5, 10, 2000, 1000)).toBeLessThan(0);
    close(keynessG2(5, 10, 2000, 1000), -keynessG2(10, 5, 1000, 2000));
    expect(keynessG2(0, 7, 500, 800, 'none')).toBeLessThan(0);
  });

  it('is exactly 0 for equal relative frequencies and for empty sides', () => {
    expect(keynessG2(40, 40, 1000, 1000)).toBe(0);
    expect(keynessG2(3, 6, 1000, 2000)).toBe(0);
    expect(keynessG2(0, 0, 1000, 2000)).toBe(0);
    expect(keynessG2(0, 5, 0, 100)).toBe(0);
  });

  it('rejects impossible tables and unknown corrections', () => {
    expect(() => keynessG2(5, 0, 4, 10)).toThrow(OptionError);
    expect(() => keynessG2(-1, 0, 4, 10)).toThrow(OptionError);
    expect(() => keynessG2(1, 0, 4, 10, 'bonferroni' as never)).toThrow(OptionError);
  });
});
