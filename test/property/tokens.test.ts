// Property: tokens and sentences slice the text in order, and the token count of rates
// (countTokens, and countTerms' `tokens`) is the number of word and number tokens segment()
// gives, on generated texts and on arbitrary strings.
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { countTerms, countTokens, createDocument, isCountedToken, segment } from '../../src/index.js';
import { chineseParagraph, englishParagraph, runs } from './arbitraries.js';

const TEXTS = [
  ['generated English', 'en', fc.array(englishParagraph, { minLength: 1, maxLength: 3 }).map((p) => p.join('\n\n'))],
  ['generated Chinese', 'zh', fc.array(chineseParagraph, { minLength: 1, maxLength: 3 }).map((p) => p.join('\n'))],
  ['arbitrary strings as English', 'en', fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 })],
  ['arbitrary strings as Chinese', 'zh', fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 })],
  ['arbitrary UTF-16 as English', 'en', fc.string({ unit: 'binary', minLength: 1, maxLength: 80 })],
] as const;

const documentOf = (text: string, lang: string) => createDocument({ id: 'doc', text, lang });

describe.each(TEXTS)('property (%s): tokens', (name, lang, text) => {
  it('tokens and sentences slice the text, in order, without overlapping', () => {
    fc.assert(
      fc.property(text, (t) => {
        fc.pre(t.trim() !== '');
        const { tokens, sentences } = segment(documentOf(t, lang));
        let previousEnd = 0;
        for (const token of tokens) {
          expect(token.start >= previousEnd && token.start < token.end && token.end <= t.length).toBe(true);
          expect(t.slice(token.start, token.end)).toBe(token.text);
          previousEnd = token.end;
        }
        previousEnd = 0;
        for (const [i, sentence] of sentences.entries()) {
          expect(sentence.index).toBe(i);
          expect(sentence.start >= previousEnd && sentence.start < sentence.end && sentence.end <= t.length).toBe(true);
          expect(t.slice(sentence.start, sentence.end)).toBe(sentence.text);
          previousEnd = sentence.end;
        }
      }),
      runs(300),
    );
  });

  // A known, documented difference (docs/performance.md, "Token denominators without wink"):
  // countTokens counts as a fresh wink tokenizer; within one paragraph segment()'s wink has learned
  // the tokens before, so a word first kept whole ("state's," → state's) is kept whole again
  // ("state's security"): "state's, state's security." is 4 word tokens for countTokens and 3 for
  // segment(). Random English meets such cases; the corpus texts do not (countWordTokens.test.ts).
  const property = name === 'generated English' ? it.fails : it;
  property('countTokens = the word and number tokens of segment()', () => {
    fc.assert(
      fc.property(text, (t) => {
        fc.pre(t.trim() !== '');
        const doc = documentOf(t, lang);
        const counted = segment(doc).tokens.filter(isCountedToken).length;
        expect(countTokens(doc)).toBe(counted);
        expect(countTerms([doc], ['security'])[0]!.tokens).toBe(counted);
      }),
      runs(300),
    );
  });
});
