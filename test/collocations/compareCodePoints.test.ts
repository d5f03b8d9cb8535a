import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../../src/collocations/compareCodePoints.js';

describe('compareCodePoints', () => {
  it('orders by code point where UTF-16 code units disagree', () => {
    // U+FF5E (～) is below U+20000 (𠀀) as code points, above it as UTF-16 units (0xD840 …).
    expect('\u{20000}' < '\uFF5E').toBe(true);
    expect(compareCodePoints('\uFF5E', '\u{20000}')).toBeLessThan(0);
    expect(compareCodePoints('\u{20000}', '\uFF5E')).toBeGreaterThan(0);
  });

  it('agrees with Array.prototype.sort on BMP text, prefixes first', () => {
    const words = ['security', 'secure', 'national', 'a', '安全', 'ab', 'Z', ''];
    expect([...words].sort(compareCodePoints)).toEqual([...words].sort());
    expect(compareCodePoints('abc', 'abc')).toBe(0);
  });

  it('compares astral characters after an equal one by the next code point', () => {
    expect(compareCodePoints('\u{20000}a', '\u{20000}b')).toBeLessThan(0);
    expect(compareCodePoints('\u{20001}', '\u{20000}b')).toBeGreaterThan(0);
  });
});
