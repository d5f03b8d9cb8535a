import { describe, it, expect, beforeAll } from 'vitest';
import { rollup, sum } from 'd3-array';
import { dfm, dfmGroup, type Dfm } from '../../src/stats/index.js';
import { countTokens } from '../../src/count/countTerms.js';
import type { Document } from '../../src/text/document.js';
import { DocumentError, OptionError } from '../../src/errors.js';
import { describeCorpus } from '../support/shared.js';
import { loadCorpus, regexCount, type CorpusDocs } from './corpus.js';

// Fixture sentences are made up.
const docs = [
  { id: 'cn1', text: 'Security and development.', meta: { country: 'CN', year: 2017 } },
  { id: 'cn2', text: 'Security, security first.', meta: { country: 'CN', year: 2025 } },
  { id: 'us1', text: 'Innovation and security.', meta: { country: 'US', year: 2025 } },
  { id: 'x1', text: 'Safety.', meta: { year: 2016 } },
];

describe('dfmGroup', () => {
  const m = dfm(docs);

  it('sums counts and tokens over the documents of each group', () => {
    const rows = dfmGroup(m, docs, 'country');
    const cn = rows.find((r) => r.group === 'CN' && r.feature === 'security')!;
    expect(cn).toEqual({ group: 'CN', feature: 'security', count: 3, tokens: 6, per10k: 5000 });
    expect(rows.find((r) => r.group === 'US' && r.feature === 'security')).toEqual({
      group: 'US', feature: 'security', count: 1, tokens: 3, per10k: (1 / 3) * 10_000,
    });
  });

  it('includes zero counts so that every group has every feature', () => {
    const rows = dfmGroup(m, docs, 'country');
    expect(rows.find((r) => r.group === 'US' && r.feature === 'first')).toMatchObject({ count: 0, per10k: 0 });
    const features = new Set(m.rows.map((r) => r.feature));
    expect(rows).toHaveLength(3 * features.size); // CN, US, null
  });

  it('puts documents lacking the docvar in group null and reports them', () => {
    const rows = dfmGroup(m, docs, 'country');
    expect(rows.find((r) => r.group === null && r.feature === 'safety')).toMatchObject({ count: 1, tokens: 1 });
    expect(rows.ungrouped).toEqual([{ docId: 'x1', reason: 'no docvar "country"' }]);
    expect(Object.keys(rows)).not.toContain('ungrouped');
  });

  it('sorts groups (numbers numerically, null last), then features in code-point order', () => {
    const rows = dfmGroup(m, docs, 'year');
    expect([...new Set(rows.map((r) => r.group))]).toEqual([2016, 2017, 2025]);
    const features = rows.filter((r) => r.group === 2016).map((r) => r.feature);
    expect(features).toEqual([...features].sort());
    expect(dfmGroup(m, docs, 'country').at(-1)!.group).toBeNull();
  });

  it('keeps the grand totals: counts and tokens over all groups equal those of the dfm', () => {
    const rows = dfmGroup(m, docs, 'country');
    expect(sum(rows, (r) => r.count)).toBe(sum(m.rows, (r) => r.count));
    const groupTokens = rollup(rows, (v) => v[0]!.tokens, (r) => r.group);
    expect(sum(groupTokens.values())).toBe(sum(m.totals, (t) => t.tokens));
  });

  it('groups by a function of the document, and reads docvars from a Map', () => {
    const byDecade = dfmGroup(m, docs, (doc) => (typeof doc.meta?.year === 'number' ? `${Math.floor(doc.meta.year / 10)}0s` : null));
    expect([...new Set(byDecade.map((r) => r.group))]).toEqual(['2010s', '2020s']);
    const lookup = new Map([['cn1', { bloc: 'A' }], ['cn2', { bloc: 'A' }], ['us1', { bloc: 'B' }]]);
    const rows = dfmGroup(m, lookup, 'bloc');
    expect(rows.find((r) => r.group === 'A' && r.feature === 'security')!.count).toBe(3);
    expect(rows.ungrouped).toEqual([{ docId: 'x1', reason: 'not in the docvars' }]);
  });

  it('rejects a bad "by" and duplicate docvars', () => {
    expect(() => dfmGroup(m, docs, '')).toThrow(OptionError);
    expect(() => dfmGroup(m, docs, 3 as never)).toThrow(OptionError);
    expect(() => dfmGroup(m, [...docs, docs[0]!], 'country')).toThrow(DocumentError);
  });

  it('returns no rows for an empty dfm', () => {
    expect(dfmGroup(dfm([]), [], 'country')).toEqual([]);
  });
});

describeCorpus('dfmGroup on the shared corpus', () => {
  let corpus: CorpusDocs;
  let docs: Document[];
  let m: Dfm;
  beforeAll(async () => {
    corpus = await loadCorpus();
    docs = [corpus.plan2017, corpus.china2025, corpus.us2025];
    m = dfm(docs);
  });

  it('groups the three English texts by country', () => {
    const rows = dfmGroup(m, docs, 'country');
    expect(rows.ungrouped).toEqual([]);
    const cnTokens = countTokens(corpus.plan2017) + countTokens(corpus.china2025);
    const cn = rows.find((r) => r.group === 'CN' && r.feature === 'security')!;
    expect(cn.tokens).toBe(cnTokens);
    expect(cn.count).toBe(regexCount(corpus.plan2017.text, 'security') + regexCount(corpus.china2025.text, 'security'));
    const us = rows.find((r) => r.group === 'US' && r.feature === 'security')!;
    expect(us.count).toBe(regexCount(corpus.us2025.text, 'security'));
    expect(us.per10k).toBeCloseTo((us.count / countTokens(corpus.us2025)) * 10_000, 9);
  });

  it('groups by year, reading the year of meta.date and a year written as a string', () => {
    const rows = dfmGroup(m, docs, 'year');
    expect([...new Set(rows.map((r) => r.group))]).toEqual([2017, 2025]);
    const y2025 = rows.find((r) => r.group === 2025 && r.feature === 'american')!;
    expect(y2025.tokens).toBe(countTokens(corpus.china2025) + countTokens(corpus.us2025));
    expect(y2025.count).toBe(regexCount(corpus.us2025.text, 'american') + regexCount(corpus.china2025.text, 'american'));
  });
});
