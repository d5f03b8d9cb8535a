// Regular-expression metacharacters and catastrophic-backtracking shapes in user terms: plain
// text, matched in time linear in the document. Every text here is made up.
import { describe, it, expect } from 'vitest';
import { countTerms, matches } from '../../src/index.js';
import { literalCount } from './support.js';

describe('bad input: regular-expression metacharacters in terms are plain text', () => {
  const text = 'Rules: (a+)+$ and [x]{2} and a.b, not axb; ^start$ and a|b and back\\slash.';

  it.each(['(a+)+$', '[x]{2}', 'a.b', '^start$'])('%j counts its literal occurrences only', (term) => {
    expect(countTerms([text], [term])[0]!.count).toBe(literalCount(text, term));
    expect(literalCount(text, term)).toBe(1);
  });

  it('"|" separates variants and "\\" escapes: "a\\|b" is the literal a|b, "back\\\\slash" the backslash', () => {
    expect(matches([text], ['a\\|b', 'back\\\\slash']).map((r) => r.surface)).toEqual(['a|b', 'back\\slash']);
  });

  it('"*" is a wildcard inside a word: "(.*a){20}" finds "(.banana){20}"; escaped, the literal text', () => {
    const shapes = 'Shapes: (.banana){20} and (.*a){20}.';
    expect(matches([shapes], ['(.*a){20}']).map((r) => r.surface)).toEqual(['(.banana){20}']);
    expect(matches([shapes], ['(.\\*a){20}']).map((r) => r.surface)).toEqual(['(.*a){20}']);
  });
});

/** Fastest of three runs of countTerms on a fresh document (segmenting and normalizing included). */
function bestTime(text: string, term: string, lang: 'en' | 'zh'): { ms: number; count: number } {
  let ms = Infinity;
  let count = -1;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    count = countTerms([{ id: 'shape', text, lang }], [term])[0]!.count;
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, count };
}

// Each shape is made to trip a backtracking regular-expression engine: runs of one letter that
// almost match, nested quantifiers written as text, many near-miss candidates of a phrase.
const SHAPES: readonly { term: string; text: (n: number) => string; count: (n: number) => number; lang?: 'zh' }[] = [
  { term: '(a+)+$', text: (n) => `${'a'.repeat(n)}!`, count: () => 0 },
  { term: '(a+)+$', text: (n) => `${'(a+)+'.repeat(n / 5)}$`, count: () => 1 },
  { term: '(.\\*a){20}', text: (n) => '(.*a)'.repeat(n / 5), count: () => 0 },
  { term: '*a*a*a*a*a*a*a*a*a*a*b', text: (n) => 'a'.repeat(n), count: () => 0 },
  { term: 'a a a a a a a a a a b', text: (n) => 'a '.repeat(n / 2), count: () => 0 },
  { term: '((((((((((', text: (n) => '('.repeat(n), count: (n) => n / 10 },
  { term: '安全安全安全安全安全安全安全安全x', text: (n) => '安全'.repeat(n / 2), count: () => 0, lang: 'zh' },
];
const SMALL = 100_000;
const LARGE = 400_000;

describe('bad input: catastrophic-backtracking shapes finish in linear time', () => {
  it.each(SHAPES)('$term on a near-miss text: 4× the text takes < 10× the time', ({ term, text, count, lang }) => {
    countTerms(['warm up the tokenizer'], ['warm']);
    const small = bestTime(text(SMALL), term, lang ?? 'en');
    const large = bestTime(text(LARGE), term, lang ?? 'en');
    expect([small.count, large.count]).toEqual([count(SMALL), count(LARGE)]);
    // Linear: ratio ≈ 4; quadratic: 16; exponential: never finishes. Below 50 ms timer noise rules.
    const ratio = large.ms / Math.max(small.ms, 1);
    console.info(`shape ${term}: ${SMALL} chars ${small.ms.toFixed(1)} ms, ${LARGE} chars ${large.ms.toFixed(1)} ms, ratio ${ratio.toFixed(1)}`);
    expect(large.ms < 50 || ratio < 10, `ratio ${ratio.toFixed(1)}`).toBe(true);
    expect(large.ms).toBeLessThan(2000);
  });
});
