import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { coverage } from '../../src/moves/coverage.js';

type Span = { start: number; end: number };

// The plain definitions, span by span and character by character.
const touchesByPairs = (spans: Span[], from: number, to: number, start: number, end: number): boolean =>
  spans.some((s) => Math.max(s.start, start, from) < Math.min(s.end, end, to));
function coversByCharacters(spans: Span[], from: number, to: number, start: number, end: number): boolean {
  if (start < from || end > to) return false;
  for (let k = start; k < end; k++) if (!spans.some((s) => s.start <= k && k < s.end && k >= from)) return false;
  return true;
}

describe('coverage', () => {
  it('marks the characters of [from, to) that the spans cover', () => {
    const c = coverage([{ start: 12, end: 15 }, { start: 14, end: 18 }], 10, 20);
    expect([c.covers(12, 18), c.covers(11, 13), c.touches(17, 19), c.touches(18, 20)]).toEqual([true, false, true, false]);
    // Outside [from, to) nothing is covered.
    expect(c.covers(8, 12)).toBe(false);
  });

  it('covers nothing but empty ranges when there is no span', () => {
    const c = coverage([], 10, 20);
    expect([c.touches(10, 20), c.covers(12, 13), c.covers(12, 12), c.covers(21, 21)]).toEqual([false, false, true, false]);
  });

  it('agrees with the pairwise and per-character definitions', () => {
    const span = fc.tuple(fc.nat(40), fc.nat(10)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 5 }), span, span, (spans, range, query) => {
        const c = coverage(spans, range.start, range.end);
        return (
          c.touches(query.start, query.end) === touchesByPairs(spans, range.start, range.end, query.start, query.end) &&
          c.covers(query.start, query.end) === coversByCharacters(spans, range.start, range.end, query.start, query.end)
        );
      }),
      { numRuns: 2000 },
    );
  });
});
