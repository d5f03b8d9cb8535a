import { describe, it, expect } from 'vitest';
import { countTerms } from '../../src/count/countTerms.js';
import { DocumentError, OptionError, PatternError } from '../../src/errors.js';
import { VERSION } from '../../src/version.js';

// Made-up texts; counts and token totals are counted by hand.
const english = 'National security, in 2017, mattered: 3 plans! Cyber-security and cybersecurity are security too.';
// Tokens counted: National security in 2017 mattered 3 plans (7) + Cyber-security and cybersecurity
// are security too (6: wink keeps "Cyber-security" whole) = 13; the 6 punctuation marks do not count.
const chinese = '国家，安全。2017！'; // 国家 安全 2017 = 3 tokens; ，。！ do not count

describe('countTerms', () => {
  it('gives one tidy row per document × term, zero counts included, documents then terms in order', () => {
    const rows = countTerms([{ id: 'en', text: english }, { id: 'zh', text: chinese }], ['security', '安全', 'defence']);
    expect(rows.map((r) => [r.docId, r.term, r.count, r.tokens])).toEqual([
      ['en', 'security', 3, 13],
      ['en', '安全', 0, 13],
      ['en', 'defence', 0, 13],
      ['zh', 'security', 0, 3],
      ['zh', '安全', 1, 3],
      ['zh', 'defence', 0, 3],
    ]);
  });

  it('computes per10k as count / tokens × 10,000', () => {
    const [row] = countTerms([{ id: 'en', text: english }], ['security']);
    expect(row).toEqual({ docId: 'en', term: 'security', count: 3, tokens: 13, per10k: (3 / 13) * 10_000 });
    expect(countTerms([{ id: 'zh', text: chinese }], ['安全'])[0]!.per10k).toBeCloseTo(3333.333, 3);
  });

  it('gives per10k null for a document without countable tokens', () => {
    expect(countTerms([{ id: 'dots', text: '... !!! ？', lang: 'en' }], ['security'])).toEqual([
      { docId: 'dots', term: 'security', count: 0, tokens: 0, per10k: null },
    ]);
  });

  it('counts simplified and traditional texts the same', () => {
    const terms = ['国家安全', '网络安全', '安全', { label: 'trad', pattern: '國家安全 | 網絡安全' }];
    const simplified = countTerms([{ id: 'd', text: '维护国家安全和网络安全' }], terms);
    const traditional = countTerms([{ id: 'd', text: '維護國家安全和網絡安全' }], terms);
    expect(simplified.map((r) => r.count)).toEqual([1, 1, 2, 2]);
    expect(traditional.map((r) => r.count)).toEqual(simplified.map((r) => r.count));
  });

  it('counts nested terms inclusively by default and exclusively on request', () => {
    const text = 'National security is national security; security alone. Cyber security too.';
    const terms = ['security', 'national security', { label: 'cyber', pattern: 'cyber security | cybersecurity' }];
    expect(countTerms([text], terms).map((r) => r.count)).toEqual([4, 2, 1]);
    expect(countTerms([text], terms, { nested: 'exclusive' }).map((r) => r.count)).toEqual([1, 2, 1]);
  });

  it('counts variants of one term once per place', () => {
    const text = 'cyber security, cyber-security, cybersecurity; defense, defence.';
    const rows = countTerms([text], [
      { label: 'cyber', pattern: 'cyber security | cyber-security | cybersecurity | security' },
      { label: 'defence', pattern: 'defense | defence | defen?e' },
    ]);
    expect(rows.map((r) => r.count)).toEqual([3, 2]);
  });

  it('counts 150,000 hits of a word, a glob and a variant pattern (no call-stack overflow)', () => {
    const text = 'ab '.repeat(150_000);
    const rows = countTerms([{ id: 'many', text, lang: 'en' }], ['ab', 'a*', { label: 'v', pattern: 'ab | zz' }], { nested: 'exclusive' });
    expect(rows.map((r) => r.count)).toEqual([150_000, 0, 0]);
    expect(countTerms([{ id: 'many', text, lang: 'en' }], ['a*', { label: 'v', pattern: 'ab | zz' }]).map((r) => r.count)).toEqual([150_000, 150_000]);
  });

  it('takes a bare string as one document', () => {
    expect(countTerms('National security.' as unknown as string[], ['security']).map((r) => [r.docId, r.count])).toEqual([['text1', 1]]);
  });

  it('gives the same JSON on every run', () => {
    const run = (): string => JSON.stringify(countTerms([english, chinese], ['security', '安全', 'secur*'], { nested: 'exclusive' }));
    expect(run()).toBe(run());
  });

  it('carries provenance: library, version, tokenizers and the options with defaults filled in', () => {
    const rows = countTerms([english], ['security']);
    expect(rows.provenance).toMatchObject({
      library: 'securitization',
      version: VERSION,
      tokenizer: expect.stringMatching(/^wink-nlp@/),
      model: expect.stringMatching(/^wink-eng-lite-web-model@/),
      segmenter: expect.stringContaining('Intl.Segmenter'),
      options: { nested: 'inclusive' },
    });
    expect(Object.keys(rows[0]!)).toEqual(['docId', 'term', 'count', 'tokens', 'per10k']);
    expect(countTerms([english], ['security'], { nested: 'exclusive' }).provenance.options).toEqual({ nested: 'exclusive' });
  });

  it('returns no rows for no documents or no terms', () => {
    expect(countTerms([], ['security'])).toEqual([]);
    expect(countTerms([english], [])).toEqual([]);
  });

  it('rejects a bad nested option, duplicate document ids and duplicate term labels', () => {
    expect(() => countTerms([english], ['security'], { nested: 'longest' as never })).toThrow(OptionError);
    expect(() => countTerms([{ id: 'a', text: english }, { id: 'a', text: chinese }], ['security'])).toThrow(DocumentError);
    expect(() => countTerms([english], ['security', { label: 'security', pattern: 'secur*' }])).toThrow(PatternError);
  });
});
