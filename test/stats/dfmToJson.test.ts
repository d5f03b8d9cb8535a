import { describe, it, expect } from 'vitest';
import { dfm, dfmToJson } from '../../src/stats/index.js';

// Fixture sentences are made up.
describe('dfmToJson', () => {
  it('writes provenance, totals and rows as plain data', () => {
    const m = dfm([{ id: 'a', text: 'Security first.' }], { remove: ['first'] });
    const parsed = JSON.parse(dfmToJson(m));
    expect(Object.keys(parsed)).toEqual(['provenance', 'totals', 'rows']);
    expect(parsed.rows).toEqual([{ docId: 'a', feature: 'security', count: 1 }]);
    expect(parsed.totals).toEqual([{ docId: 'a', tokens: 2 }]);
    expect(parsed.provenance.options).toEqual({ features: 'tokens', remove: ['first'], minCount: 0 });
  });

  it('indents by two spaces unless told otherwise', () => {
    const m = dfm(['Security.']);
    expect(dfmToJson(m)).toContain('\n  "provenance"');
    expect(dfmToJson(m, 0)).not.toContain('\n');
  });
});
