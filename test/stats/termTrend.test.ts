import { describe, it, expect, beforeAll } from 'vitest';
import { termTrend, type CharacterTrendRow, type TrendRow } from '../../src/stats/index.js';
import { countDictionary } from '../../src/lexicon/countDictionary.js';
import { parseQuantedaYaml } from '../../src/lexicon/parseQuantedaYaml.js';
import { countTerms, countTokens } from '../../src/count/countTerms.js';
import { OptionError } from '../../src/errors.js';
import { describeCorpus } from '../support/shared.js';
import { loadCorpus, regexCount, type CorpusDocs } from './corpus.js';

// Fixture sentences are made up.
const docs = [
  { id: 'plan-2016', text: 'Development, development and innovation.', meta: { year: 2016 } }, // 4 tokens
  { id: 'plan-2017', text: 'Security and national security matter.', meta: { date: '2017-07-20' } }, // 5 tokens
  { id: 'note-2017', text: 'Security first.', meta: { year: '2017' } }, // 2 tokens
  { id: 'undated', text: 'Security, security, security.', meta: { year: 'n.d.' } },
];

describe('termTrend', () => {
  it('gives one row per period × term with counts, tokens and documents summed over the period', () => {
    const rows = termTrend(docs, ['security', 'development']);
    expect(rows).toEqual<TrendRow[]>([
      { period: 2016, term: 'development', count: 2, tokens: 4, per10k: 5000, documents: 1 },
      { period: 2016, term: 'security', count: 0, tokens: 4, per10k: 0, documents: 1 },
      { period: 2017, term: 'development', count: 0, tokens: 7, per10k: 0, documents: 2 },
      { period: 2017, term: 'security', count: 3, tokens: 7, per10k: (3 / 7) * 10_000, documents: 2 },
    ]);
  });

  it('reports documents without a year instead of dropping them silently', () => {
    const rows = termTrend(docs, ['security']);
    expect(rows.skipped).toEqual([{ docId: 'undated', reason: 'no year (meta.year or meta.date)' }]);
    expect(Object.keys(rows)).not.toContain('skipped');
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(3); // the undated document's 3 are not in the rows
  });

  it('gives the same result from count rows of countTerms as from the terms', () => {
    const terms = ['security', 'national security'];
    const fromTerms = termTrend(docs, terms, { nested: 'exclusive' });
    const fromRows = termTrend(docs, countTerms(docs, terms, { nested: 'exclusive' }));
    expect(fromRows).toEqual(fromTerms);
    expect(fromTerms.find((r) => r.period === 2017 && r.term === 'security')!.count).toBe(2);
  });

  it("accepts dictionary rows (category instead of term) through the same accessor", () => {
    const dictionaryRows = [
      { docId: 'plan-2016', category: 'economy', count: 3, tokens: 4, per10k: 7500 },
      { docId: 'plan-2017', category: 'security', count: 2, tokens: 5, per10k: 4000 },
      { docId: 'note-2017', category: 'security', count: 1, tokens: 2, per10k: 5000 },
    ];
    const rows = termTrend(docs, dictionaryRows);
    expect(rows.map((r) => [r.period, r.term, r.count, r.tokens, r.documents])).toEqual([
      [2016, 'economy', 3, 4, 1],
      [2016, 'security', 0, 4, 1],
      [2017, 'economy', 0, 7, 2],
      [2017, 'security', 3, 7, 2],
    ]);
    expect(rows.skipped).toEqual([
      { docId: 'undated', reason: 'no year (meta.year or meta.date)' },
      { docId: 'undated', reason: 'no count rows for this document' },
    ]);
  });

  it('takes a label accessor for other rows, and reports rows of unknown documents', () => {
    const rows = termTrend(docs, [
      { docId: 'plan-2016', theme: 'growth', count: 1, tokens: 4 },
      { docId: 'ghost', theme: 'growth', count: 9, tokens: 9 },
      { docId: 'plan-2017', theme: 'growth', count: 0, tokens: 5 },
      { docId: 'note-2017', theme: 'growth', count: 0, tokens: 2 },
    ], { label: (row) => row.theme });
    expect(rows.map((r) => [r.period, r.count, r.tokens])).toEqual([[2016, 1, 4], [2017, 0, 7]]);
    expect(rows.skipped).toContainEqual({ docId: 'ghost', reason: 'count rows for a document not given' });
  });

  it('groups by another docvar or a function', () => {
    const withCountry = docs.map((d, i) => ({ ...d, meta: { ...d.meta, country: i % 2 === 0 ? 'CN' : 'US' } }));
    const byCountry = termTrend(withCountry, ['security'], { by: 'country' });
    expect(byCountry.map((r) => [r.period, r.count, r.documents])).toEqual([['CN', 1, 2], ['US', 5, 2]]);
    const byLength = termTrend(docs, ['security'], { by: (doc) => (doc.id.startsWith('plan') ? 'plan' : null) });
    expect(byLength.map((r) => r.period)).toEqual(['plan']);
    expect(byLength.skipped.map((s) => s.docId)).toEqual(['note-2017', 'undated']);
  });

  it('rejects mixed terms and rows, rows without a label, and a bad "by"', () => {
    const row = { docId: 'plan-2016', term: 'x', count: 0, tokens: 4 };
    expect(() => termTrend(docs, ['security', row] as never)).toThrow(OptionError);
    expect(() => termTrend(docs, [{ docId: 'plan-2016', count: 1, tokens: 4 }] as never)).toThrow(OptionError);
    expect(() => termTrend(docs, ['security'], { by: '' })).toThrow(OptionError);
  });

  it('returns no rows for no documents', () => {
    expect(termTrend([], ['security'])).toEqual([]);
    expect(termTrend([], ['security'], { per: 'characters' })).toEqual([]);
  });

  it('gives rates per 10,000 characters with per: characters', () => {
    // Letters and digits, by hand: 11 + 11 + 3 + 10 = 35 in 2016; 8 + 3 + 8 + 8 + 6 = 33 and 8 + 5 = 13 in 2017.
    const rows = termTrend(docs, ['security', 'development'], { per: 'characters' });
    expect(rows).toEqual<CharacterTrendRow[]>([
      { period: 2016, term: 'development', count: 2, tokens: null, characters: 35, per10k: (2 / 35) * 10_000, documents: 1 },
      { period: 2016, term: 'security', count: 0, tokens: null, characters: 35, per10k: 0, documents: 1 },
      { period: 2017, term: 'development', count: 0, tokens: null, characters: 46, per10k: 0, documents: 2 },
      { period: 2017, term: 'security', count: 3, tokens: null, characters: 46, per10k: (3 / 46) * 10_000, documents: 2 },
    ]);
    expect(rows.provenance.options).toMatchObject({ from: 'terms', per: 'characters' });
    expect(termTrend(docs, ['security']).provenance.options).not.toHaveProperty('per');
  });

  it('takes the rate base from count rows per character, of countTerms and countDictionary', () => {
    const terms = ['security', 'development'];
    const fromTerms = termTrend(docs, terms, { per: 'characters' });
    expect(termTrend(docs, countTerms(docs, terms, { per: 'characters' })).map((r) => ({ ...r }))).toEqual(fromTerms.map((r) => ({ ...r })));
    const dictionary = parseQuantedaYaml('security:\n  - security\ndevelopment:\n  - development\n', 'fixture.yml');
    const fromDictionary = termTrend(docs, countDictionary(docs, dictionary, { per: 'characters' }));
    expect(fromDictionary.map((r) => ({ ...r }))).toEqual(fromTerms.map((r) => ({ ...r })));
  });

  it('rejects rows per token mixed with rows per character, and a per that the rows contradict', () => {
    const perToken = countTerms(docs, ['security']);
    const perCharacter = countTerms(docs, ['security'], { per: 'characters' });
    expect(() => termTrend(docs, [perToken[0]!, perCharacter[1]!])).toThrow(/per token and per character are mixed \(document "plan-2017"\)/u);
    expect(() => termTrend(docs, perCharacter, { per: 'tokens' })).toThrow(OptionError);
    expect(() => termTrend(docs, perToken, { per: 'characters' })).toThrow(/the count rows are per token, not per character/u);
    expect(() => termTrend(docs, ['security'], { per: 'words' as never })).toThrow(OptionError);
  });
});

