import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { countTerms } from '../../src/count/countTerms.js';
import { countCorpus } from '../../src/count/countCorpus.js';
import { mergeTermCounts, toRows, type TermCounts } from '../../src/count/termCounts.js';
import { ValidationError } from '../../src/errors.js';

// Made-up documents for these tests.
const DOCS = [
  { id: 'd1', text: 'National security is the security of the nation.' },
  { id: 'd2', text: 'Cyber security and cyber-security threats grow; threats to security.' },
  { id: 'd3', text: '维护国家安全和网络安全。' },
  { id: 'd4', text: 'No match here at all.' },
  { id: 'd5', text: 'Security, security, SECURITY: a national security emergency.' },
  { id: 'd6', text: '國家安全是根基。' },
];
const TERMS = ['security', 'national security', 'cyber security | cyber-security', 'threat*', '国家安全', '安全'];

/** The counts of document `i` alone, at its position in the whole corpus. */
const single = (i: number, nested: 'inclusive' | 'exclusive'): Promise<TermCounts> => countCorpus([DOCS[i]!], TERMS, { nested, start: i });

describe('mergeTermCounts', () => {
  it.each(['inclusive', 'exclusive'] as const)('gives the rows of countTerms whatever the grouping and order of the parts (%s)', async (nested) => {
    const parts = await Promise.all(DOCS.map((_, i) => single(i, nested)));
    const expected = JSON.stringify(countTerms(DOCS, TERMS, { nested }));
    fc.assert(
      fc.property(
        fc.array(fc.nat(3), { minLength: DOCS.length, maxLength: DOCS.length }),
        fc.infiniteStream(fc.nat()),
        (groupOf, random) => {
          // Random partition into up to 4 groups; each group merged in a random order, then the groups.
          const shuffle = <T>(list: T[]): T[] => list.map((x) => [random.next().value, x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
          const groups = [0, 1, 2, 3].map((g) => shuffle(parts.filter((_, i) => groupOf[i] === g)));
          const merged = shuffle(groups.filter((g) => g.length > 0).map((g) => g.reduce((a, b) => mergeTermCounts(a, b))));
          const whole = merged.reduce((a, b) => mergeTermCounts(a, b));
          expect(JSON.stringify(toRows(whole))).toBe(expected);
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });

  it('is associative and commutative on the counts themselves, totals included', async () => {
    const [a, b, c] = await Promise.all([single(0, 'inclusive'), single(1, 'inclusive'), single(2, 'inclusive')]);
    const left = mergeTermCounts(mergeTermCounts(a, b), c);
    expect(mergeTermCounts(a, mergeTermCounts(b, c))).toEqual(left);
    expect(mergeTermCounts(c, mergeTermCounts(b, a))).toEqual(left);
    expect(left.totals.counts).toEqual(TERMS.map((_, t) => a.totals.counts[t]! + b.totals.counts[t]! + c.totals.counts[t]!));
    expect(left.totals.documents).toBe(3);
  });

  it('has the counts of no document as its neutral element', async () => {
    const empty = await countCorpus([], TERMS);
    const a = await single(0, 'inclusive');
    expect(mergeTermCounts(empty, a)).toEqual(a);
    expect(mergeTermCounts(a, empty)).toEqual(a);
  });

  it('refuses counts of other terms, of another nesting rule, or a document counted twice', async () => {
    const a = await single(0, 'inclusive');
    await expect(countCorpus([DOCS[1]!], ['security'], { start: 1 }).then((b) => mergeTermCounts(a, b))).rejects.toThrow(ValidationError);
    await expect(single(1, 'exclusive').then((b) => mergeTermCounts(a, b))).rejects.toThrow(/inclusive, the other exclusive/);
    expect(() => mergeTermCounts(a, a)).toThrow(/document "d1" at position 0 is in both counts/);
  });

  it("merges counts per character into the rows of countTerms per character, in any order", async () => {
    const parts = await Promise.all(DOCS.map((doc, i) => countCorpus([doc], TERMS, { start: i, per: 'characters' })));
    const expected = JSON.stringify(countTerms(DOCS, TERMS, { per: 'characters' }));
    const forward = parts.reduce((a, b) => mergeTermCounts(a, b));
    const backward = [...parts].reverse().reduce((a, b) => mergeTermCounts(a, b));
    expect(JSON.stringify(toRows(forward))).toBe(expected);
    expect(backward).toEqual(forward);
    expect(forward.per).toBe('characters');
    expect(forward.totals.tokens).toBeNull();
    expect(forward.totals.characters).toBe(parts.reduce((n, part) => n + part.totals.characters, 0));
    expect(mergeTermCounts(await countCorpus([], TERMS, { per: 'characters' }), parts[0]!)).toEqual(parts[0]);
  });

  it('refuses to merge counts per token with counts per character, naming the field', async () => {
    const byToken = await single(0, 'inclusive');
    const byCharacter = await countCorpus([DOCS[1]!], TERMS, { start: 1, per: 'characters' });
    expect(() => mergeTermCounts(byToken, byCharacter)).toThrow(ValidationError);
    expect(() => mergeTermCounts(byCharacter, byToken)).toThrow(/field "per": one counts per characters, the other per tokens/);
    expect(() => mergeTermCounts(byToken, byCharacter)).toThrow(
      expect.objectContaining({ issues: [{ field: 'per', message: 'one counts per tokens, the other per characters' }] }),
    );
    // Counts that say per: 'tokens' are counts per token.
    const first = await countCorpus([DOCS[0]!], TERMS);
    expect(toRows(mergeTermCounts({ ...first, per: 'tokens' }, await single(1, 'inclusive')))).toEqual(countTerms(DOCS.slice(0, 2), TERMS));
  });

  it('refuses counts per character without characters, or with tokens', async () => {
    const byCharacter = await countCorpus([DOCS[0]!], TERMS, { per: 'characters' });
    const [doc] = byCharacter.documents;
    expect(() => toRows({ ...byCharacter, documents: [{ ...doc!, characters: -1 }] })).toThrow(/documents\.0\.characters/);
    expect(() => toRows({ ...byCharacter, totals: { ...byCharacter.totals, tokens: 3 } } as unknown as typeof byCharacter)).toThrow(/totals\.tokens/);
    expect(() => toRows({ ...byCharacter, per: 'words' } as unknown as typeof byCharacter)).toThrow(/per/);
  });

  it('refuses data that is not term counts, naming the field', () => {
    expect(() => toRows({ terms: ['x'], patterns: ['x'], nested: 'inclusive', documents: [{ position: 0, docId: 'a', tokens: 3, counts: [] }], totals: { documents: 1, tokens: 3, counts: [0] } })).toThrow(
      /documents\.0\.counts/,
    );
    expect(() => toRows({} as TermCounts)).toThrow(ValidationError);
  });
});
