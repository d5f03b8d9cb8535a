import type { Document } from './document.js';
import { normalizeText, type NormalizedText } from './normalize.js';
import { indexWords, type WordIndex } from './wordIndex.js';

/** A document's matching form, computed once per document object and kept while it lives. */
export interface PreparedText extends NormalizedText {
  readonly words: () => WordIndex;
}

const cache = new WeakMap<Document, PreparedText>();

export function prepare(doc: Document): PreparedText {
  let prepared = cache.get(doc);
  if (prepared === undefined) {
    const normalized = normalizeText(doc.text);
    let words: WordIndex | undefined;
    prepared = { ...normalized, words: () => (words ??= indexWords(normalized.text)) };
    cache.set(doc, prepared);
  }
  return prepared;
}
