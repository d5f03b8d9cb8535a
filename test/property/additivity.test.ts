// Property: counts add up. A document made of paragraphs counts what its paragraphs count one by
// one; a corpus counts what its documents count one by one; counts of parts of a corpus merge into
// the counts of the whole. Paragraphs end with a sentence end, so no term can span two of them.
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { countTerms } from '../../src/index.js';
import { countCorpus } from '../../src/count/countCorpus.js';
import { mergeTermCounts, toRows } from '../../src/count/termCounts.js';
import { CHINESE_TERMS, chineseParagraph, ENGLISH_TERMS, englishParagraph, nestedScope, runs, termsFrom } from './arbitraries.js';

const LANGUAGES = [
  ['en', englishParagraph, ENGLISH_TERMS],
  ['zh', chineseParagraph, CHINESE_TERMS],
] as const;

/** Sums of counts (per term) and of tokens over documents counted one by one. */
function summed(texts: readonly string[], lang: string, terms: readonly string[], nested: 'inclusive' | 'exclusive'): { counts: number[]; tokens: number } {
  const counts = terms.map(() => 0);
  let tokens = 0;
  for (const text of texts) {
    const rows = countTerms([{ id: 'part', text, lang }], terms, { nested });
    rows.forEach((row, t) => (counts[t]! += row.count));
    tokens += rows[0]!.tokens;
  }
  return { counts, tokens };
}

describe.each(LANGUAGES)('property (%s): counts are additive', (lang, paragraph, allTerms) => {
  it('over paragraphs joined by a blank line (\\n\\n): counts and tokens of the whole = sums of the parts', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 4 }), termsFrom(allTerms), nestedScope, (paragraphs, terms, nested) => {
        const whole = countTerms([{ id: 'whole', text: paragraphs.join('\n\n'), lang }], terms, { nested });
        const parts = summed(paragraphs, lang, terms, nested);
        expect(whole.map((r) => r.count)).toEqual(parts.counts);
        expect(whole[0]!.tokens).toBe(parts.tokens);
      }),
      runs(300),
    );
  });

  it('over the documents of a corpus: rows of the corpus = rows of each document, concatenated', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), termsFrom(allTerms), nestedScope, (texts, terms, nested) => {
        const docs = texts.map((text, i) => ({ id: `d${i}`, text, lang }));
        const one = countTerms(docs, terms, { nested });
        expect([...one]).toEqual(docs.flatMap((doc) => [...countTerms([doc], terms, { nested })]));
      }),
      runs(200),
    );
  });

  it('merging the counts of parts of a corpus (countCorpus + mergeTermCounts), in any order, = counting it whole', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(paragraph, { minLength: 2, maxLength: 6 }),
        termsFrom(allTerms),
        nestedScope,
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        async (texts, terms, nested, cutAt, reversed) => {
          const docs = texts.map((text, i) => ({ id: `d${i}`, text, lang }));
          const cut = Math.min(cutAt, docs.length - 1);
          const first = await countCorpus(docs.slice(0, cut), terms, { nested });
          const second = await countCorpus(docs.slice(cut), terms, { nested, start: cut });
          const merged = reversed ? mergeTermCounts(second, first) : mergeTermCounts(first, second);
          expect(JSON.stringify(toRows(merged))).toBe(JSON.stringify(countTerms(docs, terms, { nested })));
        },
      ),
      runs(100),
    );
  });
});
