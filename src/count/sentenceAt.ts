import { bisector } from 'd3-array';
import type { Sentence } from '../text/tokenize.js';

const firstStartingAfter = bisector((sentence: Sentence) => sentence.start).right;

/** The sentence containing `offset`, or else the last one starting before it. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences[firstStartingAfter(sentences, offset) - 1];
}
