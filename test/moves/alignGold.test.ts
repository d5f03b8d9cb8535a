import { describe, it, expect } from 'vitest';
import { alignGold, codePointToUtf16, parseGold } from '../../src/moves/index.js';
import { createDocument } from '../../src/text/document.js';
import { FileError } from '../../src/errors.js';

describe('codePointToUtf16', () => {
  it('counts a character outside the BMP once in code points and twice in UTF-16', () => {
    expect(codePointToUtf16('a🙂b', 0)).toBe(0);
    expect(codePointToUtf16('a🙂b', 1)).toBe(1);
    expect(codePointToUtf16('a🙂b', 2)).toBe(3);
    expect(codePointToUtf16('a🙂b', 3)).toBe(4);
    expect(codePointToUtf16('a🙂b', 4)).toBe(-1);
    expect(codePointToUtf16('𠀀国家安全', 2)).toBe(3);
  });
});

// A made-up document with an emoji before the sentence and a line break inside it.
const text = 'Intro 🙂 text. Build  new\nports now.';
const doc = createDocument({ id: 'plan', text });
const gold = (offset: number, sentence: string): string =>
  JSON.stringify({ id: 'p-1', doc: 'plan.txt', offset, text: sentence, claim: false, warn: false, request: true, securitizing: false, referent: null, sector: null, note: null });

describe('alignGold', () => {
  it('converts the code-point offset and matches collapsed whitespace against the original', () => {
    // Python: 'Intro 🙂 text. Build…'.index('Build') == 14; in UTF-16 it is 15.
    const items = parseGold(gold(14, 'Build new ports now.'), 'g.jsonl');
    const [aligned] = alignGold(items, (name) => (name === 'plan.txt' ? doc : undefined), 'g.jsonl');
    expect(aligned).toMatchObject({ docId: 'plan', start: 15, end: text.length });
    expect(text.slice(aligned!.start, aligned!.end)).toBe('Build  new\nports now.');
  });

  it('names the gold file and line when the text does not match at the offset', () => {
    const items = parseGold(`\n${gold(15, 'Build new ports now.')}`, 'g.jsonl');
    expect(() => alignGold(items, () => doc, 'g.jsonl')).toThrow(FileError);
    expect(() => alignGold(items, () => doc, 'g.jsonl')).toThrow(/^g\.jsonl:2: text of item "p-1" does not match/);
  });

  it('reports a missing document and an offset past the end', () => {
    const items = parseGold(gold(14, 'Build new ports now.'), 'g.jsonl');
    expect(() => alignGold(items, () => undefined, 'g.jsonl')).toThrow(/document "plan.txt" of item "p-1" is not in the corpus/);
    expect(() => alignGold(parseGold(gold(99, 'x'), 'g.jsonl'), () => doc, 'g.jsonl')).toThrow(/past the end/);
  });
});

// The same made-up document, located by offset + length instead of text.
const located = (offset: number, length: number): string =>
  JSON.stringify({ id: 'p-1', doc: 'plan.txt', offset, length, claim: false, warn: false, request: true, securitizing: false, referent: null, sector: null, note: null });

describe('alignGold: offset + length', () => {
  it('reads the text from the document (code points, whitespace collapsed)', () => {
    // 'Build  new' = 10 code points from code point 14 (after the emoji, which is 2 UTF-16 units).
    const [aligned] = alignGold(parseGold(located(14, 10), 'g.jsonl'), () => doc, 'g.jsonl');
    expect(aligned).toMatchObject({ start: 15, end: 25 });
    expect(aligned!.item.text).toBe('Build new');
    // Independent check: slice the code points with Array.from.
    expect(Array.from(text).slice(14, 24).join('')).toBe(text.slice(aligned!.start, aligned!.end));
  });

  it('rejects a span across a line break, with whitespace at its edge, or past the end', () => {
    expect(() => alignGold(parseGold(located(14, 15), 'g.jsonl'), () => doc, 'g.jsonl')).toThrow(/g\.jsonl:1: the span of item "p-1" .* spans a line break/);
    expect(() => alignGold(parseGold(located(13, 6), 'g.jsonl'), () => doc, 'g.jsonl')).toThrow(/starts or ends with whitespace/);
    expect(() => alignGold(parseGold(located(30, 10), 'g.jsonl'), () => doc, 'g.jsonl')).toThrow(/past the end/);
  });

  it('checks that text and length agree when a line gives both', () => {
    const both = (length: number): string => JSON.stringify({ ...JSON.parse(located(14, length)), text: 'Build new' });
    expect(alignGold(parseGold(both(10), 'g.jsonl'), () => doc, 'g.jsonl')[0]).toMatchObject({ start: 15, end: 25 });
    expect(() => alignGold(parseGold(both(9), 'g.jsonl'), () => doc, 'g.jsonl')).toThrow(/length 9 of item "p-1" does not agree with its text \(10 code points\)/);
  });
});
