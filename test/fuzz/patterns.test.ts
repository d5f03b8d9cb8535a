// Fuzzing the pattern compiler: parsePattern() and compileTerms() on random and mutated
// patterns, then counting the patterns that compile in made-up text. Checks: no crash but a
// PatternError (a SecuritizationError), no case over the time bound, every hit a valid span.
import { beforeAll, describe, it, expect } from 'vitest';
import { compileTerms, createDocument, kwic, matches, parsePattern } from '../../src/index.js';
import { fuzz } from './fuzz.js';
import { mutatedText } from './mutate.js';

const PATTERNS = [
  'security',
  'national security',
  'secur* | defen?e',
  'cyber security | cyber-security | cybersecurity',
  '国家安全 | 國家安全',
  'AI安全',
  '\\* \\| \\? \\\\',
  "state's",
  '(a+)+$ | (.\\*a){20}',
  '...',
];
const TEXT = createDocument({
  id: 'fuzz',
  text: "National security, cyber-security and CYBERSECURITY. The state's defence; defense!\r\n(a+)+$ and (.*a){20}... 维护国家安全，國家安全。AI安全 \\* | ? ＳＥＣＵＲＩＴＹ secu\u00ADrity.",
});

describe('fuzz: the pattern compiler', () => {
  // Building wink-nlp and OpenCC takes a few hundred milliseconds: not part of any case's time.
  beforeAll(() => void matches([TEXT], PATTERNS));

  it('parsePattern() and compileTerms() accept a pattern or throw a PatternError', () => {
    fuzz('parsePattern/compileTerms', mutatedText(PATTERNS), 4000, (pattern) => {
      const parsed = parsePattern(pattern);
      expect(parsed.variants.length).toBeGreaterThan(0);
      for (const variant of parsed.variants) expect(variant.elements.length).toBeGreaterThan(0);
      compileTerms([pattern, { label: 'other', pattern }]);
    });
  });

  it('every pattern that compiles counts in text: hits are valid spans, KWIC keywords their slices', () => {
    const text = TEXT.text;
    fuzz('matches/kwic with fuzzed patterns', mutatedText(PATTERNS), 1200, (pattern) => {
      for (const nested of ['inclusive', 'exclusive'] as const) {
        for (const r of matches([TEXT], [pattern, 'security'], { nested })) {
          expect(0 <= r.start && r.start < r.end && r.end <= text.length && text.slice(r.start, r.end) === r.surface).toBe(true);
        }
      }
      for (const line of kwic([TEXT], pattern, { window: 2 })) expect(line.keyword).toBe(text.slice(line.start, line.end));
    });
  });

  it('fuzzed text against fixed patterns: hits are valid spans', () => {
    fuzz('matches with fuzzed text', mutatedText([TEXT.text]), 1200, (text) => {
      const doc = createDocument({ id: 'fuzz', text, lang: 'en' });
      for (const r of matches([doc], PATTERNS.slice(0, 8), { nested: 'exclusive' })) {
        expect(0 <= r.start && r.start < r.end && r.end <= text.length && text.slice(r.start, r.end) === r.surface).toBe(true);
      }
    });
  });
});
