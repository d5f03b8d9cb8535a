import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { loadDocuments } from '../../src/node/loadDocuments.js';
import { DocumentError, FileError } from '../../src/errors.js';
import { fileWriter, tempFolder } from '../support/files.js';

const dir = tempFolder('loadDocuments');
const file = fileWriter(dir);

// Made-up texts.
describe('loadDocuments', () => {
  it('loads every file it can and reports the others, in order, losing nothing', async () => {
    const a = file('a.txt', 'National security first.');
    const binary = file('binary.txt', new Uint8Array([0x41, 0x00]));
    const missing = join(dir, 'missing.txt');
    const empty = file('empty.txt', '   \n');
    const b = file('b.txt', '维护国家安全。');
    const { documents, failures } = await loadDocuments([a, binary, missing, empty, b]);
    expect(documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(failures.map((f) => [f.file, f.error.constructor.name])).toEqual([
      [binary, 'FileError'],
      [missing, 'FileError'],
      [empty, 'DocumentError'],
    ]);
    for (const failure of failures) expect(failure.error.details.file).toBe(failure.file);
    expect(failures[0]!.error).toBeInstanceOf(FileError);
    expect(failures[2]!.error).toBeInstanceOf(DocumentError);
  });

  it('uses the path as id when two files share a name', async () => {
    const one = file('one/plan.txt', 'Security.');
    const two = file('two/plan.txt', 'Safety.');
    const other = file('other.txt', 'Defence.');
    const { documents } = await loadDocuments([one, two, other]);
    expect(documents.map((d) => d.id)).toEqual([one, two, 'other']);
  });

  it('loads a file listed twice once, reporting the repeat', async () => {
    const a = file('twice.txt', 'Security.');
    const { documents, failures } = await loadDocuments([a, join(dir, '.', 'twice.txt')]);
    expect(documents.map((d) => d.id)).toEqual(['twice']);
    expect(failures.map((f) => [f.file, f.error.message])).toEqual([[join(dir, '.', 'twice.txt'), `${join(dir, '.', 'twice.txt')}: listed more than once; loaded once`]]);
  });

  it('passes options (lang) to every file and returns nothing for no files', async () => {
    const dots = file('dots.txt', '!!!');
    const { documents, failures } = await loadDocuments([dots], { lang: 'en' });
    expect([documents.length, failures.length]).toEqual([1, 0]);
    expect(await loadDocuments([])).toEqual({ documents: [], failures: [] });
  });
});
