import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { Converter } from 'opencc-js/t2cn';
import { OptionError, ValidationError } from '../../src/errors.js';
import { countTerms, countTokens } from '../../src/count/countTerms.js';
import { createDocument, type Document } from '../../src/text/document.js';
import { dictionary } from '../../src/lexicon/dictionary.js';
import { countDictionary } from '../../src/lexicon/countDictionary.js';
import { dictionaryTerms } from '../../src/lexicon/dictionaryTerms.js';
import { matchDictionary } from '../../src/lexicon/matchDictionary.js';
import { securitizationLexicon } from '../../src/lexicon/securitizationLexicon.js';
import { loadDocument } from '../../src/node/loadDocuments.js';
import { corpusAvailable, corpusDir, corpusFile, describeCorpus } from '../support/shared.js';

// A made-up dictionary and made-up sentences, counted by hand below.
const demo = dictionary({
  name: 'demo',
  categories: [
    { key: 'threat', entries: [{ pattern: 'threat*', lang: 'en' }, { pattern: 'danger*' }, { pattern: '威胁', lang: 'zh' }] },
    { key: 'security', entries: [{ pattern: 'security' }, { pattern: 'national security', lang: 'en' }] },
    { key: 'referent', entries: [{ pattern: 'nation', lang: 'en' }, { pattern: '国家', lang: 'zh' }, { pattern: '国家利益', lang: 'zh' }] },
  ],
});
// 13 word tokens: National security faces threats The nation sees danger and more threats to security
const english = createDocument({ id: 'en', text: 'National security faces threats. The nation sees danger and more threats to security.' });
const chinese = createDocument({ id: 'zh', text: '国家利益受到威胁。国家必须应对威胁。' });

const table = (rows: readonly { docId: string; category: string; count: number }[]): string[] =>
  rows.map((r) => `${r.docId} ${r.category} ${r.count}`);

