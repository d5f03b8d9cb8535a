import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { countWordTokens } from '../../src/text/countWordTokens.js';
import { createDocument } from '../../src/text/document.js';
import { isCountedToken, segment } from '../../src/text/tokenize.js';
import { corpusFile, describeCorpus } from '../support/shared.js';

/** The independent count: wink-nlp through `segment`, keeping word and number tokens. */
const winkCount = (text: string): number => segment(createDocument({ id: 'w', text, lang: 'en' })).tokens.filter(isCountedToken).length;

// Made-up pieces of text; each count is wink-nlp's, checked by hand against its rules.
describe('countWordTokens', () => {
  it("counts as a fresh tokenizer where segment's wink has learned a token earlier in the paragraph (documented)", () => {
    // Made up. Alone, "state's," is one token and "state's" two (state + 's); in one paragraph
    // wink keeps the second whole too, having learned it from the first.
    expect(winkCount("state's, plan.")).toBe(2);
    expect(winkCount("state's security.")).toBe(3);
    expect(countWordTokens("state's, state's security.")).toBe(1 + 2 + 1);
    expect(winkCount("state's, state's security.")).toBe(3);
    // In different paragraphs segment forgets what wink learned, and the two agree.
    expect(winkCount("state's, plan.\n\nstate's security.")).toBe(5);
    expect(countWordTokens("state's, plan.\n\nstate's security.")).toBe(5);
  });

  it('counts plain words and numbers, not punctuation or symbols', () => {
    expect(countWordTokens('National security, in 2017, mattered: 3 plans!')).toBe(7);
    expect(countWordTokens('• First point → done ？ « yes »')).toBe(4);
    expect(countWordTokens('!!! ... —')).toBe(0);
    expect(countWordTokens('')).toBe(0);
  });

  it('keeps short forms, decimals and lexicon words with periods whole', () => {
    expect(countWordTokens('U.S. policy, e.g., 3.5 percent of 1,000,000 (i.e. most).')).toBe(9); // U.S. policy e.g. 3.5 percent of 1,000,000 i.e. most
  });

  it('keeps hyphenated words whole after a kept prefix or with a digit, and splits the others', () => {
    expect(countWordTokens('cyber-security multi-domain co-operation COVID-19')).toBe(4);
    expect(countWordTokens('well-being decision-making human-in-the-loop')).toBe(2 + 2 + 4);
  });

  it('splits contractions and possessives as wink does', () => {
    expect(countWordTokens("cannot don't it’s China's")).toBe(8); // can not do n't it ’s China 's
    expect(countWordTokens('wont Cannot,')).toBe(3); // wo nt Cannot: a lexicon word before a comma stays whole
  });

  it('splits a number glued to letters unless it is an ordinal, a decade or a time', () => {
    expect(countWordTokens('5G 3D 18th 1990s 10am G7')).toBe(2 + 2 + 1 + 1 + 1 + 1);
  });

  it('counts a URL, an e-mail address and R&D as one token, a currency sign as none', () => {
    expect(countWordTokens('See http://example.com/a-b. or mail a.b@example.org about R&D for $5.')).toBe(9);
  });

  it('splits only at the spaces wink splits at (not at the ideographic space)', () => {
    expect(countWordTokens('one\u00a0two\tthree\u3000four')).toBe(winkCount('one\u00a0two\tthree\u3000four'));
  });

  it('cuts a run of more than 500 characters without spaces where segment cuts it', () => {
    const run = `${'ab-'.repeat(200)}${'x'.repeat(300)}`;
    expect(countWordTokens(run)).toBe(winkCount(run));
    // A plain word is cut too: 600 letters are 500 + 100, two tokens; 500 letters and a comma one.
    expect(countWordTokens('x'.repeat(600))).toBe(2);
    expect(countWordTokens('x'.repeat(600))).toBe(winkCount('x'.repeat(600)));
    expect(countWordTokens(`${'x'.repeat(500)},`)).toBe(1);
    expect(countWordTokens(`${'x'.repeat(500)},`)).toBe(winkCount(`${'x'.repeat(500)},`));
  });

  it('agrees with wink-nlp on random pieces of tricky text', () => {
    const parts = ['a', 'US', 'S', 'co', 'multi', 'cyber', 'security', 'cannot', 'it', 's', 't', 'e', 'g', '5', '19', '2017', '.', '-', '–', '—', "'", '’', '&', '(', ')', '"', '“', ',', ';', ':', '!', '?', '/', '@', '#', '$', '%', '+', '…', '中国', 'Ω', 'é', '🙂', '_', 'www', 'http://', 'com', 'th', 'am'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (words) => {
        const text = words.map((w) => w.join('')).join(' ');
        expect(countWordTokens(text)).toBe(winkCount(text));
      }),
      { numRuns: 1500, seed: 6 },
    );
  });
});

describeCorpus('countWordTokens on the corpus', () => {
  // The agreement documented in docs/performance.md: exact on every English text.
  it.each(['2017-ngaidp.en.txt', '2025-china-ai-plus-opinions.en.txt', '2025-us-americas-ai-action-plan.en.txt'])('equals wink-nlp’s count on %s', (name) => {
    const text = readFileSync(corpusFile(name), 'utf8');
    expect(countWordTokens(text)).toBe(winkCount(text));
  });

  it('gives 11,813 tokens for the 2017 plan, the count wink-nlp gives', () => {
    expect(countWordTokens(readFileSync(corpusFile('2017-ngaidp.en.txt'), 'utf8'))).toBe(11_813);
  });
});
