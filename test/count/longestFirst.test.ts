import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { longestFirst, type Span } from '../../src/count/nested.js';

const span = (start: number, end: number, term = 0, variant = 0): Span => ({ start, end, term, variant });

describe('longestFirst', () => {
  it('keeps the longest of overlapping spans and every span that overlaps none kept', () => {
    expect(longestFirst([span(9, 17, 0), span(0, 17, 1), span(20, 28, 0)])).toEqual([span(0, 17, 1), span(20, 28, 0)]);
  });

  it('breaks ties by the leftmost, then the earlier term, then the earlier variant', () => {
    expect(longestFirst([span(2, 5, 0), span(0, 3, 1)])).toEqual([span(0, 3, 1)]);
    expect(longestFirst([span(0, 3, 1), span(0, 3, 0)])).toEqual([span(0, 3, 0)]);
    expect(longestFirst([span(0, 3, 0, 2), span(0, 3, 0, 1)])).toEqual([span(0, 3, 0, 1)]);
  });

  it('keeps touching spans (end is exclusive) and returns them sorted by start', () => {
    expect(longestFirst([span(3, 6), span(0, 3)])).toEqual([span(0, 3), span(3, 6)]);
    expect(longestFirst([])).toEqual([]);
  });

  it('never keeps overlapping spans, and is independent of the input order', () => {
    const spans = fc.array(
      fc.tuple(fc.nat(30), fc.integer({ min: 1, max: 8 }), fc.nat(3), fc.nat(2)).map(([s, n, t, v]) => span(s, s + n, t, v)),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(spans, (list) => {
        const kept = longestFirst(list);
        for (let i = 1; i < kept.length; i++) if (kept[i]!.start < kept[i - 1]!.end) return false;
        return JSON.stringify(longestFirst([...list].reverse())) === JSON.stringify(kept);
      }),
    );
  });
});
