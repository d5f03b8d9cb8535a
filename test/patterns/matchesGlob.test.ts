import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { matchesGlob, ANY_RUN, ONE_CHAR, type Glob } from '../../src/patterns/glob.js';

const glob = (text: string): Glob => Array.from(text, (c) => (c === '*' ? ANY_RUN : c === '?' ? ONE_CHAR : c));

/** The same test by a different method: an anchored regular expression over code points. */
function byRegExp(pattern: string, word: string): boolean {
  const source = Array.from(pattern, (c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))).join('');
  return new RegExp(`^${source}$`, 'su').test(word);
}

describe('matchesGlob', () => {
  it('matches secur* against security, secure, securing and secur, not insecurity', () => {
    const g = glob('secur*');
    expect(['security', 'secure', 'securing', 'secur', 'insecurity', 'secu'].map((w) => matchesGlob(g, w))).toEqual([true, true, true, true, false, false]);
  });

  it('matches ? against exactly one character, a surrogate pair included', () => {
    const g = glob('defen?e');
    expect(['defense', 'defence', 'defene', 'defensse'].map((w) => matchesGlob(g, w))).toEqual([true, true, false, false]);
    expect(matchesGlob(glob('a?b'), 'a😀b')).toBe(true);
  });

  it('handles several stars and an empty word', () => {
    expect(matchesGlob(glob('*sec*ty*'), 'cybersecurity')).toBe(true);
    expect(matchesGlob(glob('*a*b'), 'aaaaaaaaac')).toBe(false);
    expect(matchesGlob(glob('x*'), '')).toBe(false);
    expect(matchesGlob(glob('*'), '')).toBe(true);
  });

  it('agrees with an anchored regular expression on random globs and words', () => {
    const alphabet = fc.constantFrom('a', 'b', 'é', '😀');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(alphabet, fc.constantFrom('*', '?')), { maxLength: 8 }).map((cs) => cs.join('')),
        fc.array(alphabet, { maxLength: 10 }).map((cs) => cs.join('')),
        (pattern, word) => matchesGlob(glob(pattern), word) === byRegExp(pattern, word),
      ),
      { numRuns: 3000 },
    );
  });

  it('takes time linear in the word for a glob that would make a backtracking matcher explode', () => {
    const started = performance.now();
    expect(matchesGlob(glob('*a*a*a*a*a*a*a*a*a*a*c'), 'a'.repeat(20_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000); // measured ~ 10 ms
  });
});
