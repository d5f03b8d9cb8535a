import type { Document } from './document.js';
import type { Segmentation } from './token.js';
import { readEnglish } from './readEnglish.js';
import { segmentChinese } from './segmentChinese.js';
import { segmentations } from './segmentCache.js';

export { isCountedToken, type Segmentation, type Sentence, type Token, type TokenKind } from './token.js';
export { countChineseWords } from './segmentChinese.js';
export { segmentIfCached } from './segmentCache.js';

/**
 * Tokens and sentences of a document: English through wink-nlp (sentences within paragraphs,
 * which are separated by blank lines), Chinese through `Intl.Segmenter` with sentences ending at
 * 。！？ and at line breaks. Cached per document object.
 *
 * @example
 * ```ts
 * const { tokens, sentences } = segment(createDocument('Security matters. So does safety.'));
 * sentences.length; // 2
 * ```
 */
export function segment(doc: Document): Segmentation {
  let result = segmentations.get(doc);
  if (result === undefined) {
    result = doc.lang === 'zh' ? segmentChinese(doc.text) : readEnglish(doc.text, false);
    segmentations.set(doc, result);
  }
  return result;
}

