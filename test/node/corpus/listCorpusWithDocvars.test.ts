import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../../src/errors.js';
import { listCorpusWithDocvars } from '../../../src/node/corpus/listCorpusWithDocvars.js';
import { tempDir, writeFiles } from './fixtures.js';

// Made-up files and sidecars, written for these tests.
describe('listCorpusWithDocvars', () => {
  it('lists the files and gives each its sidecar row; a row for no file and a skipped file are both warned about', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': 'Made-up a.', 'sub/b.md': 'Made-up b.', 'notes.xlsx': 'x', 'meta.csv': 'file,year\na.txt,2017\nsub/b.md,2021\ngone.txt,1999\n' });
    const plan = await listCorpusWithDocvars(dir, { metadata: join(dir, 'meta.csv') }, join(dir, 'meta.csv'));
    expect(plan.files.map((f) => f.file)).toEqual(['a.txt', 'sub/b.md']);
    expect([...plan.byFile].map(([file, row]) => [file, row.docvars.year, row.line])).toEqual([
      ['a.txt', 2017, 2],
      ['sub/b.md', 2021, 3],
    ]);
    expect(plan.warnings).toHaveLength(2);
    expect(plan.warnings[0]).toContain('notes.xlsx');
    expect(plan.warnings[1]).toBe(`${join(dir, 'meta.csv')}:4: key "gone.txt" names no file in the corpus; its docvars are not used`);
    expect(plan.failures).toEqual([]);
  });

  it('without a sidecar, matches nothing and adds no warning', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': 'Made-up a.' });
    const plan = await listCorpusWithDocvars(dir, {}, undefined);
    expect(plan.files.map((f) => f.id)).toEqual(['a']);
    expect(plan.byFile.size).toBe(0);
    expect(plan.warnings).toEqual([]);
  });

  it('rejects a missing sidecar with a FileError naming it', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': 'Made-up a.' });
    await expect(listCorpusWithDocvars(dir, {}, join(dir, 'missing.csv'))).rejects.toThrow(FileError);
    await expect(listCorpusWithDocvars(dir, {}, join(dir, 'missing.csv'))).rejects.toThrow('missing.csv');
  });
});
