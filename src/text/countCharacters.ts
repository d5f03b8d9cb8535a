const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// Whether each BMP code unit is a letter or digit, filled on first sight: a regular expression
// test per character would cost more than counting the terms. 0: not seen yet; 1: counts; 2: not.
const COUNTS = 1;
const NOT_COUNTED = 2;
const bmp = new Uint8Array(0x10000);
// Code points outside the BMP (CJK Extension B and on, historic scripts, emoji), once seen.
const astral = new Map<number, boolean>();

function bmpCounts(code: number): boolean {
  let info = bmp[code]!;
  if (info === 0) {
    // A lone surrogate is no character: String.fromCharCode gives it, and the test says no.
    info = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? COUNTS : NOT_COUNTED;
    bmp[code] = info;
  }
  return info === COUNTS;
}

function astralCounts(codePoint: number): boolean {
  let counts = astral.get(codePoint);
  if (counts === undefined) {
    counts = LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
    astral.set(codePoint, counts);
  }
  return counts;
}

/**
 * The characters of a text, as rates per 10,000 characters count them (the usual denominator for
 * Chinese, which needs no word segmenter): code points that are letters or digits (`\p{L}` or
 * `\p{N}`). Whitespace, punctuation, symbols, combining marks, emoji and lone surrogates do not
 * count, so a decomposed "é" counts 1, full-width "Ｓ" 1, "國家安全" and "国家安全" 4 each, and a
 * character outside the BMP (𠀀, CJK Extension B) 1. The text is counted as written, before
 * the normalization of matching: traditional → simplified conversion keeps the count, but NFKC
 * would not always (the ligature "ﬁ" counts 1 here, its NFKC form "fi" 2).
 *
 * @example
 * ```ts
 * countCharacters('维护国家安全。'); // 6
 * countCharacters('Security, 2017!'); // 12
 * ```
 */
export function countCharacters(text: string): number {
  let n = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // ASCII letters (either case) and digits, by arithmetic.
      if ((((code | 0x20) - 0x61) >>> 0) < 26 || ((code - 0x30) >>> 0) < 10) n++;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (astralCounts(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000)) n++;
        i++;
      }
      // A high surrogate without its low half is no character.
    } else if (bmpCounts(code)) {
      n++;
    }
  }
  return n;
}
