import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { alignGold, parseGold } from '../../src/moves/index.js';
import { createDocument } from '../../src/text/document.js';
import { corpusAvailable, corpusFile, describeGold, goldDir } from '../support/shared.js';

describeGold('the shared dev gold set', () => {
  const file = resolve(goldDir, 'dev.jsonl');
  const items = parseGold(readFileSync(file, 'utf8'), file);

  it('parses 60 valid items', () => {
    expect(items).toHaveLength(60);
    expect(new Set(items.map((i) => i.doc)).size).toBe(3);
  });

  it.skipIf(!corpusAvailable)('aligns every item: the code-point offset, converted to UTF-16, points at the item text', () => {
    const docs = new Map<string, ReturnType<typeof createDocument>>();
    for (const name of new Set(items.map((i) => i.doc))) docs.set(name, createDocument({ id: name, text: readFileSync(corpusFile(name), 'utf8') }));
    const aligned = alignGold(items, (name) => docs.get(name), file);
    for (const a of aligned) {
      const original = docs.get(a.item.doc)!.text.slice(a.start, a.end);
      // Independent check: collapse whitespace with a plain regular expression.
      expect(original.replace(/\s+/gu, ' ')).toBe(a.item.text);
      // Python's code-point index equals the number of code points before the UTF-16 index.
      expect(Array.from(docs.get(a.item.doc)!.text.slice(0, a.start)).length).toBe(a.item.offset);
    }
  });
});
