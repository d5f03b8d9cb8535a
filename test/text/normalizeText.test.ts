import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { normalizeText } from '../../src/text/normalize.js';

// Every fixture below is made up for these tests.

describe('normalizeText', () => {
  it('folds case and full-width letters, keeping the length of ASCII text', () => {
    const n = normalizeText('SECURITY Security ＳＥＣＵＲＩＴＹ');
    expect(n.text).toBe('security security security');
    expect(n.offsets.span(18, 26)).toEqual([18, 26]);
  });

  it('unifies dashes, single quotes and double quotes', () => {
    expect(normalizeText('a–b—c‐d−e').text).toBe('a-b-c-d−e'); // U+2212 minus is a math symbol, not a dash
    expect(normalizeText('China’s ‘x’ “y” „z“').text).toBe(`china's 'x' "y" "z"`);
  });

  it('drops soft hyphens and zero-width characters but maps spans over them', () => {
    const original = 'secu\u00ADri\u200Bty';
    const n = normalizeText(original);
    expect(n.text).toBe('security');
    const [start, end] = n.offsets.span(0, 8);
    expect(original.slice(start, end)).toBe(original);
  });

  it('converts traditional Chinese to simplified without changing offsets', () => {
    const original = '維護國家安全和網絡安全';
    const n = normalizeText(original);
    expect(n.text).toBe('维护国家安全和网络安全');
    expect(n.offsets.span(7, 11)).toEqual([7, 11]);
    expect(original.slice(7, 11)).toBe('網絡安全');
  });

  it('composes combining marks and maps the composed letter to the whole cluster', () => {
    const original = 'cafe\u0301!';
    const n = normalizeText(original);
    expect(n.text).toBe('café!');
    expect(n.offsets.span(3, 4)).toEqual([3, 5]);
    expect(n.offsets.span(4, 5)).toEqual([5, 6]);
  });

  it('maps every character of an expansion (ligature, ß) back to the one original character', () => {
    const n = normalizeText('ﬁx Straße');
    expect(n.text).toBe('fix strasse');
    expect(n.offsets.span(0, 1)).toEqual([0, 1]);
    expect(n.offsets.span(1, 2)).toEqual([0, 1]);
    expect(n.offsets.span(0, 3)).toEqual([0, 2]);
    expect(n.offsets.span(3, 11)).toEqual([2, 9]);
  });

  it('keeps surrogate pairs (emoji) whole and the offsets after them exact', () => {
    const original = '😀 ＡＩ 🔒x';
    const n = normalizeText(original);
    expect(n.text).toBe('😀 ai 🔒x');
    expect(n.offsets.span(3, 5)).toEqual([3, 5]);
    expect(original.slice(...n.offsets.span(8, 9))).toBe('x');
  });

  it('keeps a symbol whose compatibility form is letters (™, ㎞, №) as it is, so it does not glue onto a word', () => {
    expect(normalizeText('Security™ 5㎞ №1 … （ＡＩ） ①').text).toBe('security™ 5㎞ №1 ... (ai) 1');
  });

  it('keeps CRLF line breaks and whitespace as they are', () => {
    expect(normalizeText('A\r\n\tB\u3000C').text).toBe('a\r\n\tb c'); // the ideographic space is NFKC ' '
  });

  it('returns an empty text for an empty string', () => {
    expect(normalizeText('').text).toBe('');
  });

  it('maps every normalized span into the original, in order, on random text', () => {
    const pieces = ['a', 'Z', ' ', '\r\n', 'é', 'e\u0301', '\u00AD', '\u200B', 'ﬁ', 'ß', 'İ', '😀', 'Ｓ', '國', '国', '–', '’', '。'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const original = parts.join('');
        const { text, offsets } = normalizeText(original);
        let previousStart = 0;
        for (let i = 0; i < text.length; i++) {
          const [start, end] = offsets.span(i, i + 1);
          if (!(start >= previousStart && start < end && end <= original.length)) return false;
          previousStart = start;
        }
        return text.length === 0 || offsets.span(0, text.length)[1] <= original.length;
      }),
      { numRuns: 500 },
    );
  });
});
