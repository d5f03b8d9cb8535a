import { describe, it, expect } from 'vitest';
import { csvParse } from 'd3-dsv';
import { dfm, dfmToCsv } from '../../src/stats/index.js';

// Fixture sentences are made up.
describe('dfmToCsv', () => {
  it('writes docId, feature, count and the document tokens, one line per row', () => {
    const csv = dfmToCsv(dfm([{ id: 'a', text: 'Security, security.' }, { id: 'b', text: 'Safety first.' }]));
    expect(csv).toBe('docId,feature,count,tokens\na,security,2,2\nb,first,1,2\nb,safety,1,2');
  });

  it('quotes features with commas or quotes, so that parsing gives them back', () => {
    const m = dfm([{ id: 'q', text: 'security' }]);
    const tricky = { ...m, rows: Object.assign([{ docId: 'q', feature: 'a,"b"', count: 1 }], { provenance: m.provenance }) };
    const parsed = csvParse(dfmToCsv(tricky));
    expect(parsed[0]).toEqual({ docId: 'q', feature: 'a,"b"', count: '1', tokens: '1' });
  });

  it('writes only the header for an empty dfm', () => {
    expect(dfmToCsv(dfm([]))).toBe('docId,feature,count,tokens');
  });
});
