import fc from 'fast-check';
import { describe, it, expect, beforeAll } from 'vitest';
import { countTerms } from '../../src/count/countTerms.js';
import { matches } from '../../src/count/matches.js';
import { longestFirst, type NestedScope, type Span } from '../../src/count/nested.js';
import { createDocument, type Document } from '../../src/text/document.js';
import { normalizeText } from '../../src/text/normalize.js';
import { isCountedToken, segment } from '../../src/text/tokenize.js';
import { WORD_CHAR } from '../../src/text/scripts.js';
import { compileTerms, type Term } from '../../src/patterns/terms.js';
import { ANY_RUN, ONE_CHAR } from '../../src/patterns/glob.js';
import type { PatternElement } from '../../src/patterns/parsePattern.js';
import { securitizationLexicon } from '../../src/lexicon/securitizationLexicon.js';
import { dictionaryTerms } from '../../src/lexicon/dictionaryTerms.js';
import { readCorpus } from '../../src/node/corpus/readCorpus.js';
import { corpusDir, describeCorpus } from '../support/shared.js';

// The full, slow path written independently of the fast one: each variant becomes a regular
// expression over the normalized text (a word must not touch another word character; `*` is any
// word characters; a space is \s+), its leftmost non-overlapping matches are taken with matchAll,
// and the nesting rules are applied with longestFirst over all spans at once. Tokens come from
// `segment` (wink-nlp, Intl.Segmenter).
const W = WORD_CHAR.source;
const escape = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
function elementSource(element: PatternElement): string {
  switch (element.kind) {
    case 'word':
      return `(?<!${W})${escape(element.text)}(?!${W})`;
    case 'glob':
      return `(?<!${W})${element.glob.map((part) => (part === ANY_RUN ? `${W}*` : part === ONE_CHAR ? W : escape(part))).join('')}(?!${W})`;
    case 'cjk':
    case 'literal':
      return escape(element.text);
    case 'space':
      return '\\s+';
  }
}
function referenceSpans(normalized: string, terms: readonly Term[], nested: NestedScope): Span[] {
  let spans: Span[] = [];
  terms.forEach((term, t) => {
    const perTerm: Span[] = [];
    term.pattern.variants.forEach((variant, v) => {
      const regex = new RegExp(variant.elements.map(elementSource).join(''), 'gv');
      for (const m of normalized.matchAll(regex)) perTerm.push({ start: m.index, end: m.index + m[0].length, term: t, variant: v });
    });
    spans.push(...(term.pattern.variants.length > 1 ? longestFirst(perTerm) : perTerm));
  });
  spans = nested === 'exclusive' ? longestFirst(spans) : spans.sort((a, b) => a.start - b.start || a.term - b.term);
  return spans;
}
const referenceTokens = (doc: Document): number => segment(doc).tokens.filter(isCountedToken).length;

function expectSameAsReference(docs: readonly Document[], inputs: Parameters<typeof compileTerms>[0]): void {
  const terms = compileTerms(inputs);
  for (const nested of ['inclusive', 'exclusive'] as const) {
    const rows = countTerms(docs, inputs, { nested });
    for (const [d, doc] of docs.entries()) {
      const spans = referenceSpans(normalizeText(doc.text).text, terms, nested);
      const expected = terms.map((_, t) => spans.filter((s) => s.term === t).length);
      const got = rows.slice(d * terms.length, (d + 1) * terms.length);
      expect([doc.id, nested, got.map((r) => r.count)]).toEqual([doc.id, nested, expected]);
      expect([doc.id, got[0]?.tokens]).toEqual([doc.id, referenceTokens(doc)]);
    }
  }
}

// Made-up fixtures with the hard cases: nesting, variants that overlap, globs, hyphens and
// apostrophes, full-width letters, traditional characters, line breaks inside phrases.
const FIXTURES = [
  'National security and NATIONAL\nSECURITY; cybersecurity is not security, but cyber-security is. The state’s security-related threats.',
  'Threats, threatening, threat-level: ＴＨＲＥＡＴ. Defense | defence of the homeland; arms race and race.',
  'Military-civil fusion and civil-military fusion; military, militaries, militarization.',
  '维护国家安全，國家安全和网络安全；总体国家安全观。安全安全安全。',
  "Security's meaning: 'security', \"security\" — secur-ity; e.g. U.S. security.",
].map((text, i) => createDocument({ id: `fixture${i + 1}`, text }));
const EXTRA_TERMS = ['security', 'national security', 'threat*', 'thr?at', '*ity', 'cyber security | cyber-security | cybersecurity', '安全', '国家安全', '安全安全', 'race | arms race', 'e.g.'];

describe('fast path = full path', () => {
  it('on made-up fixtures, for the lexicon and extra terms, inclusive and exclusive', () => {
    expectSameAsReference(FIXTURES, [...dictionaryTerms(securitizationLexicon), ...EXTRA_TERMS]);
  });

  it('agrees with the reference on random text for phrases, hyphens, periods, globs inside phrases and CJK', () => {
    // Pieces and patterns made up to meet in every way the trie of whole variants can go wrong: a
    // phrase that stops after its first word, whitespace runs of every kind, a word that goes on
    // past the end of a variant, a glob after the first element, periods and CJK after a word.
    const pieces = ['a', 'b', 'ab', 'security', 'national', 'chain', 'chains', 'supply', 'u', 's', 'e', 'g', '1', 'é', '\u0301', '𝐀', '安全', '国家', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '-', '.', ',', '(', ')', "'"];
    const patterns = ['a', 'a b', 'a b a', 'ab | a b', 'national security', 'national security a', 'security', 'supply chain*', 'supply ch?in', 'a-b', 'a-b*', 'u.s.', 'u.s', 'e.g.', '(a)', 'a.', 'a安全', '安全', '安全 a', 'b 1', '*b', 'a*', 's', 'chain* a', 'a \\*'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }), fc.subarray(patterns, { minLength: 1 }), (parts, inputs) => {
        const text = parts.join('');
        fc.pre(text.trim() !== '');
        const terms = compileTerms(inputs);
        const doc = createDocument({ id: 'random', text, lang: 'en' });
        for (const nested of ['inclusive', 'exclusive'] as const) {
          const spans = referenceSpans(normalizeText(text).text, terms, nested);
          expect(countTerms([doc], inputs, { nested }).map((r) => r.count)).toEqual(terms.map((_, t) => spans.filter((s) => s.term === t).length));
        }
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('gives matches() the spans of the reference, sliced from the original text', () => {
    const terms = compileTerms(EXTRA_TERMS);
    for (const doc of FIXTURES) {
      const normalized = normalizeText(doc.text);
      const expected = referenceSpans(normalized.text, terms, 'inclusive').map((s) => {
        const [start, end] = normalized.offsets.span(s.start, s.end);
        return [terms[s.term]!.label, start, end];
      });
      expect(matches([doc], EXTRA_TERMS).map((r) => [r.term, r.start, r.end])).toEqual(expected);
    }
  });
});

describeCorpus('fast path = full path on the corpus', () => {
  let documents: Document[] = [];
  beforeAll(async () => {
    documents = (await readCorpus(corpusDir)).documents;
  });

  it('counts every lexicon term and the extra terms as the reference does, in every corpus text', () => {
    expect(documents.length).toBeGreaterThanOrEqual(5);
    expectSameAsReference(documents, [...dictionaryTerms(securitizationLexicon), ...EXTRA_TERMS]);
  }, 120_000);
});
