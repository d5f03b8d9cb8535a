import { describe, it, expect } from 'vitest';
import { dfm, dfmDocFreq } from '../../src/stats/index.js';

// Fixture sentences are made up.
describe('dfmDocFreq', () => {
  it('counts the documents in which each feature occurs, in code-point order of features', () => {
    const m = dfm(['Security and security.', 'Safety and security.', 'Émigré safety.']);
    expect(dfmDocFreq(m)).toEqual([
      { feature: 'and', docfreq: 2 },
      { feature: 'safety', docfreq: 2 },
      { feature: 'security', docfreq: 2 },
      { feature: 'émigré', docfreq: 1 },
    ]);
  });

  it('ignores zero rows (selected terms that do not occur)', () => {
    const m = dfm(['Security first.', 'Safety first.'], { select: ['security', 'threat'] });
    expect(dfmDocFreq(m)).toEqual([
      { feature: 'security', docfreq: 1 },
      { feature: 'threat', docfreq: 0 },
    ]);
  });

  it('accepts plain rows and an empty input', () => {
    const rows = [
      { docId: 'a', feature: 'x', count: 2 },
      { docId: 'b', feature: 'x', count: 1 },
      { docId: 'b', feature: 'y', count: 1 },
    ];
    expect(dfmDocFreq(rows)).toEqual([{ feature: 'x', docfreq: 2 }, { feature: 'y', docfreq: 1 }]);
    expect(dfmDocFreq([])).toEqual([]);
  });
});
