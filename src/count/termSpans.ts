import { longestFirst, type NestedScope, type Span } from './nested.js';
import { ScanHits, scanInto, type TermMatcher } from './termMatcher.js';

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

// One buffer for the matches of the document being counted: counting is synchronous, so no two
// documents of one thread ever share it at once.
const scanned = new ScanHits();

/**
 * How many times each term counts in a normalized text, by the rules of {@link termSpans}: one
 * scan for all terms, and no span built where no rule needs one (under `inclusive`, a term with
 * one variant counts its matches).
 *
 * @example
 * ```ts
 * countTermMatches(compileMatcher(compileTerms(['security', 'national security'])), 'national security', 'inclusive'); // [1, 1]
 * ```
 */
export function countTermMatches(matcher: TermMatcher, text: string, nested: NestedScope): number[] {
  const { firstVariant, variants } = matcher;
  const terms = firstVariant.length - 1;
  scanInto(matcher, text, scanned);
  const { data, length } = scanned;
  if (nested === 'exclusive') {
    const hits: number[][] = variants.map(() => []);
    for (let k = 0; k < length * 3; k += 3) hits[data[k]!]!.push(data[k + 1]!, data[k + 2]!);
    const counts = new Array<number>(terms).fill(0);
    for (const span of termSpans(matcher, hits, nested)) counts[span.term]!++;
    return counts;
  }
  const counts = new Array<number>(terms).fill(0);
  const { termOf, alone } = matcher;
  // Terms with more than one variant: start, end and variant of their matches, to keep the
  // longest of overlapping variants.
  const flat: (number[] | undefined)[] = [];
  for (let k = 0; k < length * 3; k += 3) {
    const id = data[k]!;
    const term = termOf[id]!;
    if (alone[id] === 1) counts[term]!++;
    else (flat[term] ??= []).push(data[k + 1]!, data[k + 2]!, variants[id]!.variant);
  }
  flat.forEach((list, term) => {
    if (list !== undefined) counts[term] = countKept(list, term);
  });
  return counts;
}

/**
 * How many of one term's matches (start, end, variant, flat) `longestFirstByGroup` keeps: a match
 * that overlaps no other counts without building a span, as most do.
 */
function countKept(flat: readonly number[], term: number): number {
  const order = Array.from({ length: flat.length / 3 }, (_, k) => 3 * k);
  order.sort((a, b) => flat[a]! - flat[b]! || flat[a + 2]! - flat[b + 2]!);
  const spanAt = (k: number): Span => ({ start: flat[k]!, end: flat[k + 1]!, term, variant: flat[k + 2]! });
  let kept = 0;
  let first = -1;
  let overlapping: Span[] | undefined;
  let groupEnd = -1;
  for (const k of order) {
    if (flat[k]! >= groupEnd) {
      if (first >= 0) kept += overlapping === undefined ? 1 : longestFirst(overlapping).length;
      first = k;
      overlapping = undefined;
      groupEnd = flat[k + 1]!;
    } else {
      (overlapping ??= [spanAt(first)]).push(spanAt(k));
      groupEnd = Math.max(groupEnd, flat[k + 1]!);
    }
  }
  if (first >= 0) kept += overlapping === undefined ? 1 : longestFirst(overlapping).length;
  return kept;
}
