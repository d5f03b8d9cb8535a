import { longestFirst, type NestedScope, type Span } from './nested.js';
import type { TermMatcher } from './termMatcher.js';

const byStart = (a: Span, b: Span): number => a.start - b.start || a.term - b.term || a.variant - b.variant;

/**
 * `longestFirst`, run on each group of overlapping spans alone: spans of different groups never
 * overlap, so the greedy choice in one group never depends on another, and most spans overlap
 * none (no ranking, no claim array the size of the document). Returns the kept spans sorted by
 * start then term, as `longestFirst` does.
 *
 * @example
 * ```ts
 * longestFirstByGroup([{ start: 0, end: 17, term: 1, variant: 0 }, { start: 9, end: 17, term: 0, variant: 0 }]);
 * // [{ start: 0, end: 17, term: 1, variant: 0 }]
 * ```
 */
export function longestFirstByGroup(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort(byStart);
  const kept: Span[] = [];
  let groupStart = 0;
  let groupEnd = -1;
  const flush = (to: number): void => {
    if (to - groupStart === 1) kept.push(sorted[groupStart]!);
    else if (to > groupStart) for (const span of longestFirst(sorted.slice(groupStart, to))) kept.push(span);
  };
  sorted.forEach((span, k) => {
    if (span.start >= groupEnd) {
      flush(k);
      groupStart = k;
      groupEnd = span.end;
    } else {
      groupEnd = Math.max(groupEnd, span.end);
    }
  });
  flush(sorted.length);
  return kept.sort((a, b) => a.start - b.start || a.term - b.term);
}

/**
 * The counted spans of a scan (normalized offsets), sorted by start then term: within a term the
 * variants never double count (overlapping variant matches keep the longest), and under
 * `exclusive` each character belongs to the longest match of any term.
 *
 * @example
 * ```ts
 * const matcher = compileMatcher(compileTerms(['security', 'national security']));
 * termSpans(matcher, scanText(matcher, 'national security'), 'exclusive'); // one span: term 1, [0, 17)
 * ```
 */
export function termSpans(matcher: TermMatcher, hits: readonly (readonly number[])[], nested: NestedScope): Span[] {
  const { variants, firstVariant } = matcher;
  let spans: Span[] = [];
  for (let t = 0; t + 1 < firstVariant.length; t++) {
    const perTerm: Span[] = [];
    for (let id = firstVariant[t]!; id < firstVariant[t + 1]!; id++) {
      const flat = hits[id]!;
      for (let k = 0; k < flat.length; k += 2) perTerm.push({ start: flat[k]!, end: flat[k + 1]!, term: t, variant: variants[id]!.variant });
    }
    // A loop, not push(...spans): a spread of 100,000+ hits overflows the call stack.
    for (const span of firstVariant[t + 1]! - firstVariant[t]! > 1 ? longestFirstByGroup(perTerm) : perTerm) spans.push(span);
  }
  spans = nested === 'exclusive' ? longestFirstByGroup(spans) : spans.sort((a, b) => a.start - b.start || a.term - b.term);
  return spans;
}

/**
 * How many times each term counts in a scan, by the rules of {@link termSpans}, without building a
 * span where no rule needs one (a single-variant term under `inclusive` counts its matches).
 *
 * @example
 * ```ts
 * const matcher = compileMatcher(compileTerms(['security', 'national security']));
 * countTermHits(matcher, scanText(matcher, 'national security'), 'inclusive'); // [1, 1]
 * ```
 */
export function countTermHits(matcher: TermMatcher, hits: readonly (readonly number[])[], nested: NestedScope): number[] {
  const { firstVariant } = matcher;
  const terms = firstVariant.length - 1;
  const counts = new Array<number>(terms).fill(0);
  if (nested === 'exclusive') {
    for (const span of termSpans(matcher, hits, nested)) counts[span.term]!++;
    return counts;
  }
  for (let t = 0; t < terms; t++) {
    const first = firstVariant[t]!;
    const last = firstVariant[t + 1]!;
    if (last - first === 1) {
      counts[t] = hits[first]!.length / 2;
      continue;
    }
    const perTerm: Span[] = [];
    for (let id = first; id < last; id++) {
      const flat = hits[id]!;
      for (let k = 0; k < flat.length; k += 2) perTerm.push({ start: flat[k]!, end: flat[k + 1]!, term: t, variant: id - first });
    }
    counts[t] = longestFirstByGroup(perTerm).length;
  }
  return counts;
}
