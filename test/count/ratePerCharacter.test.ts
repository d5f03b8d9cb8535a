import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { countTerms } from '../../src/count/countTerms.js';
import { countCorpus } from '../../src/count/countCorpus.js';
import { toRows } from '../../src/count/termCounts.js';
import { checkRateBase } from '../../src/count/rateBase.js';
import { OptionError } from '../../src/errors.js';
import { loadDocument } from '../../src/node/loadDocuments.js';
import { simplifyChinese } from '../../src/text/simplifyChinese.js';
import { corpusFile, describeCorpus } from '../support/shared.js';

// Made-up texts; characters (letters and digits) are counted by hand in the comments.
const english = 'National security and cyber security.'; // 8 + 8 + 3 + 5 + 8 = 32 characters
const simplified = '维护国家安全和网络安全。'; // 11 characters; 安全 twice, 国家安全 once
const traditional = '維護國家安全和網絡安全。'; // the same in traditional script

describe("countTerms with per: 'characters'", () => {
  it('gives rows with characters, tokens null, and per10k per 10,000 characters', () => {
    const rows = countTerms([{ id: 'en', text: english }, { id: 'zh', text: simplified }], ['security', '安全'], { per: 'characters' });
    expect(rows).toEqual([
      { docId: 'en', term: 'security', count: 2, tokens: null, characters: 32, per10k: 625 },
      { docId: 'en', term: '安全', count: 0, tokens: null, characters: 32, per10k: 0 },
      { docId: 'zh', term: 'security', count: 0, tokens: null, characters: 11, per10k: 0 },
      { docId: 'zh', term: '安全', count: 2, tokens: null, characters: 11, per10k: (2 / 11) * 10_000 },
    ]);
    // The columns in this order, in JSON as in CSV.
    expect(Object.keys(rows[0]!)).toEqual(['docId', 'term', 'count', 'tokens', 'characters', 'per10k']);
  });

  it('counts traditional and simplified texts the same', () => {
    const terms = ['安全', '国家安全', { label: 'trad', pattern: '網絡安全' }];
    const a = countTerms([{ id: 'd', text: simplified }], terms, { per: 'characters' });
    const b = countTerms([{ id: 'd', text: traditional }], terms, { per: 'characters' });
    expect(b).toEqual(a);
    expect(a.map((r) => [r.count, r.characters])).toEqual([
      [2, 11],
      [1, 11],
      [1, 11],
    ]);
  });

  it('counts characters of the original text: a decomposed é and full-width letters once each', () => {
    // "Café ＳＥＣＵＲＩＴＹ" with a combining acute: C a f e (4) + S E C U R I T Y (8) = 12
    const [row] = countTerms(['Cafe\u0301 ＳＥＣＵＲＩＴＹ'], ['security'], { per: 'characters' });
    expect([row!.count, row!.characters]).toEqual([1, 12]);
  });

  it('gives per10k null for a document without letters or digits', () => {
    expect(countTerms([{ id: 'dots', text: '... ！？', lang: 'zh' }], ['安全'], { per: 'characters' })).toEqual([
      { docId: 'dots', term: '安全', count: 0, tokens: null, characters: 0, per10k: null },
    ]);
  });

  it('records per in the provenance; the default rows and provenance are unchanged', () => {
    const docs = [{ id: 'en', text: english }];
    const byCharacter = countTerms(docs, ['security'], { per: 'characters', nested: 'exclusive' });
    expect(byCharacter.provenance.options).toEqual({ nested: 'exclusive', per: 'characters' });

    const byDefault = countTerms(docs, ['security']);
    expect(byDefault[0]).not.toHaveProperty('characters');
    expect(Object.keys(byDefault[0]!)).toEqual(['docId', 'term', 'count', 'tokens', 'per10k']);
    expect(byDefault.provenance.options).toEqual({ nested: 'inclusive' });
    const explicit = countTerms(docs, ['security'], { per: 'tokens' });
    expect(JSON.stringify(explicit)).toBe(JSON.stringify(byDefault));
    expect(explicit.provenance).toEqual(byDefault.provenance);
  });

  it('gives the same rows through countCorpus and toRows', async () => {
    const docs = [{ id: 'en', text: english }, { id: 'zh', text: traditional }];
    const counts = await countCorpus(docs, ['security', '安全'], { per: 'characters' });
    expect(counts.per).toBe('characters');
    expect(counts.totals).toEqual({ documents: 2, tokens: null, characters: 43, counts: [2, 2] });
    expect(counts.documents.map((d) => [d.docId, d.tokens, d.characters])).toEqual([
      ['en', null, 32],
      ['zh', null, 11],
    ]);
    const rows = toRows(counts);
    expect(JSON.stringify(rows)).toBe(JSON.stringify(countTerms(docs, ['security', '安全'], { per: 'characters' })));
    expect(rows.provenance.options).toEqual({ nested: 'inclusive', per: 'characters' });
    // Counts per token say nothing of per, as before the option existed.
    expect(await countCorpus(docs, ['security'])).not.toHaveProperty('per');
  });

  it('refuses a per other than tokens or characters, naming the option', async () => {
    const bad = { per: 'words' } as unknown as { per: 'tokens' };
    expect(() => countTerms([english], ['security'], bad)).toThrow(OptionError);
    expect(() => countTerms([english], ['security'], bad)).toThrow(/"per".*'tokens' or 'characters', got "words"/u);
    await expect(countCorpus([english], ['security'], bad)).rejects.toThrow(OptionError);
    expect(checkRateBase(undefined)).toBe('tokens');
  });
});