describe('countDictionary', () => {
  it('counts inclusively: a category is the sum of its entries, nested entries both count', () => {
    const rows = countDictionary([english, chinese], demo);
    // en: threat* ×2 + danger* ×1; security ×2 + national security ×1; "nation" once ("National" is another word).
    // zh: 威胁 ×2; no English entry matches; 国家 ×2 (one inside 国家利益) + 国家利益 ×1.
    expect(table(rows)).toEqual(['en threat 3', 'en security 3', 'en referent 1', 'zh threat 2', 'zh security 0', 'zh referent 3']);
    expect(rows[0]).toEqual({ docId: 'en', category: 'threat', count: 3, tokens: 13, per10k: (3 / 13) * 10_000 });
    const zhTokens = countTokens(chinese);
    expect(rows[5]).toEqual({ docId: 'zh', category: 'referent', count: 3, tokens: zhTokens, per10k: (3 / zhTokens) * 10_000 });
  });

  it('counts per character too, also in a document that no entry applies to', () => {
    // Made up: only Chinese entries, and an English document they do not apply to.
    const zhOnly = dictionary({ name: 'zh only', categories: [{ key: 'security', entries: [{ pattern: '安全', lang: 'zh' }] }] });
    const rows = countDictionary([{ id: 'en', text: 'No entry applies, 2024.' }, { id: 'zh', text: '维护国家安全。' }], zhOnly, { per: 'characters' });
    // "No entry applies, 2024." has 2 + 5 + 7 + 4 = 18 letters and digits; 维护国家安全 has 6.
    expect(rows).toEqual([
      { docId: 'en', category: 'security', count: 0, tokens: null, characters: 18, per10k: 0 },
      { docId: 'zh', category: 'security', count: 1, tokens: null, characters: 6, per10k: (1 / 6) * 10_000 },
    ]);
    expect(countDictionary([{ id: 'en', text: 'No entry applies, 2024.' }], zhOnly)[0]).toEqual({ docId: 'en', category: 'security', count: 0, tokens: 4, per10k: 0 });
    expect(() => countDictionary(['x'], zhOnly, { per: 'words' as 'tokens' })).toThrow(OptionError);
  });

  it('counts exclusively: each character belongs to the longest match of the whole dictionary', () => {
    const rows = countDictionary([english, chinese], demo, { nested: 'exclusive' });
    // "National security" keeps its "security"; 国家利益 keeps its 国家.
    expect(table(rows)).toEqual(['en threat 3', 'en security 2', 'en referent 1', 'zh threat 2', 'zh security 0', 'zh referent 2']);
  });

  it('gives an exclusive tie to the earlier category', () => {
    const tie = dictionary({ name: 'tie', categories: [{ key: 'first', entries: [{ pattern: 'crisis' }] }, { key: 'second', entries: [{ pattern: 'crisis' }] }] });
    expect(table(countDictionary(['A crisis.'], tie, { nested: 'exclusive' }))).toEqual(['text1 first 1', 'text1 second 0']);
    expect(table(countDictionary(['A crisis.'], tie))).toEqual(['text1 first 1', 'text1 second 1']);
  });

  it('applies an entry with lang only to documents of that language', () => {
    const mixed = createDocument({ id: 'mixed-en', text: 'A threat: 国家 and 威胁 written inside English text, and the nation.' });
    // English document: 国家 and 威胁 are zh entries, not counted; threat* and nation are.
    expect(table(countDictionary([mixed], demo))).toEqual(['mixed-en threat 1', 'mixed-en security 0', 'mixed-en referent 1']);
  });

  it('keeps only one language\'s entries (and those without lang) with the lang option', () => {
    expect(table(countDictionary([english, chinese], demo, { lang: 'en' }))).toEqual([
      'en threat 3', 'en security 3', 'en referent 1', 'zh threat 0', 'zh security 0', 'zh referent 0',
    ]);
    expect(table(countDictionary([english, chinese], demo, { lang: 'zh' }))).toEqual([
      'en threat 1', 'en security 2', 'en referent 0', 'zh threat 2', 'zh security 0', 'zh referent 3',
    ]);
  });

  it('carries provenance with the options and the dictionary', () => {
    const rows = countDictionary([english], demo, { nested: 'exclusive' });
    expect(rows.provenance.options).toEqual({ nested: 'exclusive', lang: null, dictionary: 'demo', categories: 3, entries: 8 });
    expect(Object.keys(rows[0]!)).toEqual(['docId', 'category', 'count', 'tokens', 'per10k']);
  });

  it('validates plain data given as a dictionary, and its options', () => {
    const plain = { name: 'p', categories: [{ key: 'x', entries: [{ pattern: 'threat*' }] }] };
    expect(table(countDictionary(['Threats.'], plain))).toEqual(['text1 x 1']);
    expect(() => countDictionary(['x'], { name: 'p', categories: [] })).toThrow(ValidationError);
    expect(() => countDictionary(['x'], demo, { nested: 'both' as never })).toThrow(OptionError);
    expect(() => countDictionary(['x'], demo, { lang: 'fr' as never })).toThrow(OptionError);
  });

  it('returns no rows for no documents', () => {
    expect(countDictionary([], demo)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The built-in lexicon on every real text of ../shared/corpus, against independent counts: a
// plain regular expression built here from each English pattern (whole words with letter
// lookarounds, \s+ between words, [\p{L}\p{N}\p{M}]* for *, any dash for -), and substring counts
// for each Chinese pattern (after OpenCC's whole-text t→cn for the traditional excerpt).

const notText = (line: string): boolean => line.startsWith('#') || line.trim() === '---';
const files = corpusAvailable ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort() : [];
const LETTER = String.raw`[\p{L}\p{N}\p{M}]`;
const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function englishRegex(pattern: string): RegExp {
  const variants = pattern
    .split('|')
    .map((v) => v.trim())
    .sort((a, b) => b.length - a.length)
    .map((v) =>
      v
        .split(/\s+/u)
        .map((word) => [...word].map((c) => (c === '*' ? `${LETTER}*` : c === '?' ? LETTER : c === '-' ? String.raw`\p{Pd}` : c === "'" ? "['’]" : escape(c))).join(''))
        .join(String.raw`\s+`),
    );
  return new RegExp(`(?<!${LETTER})(?:${variants.join('|')})(?!${LETTER})`, 'giu');
}

const toSimplified = Converter({ from: 't', to: 'cn' });
function chineseCount(text: string, pattern: string): number {
  return pattern.split('|').reduce((n, v) => n + text.split(v.trim()).length - 1, 0);
}

function independentCount(doc: Document, pattern: string, lang: string): number {
  if (lang === 'en') return (doc.text.match(englishRegex(pattern)) ?? []).length;
  return chineseCount(toSimplified(doc.text), pattern);
}

describeCorpus('countDictionary with the built-in lexicon on the real corpus', () => {
  it('finds the five texts of SOURCES.md', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of files) {
    describe(name, () => {
      const load = (): Promise<Document> => loadDocument(corpusFile(name), { ignoreLine: notText });

      it('counts every entry as the independent count does, and every category as the sum of its entries', async () => {
        const doc = await load();
        const entryCounts = new Map(countTerms([doc], dictionaryTerms(securitizationLexicon)).map((r) => [r.term, r.count]));
        const rows = countDictionary([doc], securitizationLexicon);
        expect(rows.map((r) => r.category)).toEqual(securitizationLexicon.categories.map((c) => c.key));
        let checked = 0;
        for (const category of securitizationLexicon.categories) {
          let sum = 0;
          for (const entry of category.entries) {
            const applies = entry.lang === doc.lang;
            const count = applies ? entryCounts.get(`${category.key}: ${entry.pattern}`)! : 0;
            if (applies) {
              expect(count, `${category.key}: ${entry.pattern}`).toBe(independentCount(doc, entry.pattern, doc.lang));
              checked++;
            }
            sum += count;
          }
          expect(rows.find((r) => r.category === category.key)!.count, category.key).toBe(sum);
        }
        expect(checked).toBeGreaterThan(100);
      });

      it("gives the same counts per character, each per 10,000 letters and digits counted by a regular expression", async () => {
        const doc = await load();
        const perToken = countDictionary([doc], securitizationLexicon);
        const perCharacter = countDictionary([doc], securitizationLexicon, { per: 'characters' });
        const characters = (doc.text.match(/[\p{L}\p{N}]/gu) ?? []).length;
        expect(perCharacter.map((r) => [r.category, r.count])).toEqual(perToken.map((r) => [r.category, r.count]));
        for (const row of perCharacter) {
          expect(row).toEqual({ docId: doc.id, category: row.category, count: row.count, tokens: null, characters, per10k: (row.count / characters) * 10_000 });
        }
        // The token denominator is the document's, as countTokens counts it.
        for (const row of perToken) expect(row.tokens).toBe(countTokens(doc));
        expect(perCharacter.provenance.options.per).toBe('characters');
        expect('per' in perToken.provenance.options).toBe(false);
        expect('characters' in perToken[0]!).toBe(false);
      });

      it('counts exclusively no more than inclusively, and as many as the non-overlapping matches', async () => {
        const doc = await load();
        const inclusive = countDictionary([doc], securitizationLexicon);
        const exclusive = countDictionary([doc], securitizationLexicon, { nested: 'exclusive' });
        const hits = matchDictionary([doc], securitizationLexicon, { nested: 'exclusive' });
        exclusive.forEach((row, i) => {
          expect(row.count).toBeLessThanOrEqual(inclusive[i]!.count);
          expect(row.count).toBe(hits.filter((h) => h.category === row.category).length);
        });
        const spans = [...hits].sort((a, b) => a.start - b.start);
        for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
      });
    });
  }
});

describe('countDictionary on plain data that changes between calls', () => {
  it('validates and counts the data as it is at each call', () => {
    const plain = { name: 'p', categories: [{ key: 'x', entries: [{ pattern: 'threat*' }] }] };
    expect(countDictionary(['Threats and dangers.'], plain).map((r) => r.count)).toEqual([1]);
    plain.categories[0]!.entries.push({ pattern: 'danger*' });
    expect(countDictionary(['Threats and dangers.'], plain).map((r) => r.count)).toEqual([2]);
    plain.categories[0]!.entries.push({ pattern: 'Danger*' });
    expect(() => countDictionary(['Threats and dangers.'], plain)).toThrow(ValidationError);
  });
});
