import { WORD_RUN } from './scripts.js';

/** Where each distinct word of a normalized text starts, for finding pattern candidates fast. */
export interface WordIndex {
  /** Start offsets (ascending) of every occurrence of each word. */
  readonly starts: ReadonlyMap<string, readonly number[]>;
}

/**
 * Indexes the space-delimited words (runs of non-CJK letters, digits and marks) of a normalized
 * text.
 */
export function indexWords(normalized: string): WordIndex {
  const starts = new Map<string, number[]>();
  for (const match of normalized.matchAll(WORD_RUN)) {
    const list = starts.get(match[0]);
    if (list === undefined) starts.set(match[0], [match.index]);
    else list.push(match.index);
  }
  return { starts };
}
