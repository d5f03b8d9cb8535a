import { describe, it, expect } from 'vitest';
import { compareCodePoints } from '../../src/text/compareCodePoints.js';
import { compareKeys } from '../../src/stats/compareKeys.js';

describe('compareCodePoints', () => {
  it('orders by code point, not by locale', () => {
    expect(['émigré', 'zebra', 'Zebra', 'apple'].sort(compareCodePoints)).toEqual(['Zebra', 'apple', 'zebra', 'émigré']);
  });

  it('puts characters beyond U+FFFF after U+E000–U+FFFF, unlike UTF-16 order', () => {
    const astral = '\u{20000}'; // a CJK Extension B ideograph
    const fullWidth = '\uFF5E';
    expect([astral, fullWidth].sort(compareCodePoints)).toEqual([fullWidth, astral]);
    expect([astral, fullWidth].sort()).toEqual([astral, fullWidth]); // the code-unit order differs
  });

  it('orders a prefix first and equal strings as 0', () => {
    expect(compareCodePoints('secur', 'security')).toBe(-1);
    expect(compareCodePoints('security', 'secur')).toBe(1);
    expect(compareCodePoints('安全', '安全')).toBe(0);
  });
});

describe('compareKeys', () => {
  it('orders numbers numerically, then booleans, then strings, null last', () => {
    expect(['US', null, 2025, 'CN', 2017, true, 10].sort(compareKeys)).toEqual([10, 2017, 2025, true, 'CN', 'US', null]);
  });
});
