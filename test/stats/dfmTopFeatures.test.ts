import { describe, it, expect } from 'vitest';
import { dfm, dfmTopFeatures } from '../../src/stats/index.js';
import { OptionError } from '../../src/errors.js';

// Fixture sentences are made up.
describe('dfmTopFeatures', () => {
  const m = dfm([
    'security security security risk',
    'risk risk safety',
    'safety security',
    'safety threat',
  ]);

  it('ranks by total count, ties in code-point order', () => {
    expect(dfmTopFeatures(m, 3)).toEqual([
      { feature: 'security', count: 4, docfreq: 2 },
      { feature: 'risk', count: 3, docfreq: 2 },
      { feature: 'safety', count: 3, docfreq: 3 },
    ]);
  });

  it('ranks by document frequency when asked', () => {
    expect(dfmTopFeatures(m, 2, { by: 'docfreq' }).map((r) => r.feature)).toEqual(['safety', 'risk']);
  });

  it('returns everything with n = Infinity and nothing with n = 0', () => {
    expect(dfmTopFeatures(m, Infinity)).toHaveLength(4);
    expect(dfmTopFeatures(m, 0)).toEqual([]);
  });

  it('accepts the rows of a dfm as well as the dfm', () => {
    expect(dfmTopFeatures(m.rows, 1)).toEqual([{ feature: 'security', count: 4, docfreq: 2 }]);
    expect(dfmTopFeatures([], 5)).toEqual([]);
  });

  it('does not count a zero row as an occurrence in document frequency', () => {
    const selected = dfm(['security', 'safety'], { select: ['security', 'threat'] });
    expect(dfmTopFeatures(selected, 2)).toEqual([
      { feature: 'security', count: 1, docfreq: 1 },
      { feature: 'threat', count: 0, docfreq: 0 },
    ]);
  });

  it('rejects a bad n or by', () => {
    expect(() => dfmTopFeatures(m, -1)).toThrow(OptionError);
    expect(() => dfmTopFeatures(m, 2.5)).toThrow(OptionError);
    expect(() => dfmTopFeatures(m, 2, { by: 'tfidf' as never })).toThrow(OptionError);
  });
});
