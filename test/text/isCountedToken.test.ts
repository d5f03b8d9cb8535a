import { describe, it, expect } from 'vitest';
import { isCountedToken, type TokenKind } from '../../src/text/tokenize.js';

describe('isCountedToken', () => {
  it('counts words and numbers, not punctuation or symbols', () => {
    const kinds: TokenKind[] = ['word', 'number', 'punctuation', 'symbol'];
    expect(kinds.map((kind) => isCountedToken({ start: 0, end: 1, text: 'x', kind }))).toEqual([true, true, false, false]);
  });
});
