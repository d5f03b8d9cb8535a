// The dfm family with rates per character (`per: 'characters'`): dfm's totals, dfmWeight,
// dfmGroup, dfmToCsv and the refusal of keyness. Counts are checked by hand on made-up text and
// against independent counts (a regular expression over letters and digits, substring counts) on
// the Chinese texts of the corpus.
import { describe, it, expect, beforeAll } from 'vitest';
import { csvParse } from 'd3-dsv';
import { dfm, dfmGroup, dfmRateBase, dfmToCsv, dfmWeight, textstatKeyness, type CharacterDfmTotal, type Dfm } from '../../src/stats/index.js';
import { ValidationError } from '../../src/errors.js';
import { withProvenance } from '../../src/provenance.js';
import { describeCorpus } from '../support/shared.js';
import { loadCorpus, type CorpusDocs } from './corpus.js';

const letters = (text: string): number => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

// Made up. Letters and digits: a = 8 + 3 + 8 = 19; b = 4 (维护国家) + 4 (国家安全) = 8; c = 0.
const docs = [
  { id: 'a', text: 'Security and security.', meta: { group: 'en' } },
  { id: 'b', text: '维护国家，国家安全。', meta: { group: 'zh' } },
  { id: 'c', text: '……', lang: 'zh', meta: { group: 'zh' } },
];

describe('dfm per character', () => {
  it('gives the same rows as per token, and totals of letters and digits with tokens null', () => {
    const perCharacter = dfm(docs, { per: 'characters' });
    expect(perCharacter.rows).toEqual(dfm(docs).rows);
    expect(perCharacter.totals).toEqual<CharacterDfmTotal[]>([
      { docId: 'a', tokens: null, characters: 19 },
      { docId: 'b', tokens: null, characters: 8 },
      { docId: 'c', tokens: null, characters: 0 },
    ]);
    expect(perCharacter.provenance.options).toMatchObject({ per: 'characters' });
    expect(dfm(docs).provenance.options).not.toHaveProperty('per');
    expect(dfmRateBase(perCharacter)).toBe('characters');
    expect(dfmRateBase(dfm(docs))).toBe('tokens');
  });

  it('weights by characters: security 2 / 19, 国家 2 / 8, null for a document without letters', () => {
    const select = dfm(docs, { select: ['security', '国家'], per: 'characters' });
    const rates = Object.fromEntries(dfmWeight(select, 'per10k').map((r) => [`${r.docId} ${r.feature}`, r.rate]));
    expect(rates).toEqual({
      'a security': (2 / 19) * 10_000,
      'a 国家': 0,
      'b security': 0,
      'b 国家': (2 / 8) * 10_000,
      'c security': null,
      'c 国家': null,
    });
  });

  it('groups by summing characters', () => {
    const grouped = dfmGroup(dfm(docs, { select: ['国家'], per: 'characters' }), docs, 'group');
    expect(grouped.map((r) => ({ ...r }))).toEqual([
      { group: 'en', feature: '国家', count: 0, tokens: null, characters: 19, per10k: 0 },
      { group: 'zh', feature: '国家', count: 2, tokens: null, characters: 8, per10k: (2 / 8) * 10_000 },
    ]);
  });

  it('writes CSV with a characters column and tokens left empty', () => {
    const csv = csvParse(dfmToCsv(dfm(docs, { select: ['security'], per: 'characters' })));
    expect(csv.columns).toEqual(['docId', 'feature', 'count', 'tokens', 'characters']);
    expect(csv.map((r) => ({ ...r }))).toEqual([
      { docId: 'a', feature: 'security', count: '2', tokens: '', characters: '19' },
      { docId: 'b', feature: 'security', count: '0', tokens: '', characters: '8' },
      { docId: 'c', feature: 'security', count: '0', tokens: '', characters: '0' },
    ]);
  });

  it('is refused by keyness, which compares token counts, and when totals mix tokens and characters', () => {
    const perCharacter = dfm(docs, { per: 'characters' });
    expect(() => textstatKeyness(perCharacter as unknown as Dfm, dfm(docs))).toThrow(/target.*per character/su);
    expect(() => textstatKeyness(dfm(docs), perCharacter as unknown as Dfm)).toThrow(ValidationError);
    const mixed = { ...perCharacter, totals: withProvenance([...perCharacter.totals.slice(1), { docId: 'a', tokens: 3 }], {}) } as unknown as Dfm;
    expect(() => dfmWeight(mixed)).toThrow(/some totals are tokens and others characters/u);
    expect(() => dfmGroup(mixed, docs, 'group')).toThrow(ValidationError);
  });
});

describeCorpus('dfm per character on the Chinese texts of the corpus', () => {
  let corpus: CorpusDocs;
  beforeAll(async () => {
    corpus = await loadCorpus();
  });

  it('counts 安全 and 国家安全 as substrings and divides by the letters and digits a regular expression finds', () => {
    const texts = [corpus.zhExcerpts, corpus.zhHant];
    const matrix = dfm(texts, { select: ['安全', '国家安全'], per: 'characters' });
    expect(matrix.totals.map((t) => t.characters)).toEqual(texts.map((d) => letters(d.text)));
    const substring = (text: string, s: string): number => text.split(s).length - 1;
    const hant = corpus.zhHant.text.replaceAll('國家安全', '国家安全');
    const expected = {
      'zh-2017 安全': substring(corpus.zhExcerpts.text, '安全'),
      'zh-2017 国家安全': substring(corpus.zhExcerpts.text, '国家安全'),
      'zh-hant-2017 安全': substring(hant, '安全'),
      'zh-hant-2017 国家安全': substring(hant, '国家安全'),
    };
    expect(expected).toEqual({ 'zh-2017 安全': 5, 'zh-2017 国家安全': 4, 'zh-hant-2017 安全': 2, 'zh-hant-2017 国家安全': 2 });
    const rates = dfmWeight(matrix, 'per10k');
    for (const row of rates) {
      const key = `${row.docId} ${row.feature}` as keyof typeof expected;
      const size = letters(texts.find((d) => d.id === row.docId)!.text);
      expect([key, row.count, row.rate]).toEqual([key, expected[key], (expected[key] / size) * 10_000]);
    }
  });
});