// Real Chinese excerpts, read at run time: the rate per 10,000 characters against an independent
// computation written here (substring count / regular-expression character count × 10,000).

/** Header lines (`# …`) and block separators (`---`) are not document text (SOURCES.md). */
const notText = (line: string): boolean => line.startsWith('#') || line.trim() === '---';
const textOf = (name: string): string =>
  readFileSync(corpusFile(name), 'utf8')
    .split(/\r?\n/u)
    .filter((line) => !notText(line))
    .join('\n');
const charactersOf = (text: string): number => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
const occurrences = (text: string, term: string): number => text.split(term).length - 1;

describeCorpus("countTerms per: 'characters' on the real Chinese excerpts", () => {
  it('gives 安全 and 国家安全 per 10,000 characters of the simplified excerpts', async () => {
    const name = '2017-ngaidp.zh.excerpts.txt';
    const text = textOf(name);
    const doc = await loadDocument(corpusFile(name), { ignoreLine: notText });
    const rows = countTerms([doc], ['安全', '国家安全'], { per: 'characters' });
    const characters = charactersOf(text);
    expect(characters).toBeGreaterThan(1000);
    expect(rows.map((r) => [r.term, r.count, r.characters, r.per10k])).toEqual(
      ['安全', '国家安全'].map((term) => [term, occurrences(text, term), characters, (occurrences(text, term) / characters) * 10_000]),
    );
    expect(rows[0]!.count).toBeGreaterThan(0);
  });

  it('gives the traditional excerpt the rate of its simplified form', async () => {
    const name = '2017-ngaidp.zh-hant.excerpt.txt';
    const text = textOf(name);
    const doc = await loadDocument(corpusFile(name), { ignoreLine: notText });
    const characters = charactersOf(text);
    const [anquan] = countTerms([doc], ['安全'], { per: 'characters' });
    // 安全 is written the same in both scripts: a plain substring count is independent of OpenCC.
    expect([anquan!.count, anquan!.characters, anquan!.per10k]).toEqual([occurrences(text, '安全'), characters, (occurrences(text, '安全') / characters) * 10_000]);
    expect(anquan!.count).toBeGreaterThan(0);

    const terms = ['安全', { label: '国家安全', pattern: '国家安全' }];
    const simplifiedDoc = { id: doc.id, text: simplifyChinese(doc.text).text, lang: 'zh' as const };
    const asWritten = countTerms([doc], terms, { per: 'characters' });
    expect(asWritten).toEqual(countTerms([simplifiedDoc], terms, { per: 'characters' }));
    expect(asWritten[1]!.count).toBe(countTerms([doc], ['國家安全'], { per: 'characters' })[0]!.count);
  });
});
