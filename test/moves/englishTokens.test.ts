import { describe, it, expect } from 'vitest';
import type { ItsFunction } from 'wink-nlp';
import { readFileSync } from 'node:fs';
import { englishTokens, englishTokensAlone } from '../../src/moves/tokens.js';
import { analysisSentences } from '../../src/moves/analysisSentences.js';
import { createDocument } from '../../src/text/document.js';
import { segment } from '../../src/text/tokenize.js';
import { tagEnglish } from '../../src/text/tagEnglish.js';
import { wink } from '../../src/text/wink.js';
import { corpusFile, describeCorpus } from '../support/shared.js';

/** The plain reading: wink's tokens of the span with their types, tabs and line breaks dropped. */
function plainReading(text: string): { text: string; pos: string; lemma: string; negated: boolean }[] {
  const nlp = wink();
  const tokens = nlp.readDoc(text).tokens();
  const types = tokens.out(nlp.its.type) as string[];
  const values = tokens.out(nlp.its.value) as string[];
  const pos = tokens.out(nlp.its.pos) as string[];
  const lemmas = tokens.out(nlp.its.lemma as unknown as ItsFunction<string>) as string[];
  const negated = tokens.out(nlp.its.negationFlag) as unknown as boolean[];
  return values.flatMap((value, k) => (types[k] === 'tabCRLF' ? [] : [{ text: value, pos: pos[k]!, lemma: lemmas[k]!.toLowerCase(), negated: negated[k] === true }]));
}

// Made-up sentences; the second and third hold a tab and a line break, which wink makes tokens of their own.
const TEXT = 'Intro.\nHostile drones do not threaten the grid.\tWe must act now.\nThey cannot\r\nwait, can they?';

describe('englishTokens', () => {
  const doc = createDocument({ id: 'tokens', text: TEXT });
  const spans = [
    [TEXT.indexOf('Hostile'), TEXT.indexOf('grid.') + 5],
    [TEXT.indexOf('Hostile'), TEXT.indexOf('now.') + 4],
    [TEXT.indexOf('They'), TEXT.length],
    [0, TEXT.length],
  ] as const;

  it('reads a span like a plain reading of its text, tabs and line breaks dropped', () => {
    for (const [start, end] of spans) {
      const tokens = englishTokens(doc, start, end);
      expect(tokens.map(({ text, pos, lemma, negated }) => ({ text, pos, lemma, negated }))).toEqual(plainReading(TEXT.slice(start, end)));
      for (const t of tokens) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
      expect(tokens.some((t) => /[\t\r\n]/u.test(t.text))).toBe(false);
    }
  });

  it('takes the tokens of the document\'s one reading, which segment then reuses', () => {
    const fresh = createDocument({ id: 'tokens', text: TEXT });
    const [start, end] = spans[1];
    const tokens = englishTokens(fresh, start, end);
    const reading = tagEnglish(fresh);
    const first = reading.tokens.findIndex((t) => t.start === start);
    expect(tokens.map((t) => t.start)).toEqual(reading.tokens.slice(first, first + tokens.length).map((t) => t.start));
    expect(tokens.map((t) => t.pos)).toEqual(reading.tags.pos.slice(first, first + tokens.length));
    expect(segment(fresh).tokens).toEqual(reading.tokens);
    expect(segment(fresh).sentences).toEqual(reading.sentences);
  });

  it('reads a span that cuts a token of the document on its own', () => {
    // "ostile" is not a token of the document's reading ("Hostile" is): the span is read alone.
    const start = TEXT.indexOf('ostile');
    const end = TEXT.indexOf('grid') + 2;
    const tokens = englishTokens(doc, start, end);
    expect(tokens[0]!.text).toBe('ostile');
    expect(tokens.at(-1)!.text).toBe('gr');
    expect(tokens.map(({ text, pos, lemma, negated }) => ({ text, pos, lemma, negated }))).toEqual(plainReading(TEXT.slice(start, end)));
  });

  it('keeps wink-nlp\'s negation flag: "do not threaten"', () => {
    const [start, end] = spans[0];
    const threaten = englishTokens(doc, start, end).find((t) => t.lower === 'threaten');
    expect(threaten).toMatchObject({ pos: 'VERB', lemma: 'threaten', negated: true });
  });
});

describeCorpus('englishTokens on the corpus', () => {
  // The rules used to read every sentence through wink-nlp on its own; they now take the tokens of
  // one reading per paragraph. On the real texts the two give the same tokens, tags, lemmas and
  // negation flags for every sentence the rules analyse (933 sentences).
  it.each(['2017-ngaidp.en.txt', '2025-china-ai-plus-opinions.en.txt', '2025-us-americas-ai-action-plan.en.txt'])(
    '%s: every analysed sentence reads as it reads on its own',
    (name) => {
      const doc = createDocument({ id: name, text: readFileSync(corpusFile(name), 'utf8'), lang: 'en' });
      const sentences = analysisSentences(doc);
      expect(sentences.length).toBeGreaterThan(100);
      const differing = sentences.filter((s) => JSON.stringify(englishTokens(doc, s.start, s.end)) !== JSON.stringify(englishTokensAlone(doc, s.start, s.end)));
      expect(differing.map((s) => s.text)).toEqual([]);
    },
  );
});
