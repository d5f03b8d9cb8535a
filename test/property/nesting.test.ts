// Property: the nesting rules. Inclusive never counts less than exclusive; exclusive hits never
// overlap (each character counts for one term at most); within one term, hits never overlap
// under either rule; exclusive hits are a subset of inclusive hits.
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { countTerms, matches, type MatchRow } from '../../src/index.js';
import { CHINESE_TERMS, chineseParagraph, ENGLISH_TERMS, englishParagraph, runs, termsFrom } from './arbitraries.js';

const LANGUAGES = [
  ['en', englishParagraph, ENGLISH_TERMS],
  ['zh', chineseParagraph, CHINESE_TERMS],
] as const;

const document = (paragraph: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((p) => p.join('\n\n'));

/** Pairs of hits that share at least one character. */
function overlaps(rows: readonly MatchRow[]): [MatchRow, MatchRow][] {
  const sorted = [...rows].sort((a, b) => a.start - b.start || a.end - b.end);
  const found: [MatchRow, MatchRow][] = [];
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) found.push([sorted[i - 1]!, sorted[i]!]);
  return found;
}

describe.each(LANGUAGES)('property (%s): nesting rules', (lang, paragraph, allTerms) => {
  const docs = (text: string) => [{ id: 'doc', text, lang }];

  it('every term counts at least as much inclusive as exclusive', () => {
    fc.assert(
      fc.property(document(paragraph), termsFrom(allTerms), (text, terms) => {
        const inclusive = countTerms(docs(text), terms, { nested: 'inclusive' });
        const exclusive = countTerms(docs(text), terms, { nested: 'exclusive' });
        inclusive.forEach((row, t) => expect(row.count).toBeGreaterThanOrEqual(exclusive[t]!.count));
      }),
      runs(300),
    );
  });

  it('exclusive hits never overlap, and each is also an inclusive hit', () => {
    fc.assert(
      fc.property(document(paragraph), termsFrom(allTerms), (text, terms) => {
        const exclusive = matches(docs(text), terms, { nested: 'exclusive' });
        expect(overlaps(exclusive)).toEqual([]);
        const inclusive = new Set(matches(docs(text), terms).map((r) => `${r.term}@${r.start}-${r.end}`));
        for (const r of exclusive) expect(inclusive.has(`${r.term}@${r.start}-${r.end}`)).toBe(true);
      }),
      runs(300),
    );
  });

  it('within one term hits never overlap, even inclusive and with overlapping variants', () => {
    fc.assert(
      fc.property(document(paragraph), termsFrom(allTerms), (text, terms) => {
        const rows = matches(docs(text), terms, { nested: 'inclusive' });
        for (const term of terms) expect(overlaps(rows.filter((r) => r.term === term))).toEqual([]);
      }),
      runs(300),
    );
  });
});
