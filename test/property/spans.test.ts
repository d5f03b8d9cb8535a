// Property: spans point into the original text. Every hit's [start, end) slices the document
// to its surface, the surface normalizes to the variant that matched, the hit lies in the
// sentence it names, and KWIC keywords are the same slices.
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { createDocument, kwic, matches, normalizeText, segment } from '../../src/index.js';
import { CHINESE_TERMS, chineseParagraphPair, ENGLISH_TERMS, englishParagraph, nestedScope, runs, termsFrom } from './arbitraries.js';

/** The matching form of a variant or a surface: normalized, whitespace runs as one space. */
const folded = (text: string): string => normalizeText(text).text.replace(/\s+/gu, ' ');

const LANGUAGES = [
  ['en', fc.array(englishParagraph, { minLength: 1, maxLength: 3 }).map((p) => p.join('\n\n')), ENGLISH_TERMS],
  // Traditional and simplified mixed, line by line.
  ['zh', fc.array(fc.tuple(chineseParagraphPair, fc.boolean()), { minLength: 1, maxLength: 3 }).map((p) => p.map(([pair, t]) => pair[t ? 0 : 1]).join('\r\n')), CHINESE_TERMS],
] as const;

describe.each(LANGUAGES)('property (%s): spans slice the original text', (lang, text, allTerms) => {
  it('start < end within the text, slice = surface, the surface folds to the variant, the hit is in its sentence', () => {
    fc.assert(
      fc.property(text, termsFrom(allTerms), nestedScope, (t, terms, nested) => {
        const doc = createDocument({ id: 'doc', text: t, lang });
        const { sentences } = segment(doc);
        for (const r of matches([doc], terms, { nested })) {
          expect(0 <= r.start && r.start < r.end && r.end <= t.length).toBe(true);
          expect(t.slice(r.start, r.end)).toBe(r.surface);
          if (!/[*?]/u.test(r.variant)) expect(folded(r.surface)).toBe(folded(r.variant));
          const sentence = sentences[r.sentenceIndex]!;
          expect(sentence.text).toBe(r.sentence);
          expect(sentence.start <= r.start && r.start < sentence.end).toBe(true);
        }
      }),
      runs(300),
    );
  });

  it('KWIC keywords are the slices of the hits, with the same spans as matches', () => {
    fc.assert(
      fc.property(text, termsFrom(allTerms), nestedScope, (t, [term], nested) => {
        const doc = createDocument({ id: 'doc', text: t, lang });
        const lines = kwic([doc], term!, { nested, window: 3 });
        expect(lines.map((l) => [l.start, l.end])).toEqual(matches([doc], [term!], { nested }).map((r) => [r.start, r.end]));
        for (const l of lines) expect(l.keyword).toBe(t.slice(l.start, l.end));
      }),
      runs(200),
    );
  });
});
