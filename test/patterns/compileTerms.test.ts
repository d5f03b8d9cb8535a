import { describe, it, expect } from 'vitest';
import { compileTerms } from '../../src/patterns/terms.js';
import { PatternError } from '../../src/errors.js';

function patternError(action: () => unknown): PatternError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(PatternError);
    expect((error as PatternError).code).toBe('INVALID_PATTERN');
    return error as PatternError;
  }
  throw new Error('expected a PatternError');
}

describe('compileTerms', () => {
  it('labels a string term by itself, trimmed, and keeps { label, pattern } labels', () => {
    const terms = compileTerms([' national security ', { label: 'defence', pattern: 'defense | defence' }]);
    expect(terms.map((t) => t.label)).toEqual(['national security', 'defence']);
    expect(terms[1]!.pattern.variants.map((v) => v.source)).toEqual(['defense', 'defence']);
  });

  it('takes one term or any iterable of terms', () => {
    expect(compileTerms('security').map((t) => t.label)).toEqual(['security']);
    expect(compileTerms({ label: 'cyber', pattern: 'cyber*' }).map((t) => t.label)).toEqual(['cyber']);
    expect(compileTerms(new Set(['a', 'b'])).map((t) => t.label)).toEqual(['a', 'b']);
    expect(compileTerms([])).toEqual([]);
  });

  it('rejects a duplicate label, naming the label and the pattern', () => {
    const error = patternError(() => compileTerms(['security', ' security']));
    expect(error.details.pattern).toBe(' security');
    expect(error.message).toContain('the label "security" is used by another term');
    expect(() => compileTerms(['a', { label: 'a', pattern: 'b' }])).toThrow(PatternError);
  });

  it('rejects an empty or blank term as an empty pattern', () => {
    expect(patternError(() => compileTerms([''])).message).toContain('empty');
    const blank = patternError(() => compileTerms(['security', '   ']));
    expect(blank.details.pattern).toBe('   ');
    expect(blank.message).toContain('empty or only spaces');
  });

  it('rejects an empty or non-string label', () => {
    expect(patternError(() => compileTerms([{ label: ' ', pattern: 'security' }])).details.pattern).toBe('security');
    expect(patternError(() => compileTerms([{ label: 5 as unknown as string, pattern: 'security' }])).message).toContain('label');
  });

  it('rejects terms of the wrong shape with a PatternError, not a TypeError', () => {
    for (const bad of [null, 42, undefined]) {
      expect(patternError(() => compileTerms([bad as unknown as string])).message).toContain('a term must be');
    }
    expect(patternError(() => compileTerms([{ label: 'x', pattern: 5 as unknown as string }])).message).toContain('must be a string');
    expect(patternError(() => compileTerms(null as unknown as string)).message).toContain('a term must be');
    expect(patternError(() => compileTerms(undefined as unknown as string)).message).toContain('a term must be');
  });
});
