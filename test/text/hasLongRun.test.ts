import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { hasLongRun } from '../../src/text/readEnglish.js';

// Every character JavaScript's \s matches, and neighbours it does not (NEL, ZWSP, word joiner).
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const NOT_SPACES = ['\u0085', '\u200b', '\u2060', '\u180e', 'a', '安', '-', '😀'];

describe('hasLongRun', () => {
  it('says what /\\S{501,}/ finds (UTF-16 units), on runs around the limit broken by every kind of space', () => {
    const piece = fc.oneof(
      fc.constantFrom(...SPACES),
      fc.integer({ min: 1, max: 520 }).chain((n) => fc.constantFrom(...NOT_SPACES).map((c) => c.repeat(n))),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const text = pieces.join('');
        expect(hasLongRun(text, 0, text.length)).toBe(/\S{501,}/.test(text));
      }),
      { seed: 20240607, numRuns: 2000 },
    );
  });

  it('looks only inside [start, end)', () => {
    const text = `${'x'.repeat(501)} short ${'y'.repeat(501)}`;
    expect(hasLongRun(text, 0, text.length)).toBe(true);
    expect(hasLongRun(text, 1, text.length - 1)).toBe(false);
    expect(hasLongRun(text, 0, 501)).toBe(true);
    expect(hasLongRun(text, 0, 500)).toBe(false);
    expect(hasLongRun('', 0, 0)).toBe(false);
  });
});
