import { describe, it, expect } from 'vitest';
import { sentenceAt } from '../../src/count/sentenceAt.js';
import type { Sentence } from '../../src/text/tokenize.js';

const sentences: Sentence[] = [
  { index: 0, start: 0, end: 10, text: 'x' },
  { index: 1, start: 12, end: 20, text: 'y' },
  { index: 2, start: 25, end: 30, text: 'z' },
];

describe('sentenceAt', () => {
  it('finds the sentence containing an offset', () => {
    expect([0, 9, 12, 19, 25, 29].map((o) => sentenceAt(sentences, o)?.index)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('falls back to the last sentence starting before an offset between sentences', () => {
    expect([10, 11, 22, 40].map((o) => sentenceAt(sentences, o)?.index)).toEqual([0, 0, 1, 2]);
  });

  it('finds nothing before the first sentence or in no sentences', () => {
    expect(sentenceAt([{ index: 0, start: 5, end: 9, text: 'x' }], 2)).toBeUndefined();
    expect(sentenceAt([], 0)).toBeUndefined();
  });
});
