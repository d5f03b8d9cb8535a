import { describe, it, expect } from 'vitest';
import type { ItsFunction } from 'wink-nlp';
import { englishTokens } from '../../src/moves/tokens.js';
import { createDocument } from '../../src/text/document.js';
import { wink } from '../../src/text/wink.js';

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

  it('keeps wink-nlp\'s negation flag: "do not threaten"', () => {
    const [start, end] = spans[0];
    const threaten = englishTokens(doc, start, end).find((t) => t.lower === 'threaten');
    expect(threaten).toMatchObject({ pos: 'VERB', lemma: 'threaten', negated: true });
  });
});
