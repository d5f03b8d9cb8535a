import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../../src/errors.js';
import { readCorpus } from '../../../src/node/corpus/readCorpus.js';
import { streamCorpus, type CorpusItem } from '../../../src/node/corpus/streamCorpus.js';
import { scannedPdf, tempDir, textPdf, writeFiles } from './fixtures.js';

// Made-up files.
async function folder(): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, {
    'z.txt': 'Made-up text z warns of threats.',
    'a/one.md': 'Made-up text one.',
    'a/two.html': '<p>Made-up text two.</p>',
    'm.pdf': textPdf('Made-up PDF text.'),
    'scan.pdf': scannedPdf(),
    'skip.docx': 'x',
  });
  return dir;
}

async function collect(items: AsyncIterable<CorpusItem>): Promise<CorpusItem[]> {
  const all: CorpusItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('streamCorpus', () => {
  it('yields the same documents, failures and warnings as readCorpus, in the same order', async () => {
    const dir = await folder();
    const items = await collect(streamCorpus(dir));
    const corpus = await readCorpus(dir);
    expect(items.flatMap((i) => ('document' in i ? [i.document] : []))).toEqual(corpus.documents);
    expect(items.flatMap((i) => ('failure' in i ? [i.failure] : []))).toEqual(corpus.failures);
    expect(items.flatMap((i) => ('warning' in i ? [i.warning] : []))).toEqual(corpus.warnings);
    expect(corpus.documents.map((d) => d.meta.file)).toEqual(['a/one.md', 'a/two.html', 'm.pdf', 'z.txt']);
  });

  it('yields warnings first, then one item per file in path order', async () => {
    const dir = await folder();
    const kinds = (await collect(streamCorpus(dir))).map((i) =>
      'warning' in i ? 'warning' : 'document' in i ? `document ${String(i.document.meta.file)}` : `failure ${i.failure.file.slice(dir.length + 1)}`,
    );
    expect(kinds).toEqual(['warning', 'document a/one.md', 'document a/two.html', 'document m.pdf', 'failure scan.pdf', 'document z.txt']);
  });

  it('reads one file per step: a file is not read before the consumer asks for its item', async () => {
    const dir = await folder();
    const seen: string[] = [];
    const stream = streamCorpus(dir, { onFile: (file, index, total) => seen.push(`${index + 1}/${total} ${file.slice(dir.length + 1)}`) });
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next(); // the warning
    expect(seen).toEqual([]);
    const first = await iterator.next();
    expect(first.value).toHaveProperty('document');
    expect(seen).toEqual(['1/5 a/one.md']);
    await iterator.return(undefined);
    expect(seen).toHaveLength(1);
  });

  it('can count a corpus without keeping it', async () => {
    const dir = await folder();
    let characters = 0;
    for await (const item of streamCorpus(dir)) if ('document' in item) characters += item.document.text.length;
    const expected = ['Made-up text z warns of threats.', 'Made-up text one.', 'Made-up text two.', 'Made-up PDF text.'].join('').length;
    expect(characters).toBe(expected);
  });

  it('throws at the first step for a corpus folder that does not exist', async () => {
    const dir = await tempDir();
    await expect(collect(streamCorpus(join(dir, 'nope')))).rejects.toThrow(FileError);
  });
});
