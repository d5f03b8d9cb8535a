import type { WordIndex } from '../text/wordIndex.js';
import { isWordCharAt } from '../text/scripts.js';
import { matchesGlob } from './glob.js';
import type { PatternElement, PatternVariant } from './parsePattern.js';

/** What a variant is matched against: a normalized text and, lazily, the index of its words. */
export interface MatchTarget {
  readonly text: string;
  readonly words: () => WordIndex;
}

function wordEnd(text: string, start: number): number {
  let end = start;
  while (isWordCharAt(text, end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return end;
}

/** End of `element` matched at `at`, or -1. */
function matchElement(text: string, element: PatternElement, at: number): number {
  switch (element.kind) {
    case 'word':
    case 'glob': {
      if (isWordCharAt(text, at - 1)) return -1;
      const end = wordEnd(text, at);
      if (end === at) return -1;
      const word = text.slice(at, end);
      const ok = element.kind === 'word' ? word === element.text : matchesGlob(element.glob, word);
      return ok ? end : -1;
    }
    case 'cjk':
    case 'literal':
      return text.startsWith(element.text, at) ? at + element.text.length : -1;
    case 'space': {
      let end = at;
      while (end < text.length && /\s/u.test(text[end]!)) end++;
      return end > at ? end : -1;
    }
  }
}

function matchAt(text: string, elements: readonly PatternElement[], at: number): number {
  let position = at;
  for (const element of elements) {
    position = matchElement(text, element, position);
    if (position < 0) return -1;
  }
  return position;
}

function* substringStarts(text: string, needle: string): Generator<number> {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) yield at;
}

function candidateStarts(target: MatchTarget, first: PatternElement): Iterable<number> {
  switch (first.kind) {
    case 'word':
      return target.words().starts.get(first.text) ?? [];
    case 'glob': {
      const starts: number[] = [];
      for (const [word, at] of target.words().starts) {
        // A loop, not push(...at): a spread of 100,000+ offsets overflows the call stack.
        if (matchesGlob(first.glob, word)) for (const offset of at) starts.push(offset);
      }
      return starts.sort((a, b) => a - b);
    }
    case 'cjk':
    case 'literal':
      return substringStarts(target.text, first.text);
    case 'space':
      // Variants are trimmed, so none starts with a space.
      return [];
  }
}

/**
 * Every non-overlapping match of one variant in a normalized text, leftmost first, as
 * `[start, end)` pairs of normalized offsets. Like a regular expression scan: after a match, the
 * search resumes at its end.
 */
export function findVariant(target: MatchTarget, variant: PatternVariant): [number, number][] {
  const found: [number, number][] = [];
  const first = variant.elements[0];
  if (first === undefined) return found;
  let resumeAt = 0;
  for (const start of candidateStarts(target, first)) {
    if (start < resumeAt) continue;
    const end = matchAt(target.text, variant.elements, start);
    if (end < 0) continue;
    found.push([start, end]);
    resumeAt = end;
  }
  return found;
}
