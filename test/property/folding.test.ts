// Property: what normalization promises. Changing letter case or writing Latin letters and
// digits full-width changes no count; traditional and simplified Chinese give equal counts.
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { countTerms } from '../../src/index.js';
import { CHINESE_TERMS, chineseParagraphPair, ENGLISH_TERMS, englishParagraph, nestedScope, runs, termsFrom, TRADITIONAL_SIMPLIFIED } from './arbitraries.js';

/** Per character: keep, upper-case, lower-case, or full-width (ASCII letters and digits only). */
const transform = (text: string, choices: readonly number[]): string =>
  Array.from(text, (char, i) => {
    if (!/[A-Za-z0-9]/u.test(char)) return char;
    switch (choices[i % choices.length]) {
      case 1:
        return char.toUpperCase();
      case 2:
        return char.toLowerCase();
      case 3:
        return String.fromCharCode(char.charCodeAt(0) + 0xfee0); // FULLWIDTH LATIN / DIGIT
      default:
        return char;
    }
  }).join('');
const choices = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 17 });

const counts = (text: string, terms: readonly string[], nested: 'inclusive' | 'exclusive', lang: string): number[] =>
  countTerms([{ id: 'doc', text, lang }], terms, { nested }).map((r) => r.count);

describe('property: case and width do not change counts', () => {
  it('upper/lower case and full-width letters in the text, and in the terms, give the same counts', () => {
    fc.assert(
      fc.property(
        fc.array(englishParagraph, { minLength: 1, maxLength: 3 }).map((p) => p.join('\n\n')),
        termsFrom(ENGLISH_TERMS),
        choices,
        choices,
        nestedScope,
        (text, terms, textChoices, termChoices, nested) => {
          const expected = counts(text, terms, nested, 'en');
          expect(counts(transform(text, textChoices), terms, nested, 'en')).toEqual(expected);
          // Terms keep their labels, their patterns are transformed.
          const changed = terms.map((t) => ({ label: t, pattern: transform(t, termChoices) }));
          expect(countTerms([{ id: 'doc', text, lang: 'en' }], changed, { nested }).map((r) => r.count)).toEqual(expected);
        },
      ),
      runs(300),
    );
  });
});

describe('property: traditional and simplified Chinese count the same', () => {
  it('each pair is one-to-one: the traditional character is not the simplified one unless both are the same', () => {
    const traditional = TRADITIONAL_SIMPLIFIED.map(([t]) => t);
    expect(new Set(traditional).size).toBe(traditional.length);
    expect(TRADITIONAL_SIMPLIFIED.filter(([t, s]) => t !== s).length).toBeGreaterThan(50);
  });

  it('a text in traditional script counts what its simplified twin counts, for terms in either script', () => {
    const toTraditional = new Map(TRADITIONAL_SIMPLIFIED.map(([t, s]) => [s, t]));
    const traditionalTerm = (term: string): string => Array.from(term, (c) => toTraditional.get(c) ?? c).join('');
    fc.assert(
      fc.property(fc.array(chineseParagraphPair, { minLength: 1, maxLength: 3 }), termsFrom(CHINESE_TERMS), nestedScope, (paragraphs, terms, nested) => {
        const traditional = paragraphs.map((p) => p[0]).join('\n');
        const simplified = paragraphs.map((p) => p[1]).join('\n');
        const expected = counts(simplified, terms, nested, 'zh');
        expect(counts(traditional, terms, nested, 'zh')).toEqual(expected);
        const asTraditional = terms.map((t) => ({ label: t, pattern: traditionalTerm(t) }));
        expect(countTerms([{ id: 'doc', text: traditional, lang: 'zh' }], asTraditional, { nested }).map((r) => r.count)).toEqual(expected);
      }),
      runs(300),
    );
  });
});
