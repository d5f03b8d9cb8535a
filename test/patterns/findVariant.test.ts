import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { findVariant } from '../../src/patterns/findVariant.js';
import { parsePattern } from '../../src/patterns/parsePattern.js';

/** Runs the first variant of `pattern` over an already normalized text. */
const find = (text: string, pattern: string): [number, number][] =>
  findVariant({ text }, parsePattern(pattern).variants[0]!);

/**
 * The same search by a different method, for lower-case ASCII text: a regular expression where a
 * word must not touch another letter or digit, a space is \s+ and `*` is any letters or digits.
 */
function byRegExp(text: string, pattern: string): [number, number][] {
  const notWord = '(?<![a-z0-9])';
  const notWordAfter = '(?![a-z0-9])';
  const source = pattern
    .split(/(\s+|[^a-z0-9*?\s]+)/u)
    .filter((part) => part !== '')
    .map((part) => {
      if (/^\s+$/u.test(part)) return '\\s+';
      if (/^[a-z0-9*?]+$/u.test(part)) return notWord + part.replace(/\*/gu, '[a-z0-9]*').replace(/\?/gu, '[a-z0-9]') + notWordAfter;
      return part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    })
    .join('');
  return [...text.matchAll(new RegExp(source, 'gu'))].map((m) => [m.index, m.index + m[0].length]);
}

describe('findVariant', () => {
  it('finds whole words only, leftmost first and without overlap', () => {
    expect(find('security cybersecurity cyber-security security2 securitys security', 'security')).toEqual([
      [0, 8],
      [29, 37],
      [58, 66],
    ]);
  });

  it('lets a phrase space match any run of whitespace, line breaks included', () => {
    expect(find('national\nsecurity, national \r\n  security, national-security', 'national security')).toEqual([
      [0, 17],
      [19, 40],
    ]);
  });

  it('matches CJK as substrings and does not overlap matches of one variant', () => {
    expect(find('国家安全和网络安全', '安全')).toEqual([[2, 4], [7, 9]]);
    expect(find('安安安', '安安')).toEqual([[0, 2]]);
  });

  it('matches a glob against whole words only', () => {
    expect(find('insecurity security secure', 'secur*')).toEqual([[11, 19], [20, 26]]);
  });

  it('finds nothing for a missing word', () => {
    expect(find('national defence', 'security')).toEqual([]);
  });

  it('agrees with a regular expression on random ASCII text and patterns', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'ab', 'ba', '1', ' ', '  ', '\n', '-', '.', '(', ')'), { maxLength: 40 }).map((p) => p.join(''));
    const pattern = fc.constantFrom('a', 'b', 'ab', 'a b', 'a  b b', 'a-b', 'a.b', '(a)', 'a*', '*b', 'a?', 'a.', '-b', 'b 1', 'a b*');
    fc.assert(
      fc.property(text, pattern, (t, p) => JSON.stringify(find(t, p)) === JSON.stringify(byRegExp(t, p))),
      { numRuns: 3000 },
    );
  });
});
