import { OptionError } from '../errors.js';

/**
 * How overlapping matches count.
 * - `inclusive`: every term counts wherever it matches, so a "national security" hit is also a
 *   "security" hit (the rule of most published keyword counts, Zeng 2021 among them).
 * - `exclusive`: each character belongs to the longest match only, so "security" counts only
 *   where it is not part of a longer counted term such as "national security".
 */
export type NestedScope = 'inclusive' | 'exclusive';

export function checkNestedScope(value: unknown): NestedScope {
  if (value === undefined) return 'inclusive';
  if (value === 'inclusive' || value === 'exclusive') return value;
  throw new OptionError('nested', `expected 'inclusive' or 'exclusive', got ${JSON.stringify(value)}`);
}

/** A match in normalized offsets, with the index of its term and variant. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly term: number;
  readonly variant: number;
}

/**
 * Keeps the longest of overlapping spans: longer first, then leftmost, then the earlier term, so
 * the choice never depends on anything but the spans and the order of the terms. Returns the kept
 * spans sorted by start.
 */
export function longestFirst(spans: readonly Span[]): Span[] {
  if (spans.length < 2) return [...spans];
  const ranked = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.term - b.term || a.variant - b.variant,
  );
  let low = Infinity;
  let high = 0;
  for (const s of spans) {
    low = Math.min(low, s.start);
    high = Math.max(high, s.end);
  }
  const claimed = new Uint8Array(high - low);
  const kept: Span[] = [];
  for (const span of ranked) {
    let free = true;
    for (let k = span.start; k < span.end && free; k++) free = claimed[k - low] === 0;
    if (!free) continue;
    claimed.fill(1, span.start - low, span.end - low);
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start || a.term - b.term);
}