describeCorpus('termTrend on the shared corpus', () => {
  let corpus: CorpusDocs;
  beforeAll(async () => {
    corpus = await loadCorpus();
  });

  it('gives the rate of "security" in 2017 and 2025 from the English texts', () => {
    const rows = termTrend([corpus.plan2017, corpus.china2025, corpus.us2025], ['security']);
    expect(rows.skipped).toEqual([]);
    const [y2017, y2025] = rows;
    expect(y2017).toMatchObject({ period: 2017, count: regexCount(corpus.plan2017.text, 'security'), documents: 1 });
    expect(y2017!.tokens).toBe(countTokens(corpus.plan2017));
    const tokens2025 = countTokens(corpus.china2025) + countTokens(corpus.us2025);
    const count2025 = regexCount(corpus.china2025.text, 'security') + regexCount(corpus.us2025.text, 'security');
    expect(y2025).toMatchObject({ period: 2025, count: count2025, tokens: tokens2025, documents: 2 });
    expect(y2025!.per10k).toBeCloseTo((count2025 / tokens2025) * 10_000, 9);
  });

  it('counts 安全 in the Chinese excerpts (year 2017) as SOURCES.md states, and skips the undated one', () => {
    const rows = termTrend([corpus.zhExcerpts, corpus.zhHant], ['安全', '国家安全']);
    expect(rows.map((r) => [r.period, r.term, r.count])).toEqual([[2017, '国家安全', 4], [2017, '安全', 5]]);
    expect(rows.skipped).toEqual([{ docId: 'zh-hant-2017', reason: 'no year (meta.year or meta.date)' }]);
  });

  it('gives 安全 per 10,000 characters, the Chinese convention, with the characters counted independently', () => {
    const hant = { ...corpus.zhHant, meta: { year: 2017 } };
    const rows = termTrend([corpus.zhExcerpts, hant], ['安全'], { per: 'characters' });
    const characters = (text: string): number => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
    const total = characters(corpus.zhExcerpts.text) + characters(hant.text);
    // 安全 is written alike in both scripts: a plain substring count is an independent count.
    const count = corpus.zhExcerpts.text.split('安全').length - 1 + (hant.text.split('安全').length - 1);
    expect(count).toBe(7);
    expect(rows).toEqual([{ period: 2017, term: '安全', count, tokens: null, characters: total, per10k: (count / total) * 10_000, documents: 2 }]);
  });
});
