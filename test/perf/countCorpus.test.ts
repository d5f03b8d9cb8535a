import { describe, it, expect } from 'vitest';
import { countTerms } from '../../src/count/countTerms.js';
import { countCorpus } from '../../src/count/countCorpus.js';
import { toRows } from '../../src/count/termCounts.js';
import { createDocument } from '../../src/text/document.js';
import { DocumentError, OptionError, PatternError } from '../../src/errors.js';
import { streamCorpus } from '../../src/node/corpus/streamCorpus.js';
import { readCorpus } from '../../src/node/corpus/readCorpus.js';
import { securitizationLexicon } from '../../src/lexicon/securitizationLexicon.js';
import { dictionaryTerms } from '../../src/lexicon/dictionaryTerms.js';
import { corpusDir, describeCorpus } from '../support/shared.js';

// Made-up documents.
const TEXTS = ['National security matters.', 'Cyber security, cyber-security and security.', '国家安全和网络安全。'];
const TERMS = ['security', 'national security', 'cyber security | cyber-security', '安全'];

async function* asyncly<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('countCorpus', () => {
  it('gives the rows of countTerms from an iterable and from an async iterable', async () => {
    const expected = JSON.stringify(countTerms(TEXTS, TERMS));
    expect(JSON.stringify(toRows(await countCorpus(TEXTS, TERMS)))).toBe(expected);
    expect(JSON.stringify(toRows(await countCorpus(asyncly(TEXTS), TERMS)))).toBe(expected);
  });

  it('counts by hand-checked numbers, totals included', async () => {
    const counts = await countCorpus(TEXTS, TERMS);
    // Chinese words are Intl.Segmenter's, counted here directly (the sentence has no other mark than 。).
    const zhWords = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(TEXTS[2]!)].filter((s) => s.isWordLike).length;
    expect(counts.documents.map((d) => [d.position, d.docId, d.tokens, d.counts])).toEqual([
      [0, 'text1', 3, [1, 1, 0, 0]],
      [1, 'text2', 5, [3, 0, 2, 0]], // Cyber security cyber-security and security: "cyber-" keeps the word whole
      [2, 'text3', zhWords, [0, 0, 0, 2]],
    ]);
    expect(counts.totals).toEqual({ documents: 3, tokens: 8 + zhWords, counts: [4, 1, 2, 2] });
  });

  it('numbers documents from `start`, and takes one document where a list is expected', async () => {
    expect((await countCorpus(TEXTS, TERMS, { start: 10 })).documents.map((d) => d.position)).toEqual([10, 11, 12]);
    // A plain JavaScript caller may pass one document: it is counted as a list of one.
    const one = createDocument('Security.') as unknown as Iterable<ReturnType<typeof createDocument>>;
    expect((await countCorpus(one, ['security'])).totals.counts).toEqual([1]);
  });

  it('refuses a repeated document id, a bad start, a bad term, as countTerms does', async () => {
    await expect(countCorpus([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }], TERMS)).rejects.toThrow(DocumentError);
    await expect(countCorpus(TEXTS, TERMS, { start: -1 })).rejects.toThrow(OptionError);
    await expect(countCorpus(TEXTS, ['  '])).rejects.toThrow(PatternError);
  });
});

describeCorpus('countCorpus over streamCorpus', () => {
  it('gives the rows of countTerms over readCorpus, for the whole lexicon', async () => {
    const terms = dictionaryTerms(securitizationLexicon);
    const { documents } = await readCorpus(corpusDir);
    async function* streamed(): AsyncGenerator<ReturnType<typeof createDocument>> {
      for await (const item of streamCorpus(corpusDir)) if ('document' in item) yield item.document;
    }
    const counts = await countCorpus(streamed(), terms);
    expect(counts.totals.documents).toBe(documents.length);
    expect(JSON.stringify(toRows(counts))).toBe(JSON.stringify(countTerms(documents, terms)));
  });
});
