import fc from 'fast-check';
import { Converter } from 'opencc-js/t2cn';
import { describe, it, expect } from 'vitest';
import { normalizeText } from '../../src/text/normalize.js';

// An independent, slow normalizer: what normalizeText did before it was made fast (one grapheme
// cluster at a time, then OpenCC on each run of Han characters), written again here. The fast one
// must give the same text and map every character to the same original span.
const opencc = Converter({ from: 't', to: 'cn' });
const IGNORABLE = /^[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]$/u;
const isMark = (s: string, k: number): boolean => k < s.length && /^\p{M}$/u.test(String.fromCodePoint(s.codePointAt(k)!));
const step = (s: string, k: number): number => (s.codePointAt(k)! > 0xffff ? 2 : 1);
function fold(cluster: string): string {
  const compatible = cluster.normalize('NFKC');
  const symbolKept = /^[\p{S}\p{P}]/u.test(cluster) && /[\p{L}\p{N}]/u.test(compatible);
  return (symbolKept ? cluster : compatible)
    .toUpperCase()
    .toLowerCase()
    .replace(/\p{Pd}/gu, '-')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/gu, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/gu, '"');
}
function reference(original: string): { text: string; spans: [number, number][] } {
  let text = '';
  const spans: [number, number][] = [];
  for (let i = 0; i < original.length; ) {
    const start = i;
    i += step(original, i);
    while (isMark(original, i)) i += step(original, i);
    const cluster = original.slice(start, i);
    const folded = cluster.length === 1 && IGNORABLE.test(cluster) ? '' : fold(cluster);
    for (let k = 0; k < folded.length; k++) spans.push(folded.length === cluster.length ? [start + k, start + k + 1] : [start, i]);
    text += folded;
  }
  text = text.replace(/\p{Script=Han}+/gu, (run) => {
    const whole = opencc(run);
    if (whole.length === run.length) return whole;
    return Array.from(run, (ch) => (opencc(ch).length === ch.length ? opencc(ch) : ch)).join('');
  });
  return { text, spans };
}

const pieces = ['a', 'Z', 'Security', ' ', '\r\n', '\n', 'é', 'e\u0301', '\u0301', '\u00AD', '\u200B', 'ﬁ', 'ß', 'İ', 'Σ', 'ΟΔΟΣ', '😀', '𝐀', 'Ｓ', '國', '国', '瞭解', '乾隆', '軝', '二噁英', '丽', '豈', '⿰', '⺆', '綏', '–', '’', '。', '，', '™', '㎞', '№', '①', '\u3000', '\uD800', '\uDC00', 'x\u20DD', 'ǅ', 'ﷺ', 'ｶ', 'ﾞ', '한', '\uFEFF', 'ﬃ', '\u{2F800}', 'a\u{1D167}', '\u{1D167}'];

describe('normalizeText (fast) against the cluster-by-cluster reference', () => {
  it('gives the same text and the same span for every character on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const original = parts.join('');
        const fast = normalizeText(original);
        const slow = reference(original);
        expect(fast.text).toBe(slow.text);
        expect(Array.from({ length: fast.text.length }, (_, i) => fast.offsets.span(i, i + 1))).toEqual(slow.spans);
      }),
      { numRuns: 3000, seed: 3 },
    );
  });

  it('gives the same text on random UTF-16 code units, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 24 }), (codes) => {
        const original = String.fromCharCode(...codes);
        expect(normalizeText(original).text).toBe(reference(original).text);
      }),
      { numRuns: 3000, seed: 4 },
    );
  });

  it('lower-cases the whole text in one call only because every folded character is its own lower case', () => {
    // normalizeText relies on this: checked here over every code point.
    const unstable: number[] = [];
    for (let code = 0x80; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const folded = fold(String.fromCodePoint(code));
      if (folded.toLowerCase() !== folded) unstable.push(code);
    }
    expect(unstable).toEqual([]);
  });
});
