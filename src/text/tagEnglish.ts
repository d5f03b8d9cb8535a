import type { Document } from './document.js';
import { readEnglish, type TaggedSegmentation } from './readEnglish.js';
import { segmentations } from './segmentCache.js';

export type { EnglishTags, TaggedSegmentation } from './readEnglish.js';

const tagged = new WeakMap<Document, TaggedSegmentation>();

/**
 * `segment`'s tokens and sentences of an English document together with wink-nlp's POS tag,
 * lemma and negation flag of every token, all from one reading of each paragraph. Cached per
 * document object; `segment` then gives the same tokens and sentences without reading again.
 *
 * @example
 * ```ts
 * const { tokens, tags } = tagEnglish(createDocument('We must act.'));
 * tokens[1].text; // 'must'
 * tags.pos[1];    // 'AUX'
 * ```
 */
export function tagEnglish(doc: Document): TaggedSegmentation {
  let result = tagged.get(doc);
  if (result === undefined) {
    result = readEnglish(doc.text, true);
    tagged.set(doc, result);
    segmentations.set(doc, { tokens: result.tokens, sentences: result.sentences });
  }
  return result;
}
