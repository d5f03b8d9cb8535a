import type { Document } from './document.js';
import type { Segmentation } from './token.js';

// The segmentations `segment` has made, per document object; kept apart from the segmenters so
// that a count can look here without loading wink-nlp.
export const segmentations = new WeakMap<Document, Segmentation>();

/**
 * The segmentation of a document if `segment` has already made it (and it is still cached), else
 * `undefined`: for a count that can use it instead of segmenting again.
 *
 * @example
 * ```ts
 * segmentIfCached(doc)?.tokens.length; // undefined until segment(doc) has run
 * ```
 */
export function segmentIfCached(doc: Document): Segmentation | undefined {
  return segmentations.get(doc);
}

