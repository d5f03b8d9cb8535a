// Character classes shared by normalization, pattern parsing and matching. Chinese, Japanese and
// Korean characters are not "word characters" here: a CJK term is matched as a substring, because
// CJK text has no spaces and segmenters disagree on word boundaries (国家安全 vs 网络 | 安全).

/** A CJK character (Han, kana, Hangul). */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A letter, digit or mark that is not CJK: the stuff of space-delimited words. Variation
 * selectors and enclosing marks are marks that dress a symbol (🛡️ is U+1F6E1 U+FE0F, 1️⃣ ends in
 * U+20E3), not letters: as word characters they would glue the emoji onto the next word.
 */
export const WORD_CHAR = /[[\p{L}\p{N}\p{M}]--[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Variation_Selector}\p{Me}]]/v;

/** Maximal runs of {@link WORD_CHAR}. */
export const WORD_RUN = /[[\p{L}\p{N}\p{M}]--[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Variation_Selector}\p{Me}]]+/gv;

/** A Han character (for language detection and character denominators). */
export const HAN_CHAR = /\p{Script=Han}/u;
export const HAN_CHARS = /\p{Script=Han}/gu;

/** A Latin-script letter (for language detection). */
export const LATIN_LETTERS = /\p{Script=Latin}/gu;

/** True if the code point starting at `index` of `text` is a word character. */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  // A low surrogate: look at the whole code point it ends.
  const start = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}
