import { describe, it, expect, beforeAll } from 'vitest';
import { rollup, sum } from 'd3-array';
import { dfm, type Dfm } from '../../src/stats/index.js';
import { countTerms, countTokens } from '../../src/count/countTerms.js';
import { createDocument, type Document } from '../../src/text/document.js';
import { normalizeText } from '../../src/text/normalize.js';
import { OptionError, PatternError } from '../../src/errors.js';
import { describeCorpus } from '../support/shared.js';
import { loadCorpus, regexCount, type CorpusDocs } from './corpus.js';

// All fixture sentences are made up for these tests.
const countsOf = (m: Dfm, docId: string): Record<string, number> =>
  Object.fromEntries(m.rows.filter((r) => r.docId === docId).map((r) => [r.feature, r.count]));

describe('dfm', () => {
  it('counts word and number tokens per document, in matching form', () => {
    const m = dfm([{ id: 'a', text: 'Security, SECURITY and ｓｅｃｕｒｉｔｙ in 2017.' }]);
    expect(countsOf(m, 'a')).toEqual({ security: 3, and: 1, in: 1, '2017': 1 });
    expect(m.totals).toEqual([{ docId: 'a', tokens: 6 }]);
  });

  it('folds traditional Chinese into simplified features', () => {
    const m = dfm([{ id: 'zh', text: '維護和平。维护和平。' }]);
    expect(countsOf(m, 'zh')['维护']).toBe(2);
    expect(m.rows.some((r) => r.feature.includes('維'))).toBe(false);
  });

  it("makes a document's counts sum to its tokens, which equal countTokens", () => {
    const text = 'We must safeguard national security in the new era, and we will.';
    const m = dfm([text]);
    // Independent count: runs of letters (the sentence has no numbers, hyphens or apostrophes).
    const words = text.match(/\p{L}+/gu)!.length;
    expect(m.totals[0]!.tokens).toBe(words);
    expect(m.totals[0]!.tokens).toBe(countTokens(createDocument(text)));
    expect(sum(m.rows, (r) => r.count)).toBe(words);
  });

  it('orders rows by input document order, then features in code-point order (not locale)', () => {
    const m = dfm([
      { id: 'second', text: 'zebra émigré apple' },
      { id: 'first', text: 'Beta alpha' },
    ]);
    expect(m.rows.map((r) => `${r.docId}:${r.feature}`)).toEqual([
      'second:apple',
      'second:zebra',
      'second:émigré', // U+00E9 sorts after z by code point; a locale collation would put it first
      'first:alpha',
      'first:beta',
    ]);
    expect(m.totals.map((t) => t.docId)).toEqual(['second', 'first']);
  });

  it('removes stopwords compared in matching form, keeping the denominators', () => {
    const m = dfm([{ id: 'a', text: 'The security of the nation and THE people.' }], { remove: ['THE', 'Of', 'and'] });
    expect(countsOf(m, 'a')).toEqual({ security: 1, nation: 1, people: 1 });
    expect(m.totals[0]!.tokens).toBe(8);
  });

  it('drops features whose count over all documents is below minCount', () => {
    const m = dfm(['security safety', 'security risk security'], { minCount: 2 });
    expect(m.rows).toEqual([
      { docId: 'text1', feature: 'security', count: 1 },
      { docId: 'text2', feature: 'security', count: 2 },
    ]);
    expect(m.totals.map((t) => t.tokens)).toEqual([2, 3]);
  });

  it('counts selected terms with countTerms, zeros included, nested option passed through', () => {
    const docs = ['National security and cyber security.', 'Safety first.'];
    const select = ['security', 'national security', 'safety'];
    const m = dfm(docs, { select, nested: 'exclusive' });
    const expected = countTerms(docs, select, { nested: 'exclusive' });
    for (const row of expected) expect(countsOf(m, row.docId)[row.term]).toBe(row.count);
    expect(countsOf(m, 'text1')).toEqual({ 'national security': 1, safety: 0, security: 1 });
    expect(countsOf(dfm(docs, { select }), 'text1').security).toBe(2);
    expect(m.rows).toHaveLength(6);
  });

  it('returns empty rows and totals for no documents', () => {
    const m = dfm([]);
    expect(m.rows).toEqual([]);
    expect(m.totals).toEqual([]);
  });

  it('carries provenance on the result, its rows and its totals', () => {
    const m = dfm(['Security.'], { remove: ['the'], minCount: 1 });
    expect(m.provenance.options).toMatchObject({ features: 'tokens', remove: ['the'], minCount: 1 });
    expect(m.rows.provenance.options).toEqual(m.provenance.options);
    expect(m.totals.provenance.library).toBe('securitization');
    expect(Object.keys(m.rows)).toEqual(['0']); // provenance is not enumerable
  });

  it('is deterministic: same input, same rows', () => {
    const docs = ['b a c a', 'c c b'];
    expect(JSON.stringify(dfm(docs).rows)).toBe(JSON.stringify(dfm([...docs]).rows));
  });

  it('rejects bad options with typed errors', () => {
    expect(() => dfm(['x y'], { minCount: -1 })).toThrow(OptionError);
    expect(() => dfm(['x y'], { minCount: 1.5 })).toThrow(OptionError);
    expect(() => dfm(['x y'], { select: ['security'], nested: 'partial' as never })).toThrow(OptionError);
    expect(() => dfm(['x y'], { select: [''] })).toThrow(PatternError);
  });
});

describeCorpus('dfm on the shared corpus', () => {
  let corpus: CorpusDocs;
  let docs: Document[];
  let m: Dfm;
  beforeAll(async () => {
    corpus = await loadCorpus();
    docs = [corpus.plan2017, corpus.china2025, corpus.us2025, corpus.zhExcerpts, corpus.zhHant];
    m = dfm(docs);
  });

  it('gives totals equal to countTokens and per-document counts that sum to them', () => {
    expect(m.totals.map((t) => t.docId)).toEqual(docs.map((d) => d.id));
    const sums = rollup(m.rows, (v) => sum(v, (r) => r.count), (r) => r.docId);
    for (const doc of docs) {
      const tokens = countTokens(doc);
      expect(m.totals.find((t) => t.docId === doc.id)!.tokens).toBe(tokens);
      expect(sums.get(doc.id)).toBe(tokens);
    }
  });

  it('counts English words as a plain whole-word regular expression does', () => {
    const checks: [Document, string[]][] = [
      [corpus.plan2017, ['security', 'safety', 'national', 'military', 'defense']],
      [corpus.us2025, ['security', 'national', 'federal', 'american', 'military']],
    ];
    for (const [doc, words] of checks) {
      const counts = countsOf(m, doc.id);
      for (const word of words) expect([word, counts[word] ?? 0]).toEqual([word, regexCount(doc.text, word)]);
    }
  });

  it('has only simplified, normalized features for the Chinese texts', () => {
    const zh = m.rows.filter((r) => r.docId === 'zh-hant-2017' || r.docId === 'zh-2017');
    expect(zh.length).toBeGreaterThan(50);
    for (const row of zh) expect(normalizeText(row.feature).text).toBe(row.feature);
    // 國 (traditional) never survives: it is 国 in every feature.
    expect(zh.some((r) => r.feature.includes('國'))).toBe(false);
    expect(corpus.zhHant.text.includes('國')).toBe(true);
  });
});
