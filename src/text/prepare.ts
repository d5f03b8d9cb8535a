import type { Document } from './document.js';
import { normalizeText, type NormalizedText } from './normalize.js';

const cache = new WeakMap<Document, NormalizedText>();

/**
 * A document's matching form (its normalized text and the way back to the original), computed
 * once per document object and kept while the object lives, for the functions that locate matches
 * (`matches`, `kwic`) and may read a document more than once. Counting normalizes without
 * keeping the result, so that memory does not hold every text of a corpus counted at once.
 *
 * @example
 * ```ts
 * prepare(createDocument('ＮＡＴＩＯＮＡＬ security')).text; // 'national security'
 * ```
 */
export function prepare(doc: Document): NormalizedText {
  let prepared = cache.get(doc);
  if (prepared === undefined) {
    prepared = normalizeText(doc.text);
    cache.set(doc, prepared);
  }
  return prepared;
}
