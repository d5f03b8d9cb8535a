import { describe, it, expect } from 'vitest';
import { parsePattern, type PatternElement } from '../../src/patterns/parsePattern.js';
import { ANY_RUN, ONE_CHAR } from '../../src/patterns/glob.js';
import { PatternError } from '../../src/errors.js';

const elements = (source: string): readonly PatternElement[][] => parsePattern(source).variants.map((v) => [...v.elements]);

function patternError(source: unknown): PatternError {
  try {
    parsePattern(source as string);
  } catch (error) {
    expect(error).toBeInstanceOf(PatternError);
    const e = error as PatternError;
    expect(e.code).toBe('INVALID_PATTERN');
    expect(e.details.pattern).toBe(String(source));
    expect(e.message).toContain(JSON.stringify(String(source)));
    return e;
  }
  throw new Error(`expected ${JSON.stringify(source)} to be rejected`);
}

describe('parsePattern', () => {
  it('parses a word, case-folded', () => {
    expect(elements('SECURITY')).toEqual([[{ kind: 'word', text: 'security' }]]);
    expect(elements('ＳＥＣＵＲＩＴＹ')).toEqual([[{ kind: 'word', text: 'security' }]]);
  });

  it('parses a phrase: words separated by one space element, whatever the whitespace', () => {
    const phrase = [{ kind: 'word', text: 'national' }, { kind: 'space' }, { kind: 'word', text: 'security' }];
    expect(elements('national security')).toEqual([phrase]);
    expect(elements('  National \t\n SECURITY  ')).toEqual([phrase]);
  });

  it('splits variants on | and trims them, keeping each as written', () => {
    const pattern = parsePattern(' Cyber Security | cyber-security|CyberSecurity ');
    expect(pattern.source).toBe(' Cyber Security | cyber-security|CyberSecurity ');
    expect(pattern.variants.map((v) => v.source)).toEqual(['Cyber Security', 'cyber-security', 'CyberSecurity']);
    expect(pattern.variants[1]!.elements).toEqual([
      { kind: 'word', text: 'cyber' },
      { kind: 'literal', text: '-' },
      { kind: 'word', text: 'security' },
    ]);
    expect(parsePattern('國家安全 | ＳＥＣＵ\u00ADＲＩＴＹ').variants.map((v) => v.source)).toEqual(['國家安全', 'ＳＥＣＵ\u00ADＲＩＴＹ']);
  });

  it('unifies dashes and apostrophes like the text', () => {
    expect(elements('cyber–security')).toEqual(elements('cyber-security'));
    expect(elements('China’s')).toEqual([[{ kind: 'word', text: 'china' }, { kind: 'literal', text: "'" }, { kind: 'word', text: 's' }]]);
  });

  it('drops soft hyphens and zero-width spaces inside a word', () => {
    expect(elements('secu\u00ADri\u200Bty')).toEqual([[{ kind: 'word', text: 'security' }]]);
  });

  it('parses Chinese as simplified CJK substrings, next to Latin words', () => {
    expect(elements('國家安全')).toEqual([[{ kind: 'cjk', text: '国家安全' }]]);
    expect(elements('AI安全')).toEqual([[{ kind: 'word', text: 'ai' }, { kind: 'cjk', text: '安全' }]]);
  });

  it('parses globs within one word', () => {
    expect(elements('secur*')).toEqual([[{ kind: 'glob', text: 'secur*', glob: ['s', 'e', 'c', 'u', 'r', ANY_RUN] }]]);
    expect(elements('defen?e')).toEqual([[{ kind: 'glob', text: 'defen?e', glob: ['d', 'e', 'f', 'e', 'n', ONE_CHAR, 'e'] }]]);
  });

  it('reads escaped characters as themselves: \\* \\? \\| \\\\', () => {
    expect(elements('secur\\*')).toEqual([[{ kind: 'word', text: 'secur' }, { kind: 'literal', text: '*' }]]);
    expect(elements('why\\?')).toEqual([[{ kind: 'word', text: 'why' }, { kind: 'literal', text: '?' }]]);
    expect(elements('a\\|b')).toEqual([[{ kind: 'word', text: 'a' }, { kind: 'literal', text: '|' }, { kind: 'word', text: 'b' }]]);
    expect(elements('a\\\\b')).toEqual([[{ kind: 'word', text: 'a' }, { kind: 'literal', text: '\\' }, { kind: 'word', text: 'b' }]]);
    expect(parsePattern('secur\\* | x').variants[0]!.source).toBe('secur\\*');
  });

  it('keeps regular-expression metacharacters as plain text', () => {
    expect(elements('(security)+')).toEqual([[{ kind: 'literal', text: '(' }, { kind: 'word', text: 'security' }, { kind: 'literal', text: ')+' }]]);
    expect(elements('a.b')).toEqual([[{ kind: 'word', text: 'a' }, { kind: 'literal', text: '.' }, { kind: 'word', text: 'b' }]]);
    expect(elements('^$[]{}')).toEqual([[{ kind: 'literal', text: '^$[]{}' }]]);
  });

  it('rejects an empty pattern or a pattern of only spaces', () => {
    expect(patternError('').message).toContain('empty');
    expect(patternError('   ').message).toContain('empty or only spaces');
    expect(patternError('\u200B').message).toContain('empty'); // only an invisible character
  });

  it('rejects an empty variant, naming which', () => {
    expect(patternError('a | ').message).toContain('variant 2 of 2 is empty');
    expect(patternError('| a').message).toContain('variant 1 of 2 is empty');
    expect(patternError('a || b').message).toContain('variant 2 of 3 is empty');
  });

  it('rejects a lone wildcard, and a trailing lone backslash', () => {
    expect(patternError('*').message).toContain('wildcard "*"');
    expect(patternError(' ?? ').message).toContain('wildcard "??"');
    expect(patternError('national *').message).toContain('wildcard "*"');
    expect(patternError('security\\').message).toContain('lone backslash');
  });

  it('rejects a pattern that is not a string', () => {
    expect(patternError(42).message).toContain('must be a string');
    expect(patternError(undefined).message).toContain('must be a string');
  });
});
