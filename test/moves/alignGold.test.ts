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
