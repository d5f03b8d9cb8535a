import { describe, it, expect } from 'vitest';
import { dfm, dfmWeight } from '../../src/stats/index.js';
import { OptionError } from '../../src/errors.js';

// Fixture sentences are made up.
describe('dfmWeight', () => {
  const m = dfm([
    { id: 'a', text: 'Security and security and safety.' }, // 5 tokens
    { id: 'b', text: 'Safety first, always safety, then security.' }, // 6 tokens
  ]);

  it('adds count / tokens × 10,000 by default', () => {
    const rows = dfmWeight(m);
    expect(rows.find((r) => r.docId === 'a' && r.feature === 'security')).toEqual({ docId: 'a', feature: 'security', count: 2, rate: 4000 });
    expect(rows.find((r) => r.docId === 'b' && r.feature === 'safety')!.rate).toBeCloseTo((2 / 6) * 10_000, 12);
  });

  it('gives proportions that sum to 1 per document for a full dfm', () => {
    const rows = dfmWeight(m, 'prop');
    for (const id of ['a', 'b']) {
      const total = rows.filter((r) => r.docId === id).reduce((s, r) => s + r.rate!, 0);
      expect(total).toBeCloseTo(1, 12);
    }
  });

  it('divides by the document tokens, not by the sum of the remaining rows', () => {
    const rows = dfmWeight(dfm(['Security and security and safety.'], { remove: ['and'] }), 'prop');
    expect(rows.find((r) => r.feature === 'security')!.rate).toBe(2 / 5);
  });

  it('keeps one row per dfm row, in the same order, with provenance', () => {
    const rows = dfmWeight(m, 'per10k');
    expect(rows.map((r) => `${r.docId}:${r.feature}`)).toEqual(m.rows.map((r) => `${r.docId}:${r.feature}`));
    expect(rows.provenance.options).toMatchObject({ scheme: 'per10k', features: 'tokens' });
  });

  it('rejects an unknown scheme', () => {
    expect(() => dfmWeight(m, 'tfidf' as never)).toThrow(OptionError);
  });
});
