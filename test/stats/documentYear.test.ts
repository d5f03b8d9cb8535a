import { describe, it, expect } from 'vitest';
import { documentYear } from '../../src/stats/index.js';

describe('documentYear', () => {
  it('reads meta.year as a number or a four-digit string', () => {
    expect(documentYear({ id: 'a', meta: { year: 2016 } })).toBe(2016);
    expect(documentYear({ id: 'a', meta: { year: ' 2017 ' } })).toBe(2017);
  });

  it('falls back to the leading year of meta.date', () => {
    expect(documentYear({ id: 'a', meta: { date: '2017-07-20' } })).toBe(2017);
    expect(documentYear({ id: 'a', meta: { date: '2025/08' } })).toBe(2025);
    expect(documentYear({ id: 'a', meta: { date: '2025' } })).toBe(2025);
    expect(documentYear({ id: 'a', meta: { year: 'n.d.', date: '2016-05-18' } })).toBe(2016);
  });

  it('gives null when neither is usable', () => {
    expect(documentYear({ id: 'a' })).toBeNull();
    expect(documentYear({ id: 'a', meta: { year: 'n.d.' } })).toBeNull();
    expect(documentYear({ id: 'a', meta: { year: 2017.5 } })).toBeNull();
    expect(documentYear({ id: 'a', meta: { date: '20 July 2017' } })).toBeNull();
    expect(documentYear({ id: 'a', meta: { date: '201707' } })).toBeNull();
  });
});
