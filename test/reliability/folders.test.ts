// Folders with files that cannot be read, and corpora with bad files among good ones: one bad
// document never loses the others' results, and each failure names its file and reason.
//
// These tests run as root in CI, and root reads a file whatever its permissions (chmod 000 does
// not stop it), so an unreadable file is simulated: a file that disappears between listing and
// reading, a FIFO (reading it would wait for ever for a writer), a dangling symbolic link and a
// symbolic link loop. Every text here is made up.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { DocumentError, FileError, LanguageError } from '../../src/errors.js';
import { loadDocuments } from '../../src/node/loadDocuments.js';
import { readCorpus } from '../../src/node/corpus/readCorpus.js';
import { cli, scratchDir, within } from './support.js';

const root = scratchDir('folders');
let folders = 0;
/** A new folder holding `files` (name → content). */
function folder(files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  const dir = join(root, `f${++folders}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
const fifo = (path: string): string => {
  execFileSync('mkfifo', [path]);
  return path;
};

const GOOD = { 'a.txt': 'Made-up text: national security first.', 'c.txt': '维护国家安全。' };

describe('bad input: files that cannot be read', () => {
  it('a file that disappears between listing and reading fails alone (ENOENT), named', async () => {
    const dir = folder({ ...GOOD, 'b.txt': 'Made-up text that will be deleted.' });
    const { documents, failures } = await readCorpus(dir, {
      onFile: (file) => {
        if (file.endsWith('b.txt')) unlinkSync(file);
      },
    });
    expect(documents.map((d) => d.id)).toEqual(['a', 'c']);
    expect(failures.map((f) => [f.file, f.error.message])).toEqual([[join(dir, 'b.txt'), `${join(dir, 'b.txt')}: cannot read the file (ENOENT)`]]);
  });

  it('a FIFO in a folder is skipped with a warning, never opened', async () => {
    const dir = folder(GOOD);
    fifo(join(dir, 'b.txt'));
    const { documents, failures, warnings } = await within(5000, readCorpus(dir), 'readCorpus on a folder with a FIFO');
    expect(documents.map((d) => d.id)).toEqual(['a', 'c']);
    expect(failures).toEqual([]);
    expect(warnings).toEqual([`skipped ${join(dir, 'b.txt')}: not a regular file or folder`]);
  });

  it('a FIFO named explicitly fails alone in loadDocuments instead of hanging', async () => {
    // Fixed: readFile on a FIFO waited for a writer for ever; the process could not even exit.
    const dir = folder(GOOD);
    const pipe = fifo(join(dir, 'b.txt'));
    const { documents, failures } = await within(5000, loadDocuments([join(dir, 'a.txt'), pipe, join(dir, 'c.txt')]), 'loadDocuments on a FIFO');
    expect(documents.map((d) => d.id)).toEqual(['a', 'c']);
    expect(failures.map((f) => f.error.message)).toEqual([`${pipe}: not a regular file (a FIFO, socket or device)`]);
  });

  it('a FIFO named on the command line: `count` reports it, counts the rest, exits 1', async () => {
    const dir = folder(GOOD);
    fifo(join(dir, 'b.txt'));
    const { code, stdout, stderr } = await within(5000, cli(dir, 'count', 'a.txt', 'b.txt', 'c.txt', '--terms', '安全', '-f', 'csv'), 'count on a FIFO');
    expect(code).toBe(1);
    expect(stdout.split('\n').map((line) => line.split(',').slice(0, 3).join(','))).toEqual(['docId,term,count', 'a,安全,0', 'c,安全,1', '']);
    expect(stderr).toBe(`skipped ${join(dir, 'b.txt')}: not a regular file (a FIFO, socket or device)\n`);
  });

  it('a dangling symbolic link: skipped in a folder, a FileError (ENOENT) when named', async () => {
    const dir = folder(GOOD);
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'b.txt'));
    const read = await readCorpus(dir);
    expect(read.documents.map((d) => d.id)).toEqual(['a', 'c']);
    expect(read.warnings).toEqual([`skipped ${join(dir, 'b.txt')}: broken symbolic link to ${join(dir, 'gone.txt')} (ENOENT), not followed`]);
    const loaded = await loadDocuments([join(dir, 'b.txt'), join(dir, 'a.txt')]);
    expect(loaded.documents.map((d) => d.id)).toEqual(['a']);
    expect(loaded.failures.map((f) => f.error.message)).toEqual([`${join(dir, 'b.txt')}: cannot read the file (ENOENT)`]);
  });
});

describe('bad input: symbolic link loops', () => {
  it('two links pointing at each other: skipped as a loop in a folder, ELOOP when named', async () => {
    const dir = folder(GOOD);
    symlinkSync('y.txt', join(dir, 'x.txt'));
    symlinkSync('x.txt', join(dir, 'y.txt'));
    const read = await within(5000, readCorpus(dir, { followSymlinks: true }), 'readCorpus on a link loop');
    expect(read.documents.map((d) => d.id)).toEqual(['a', 'c']);
    expect(read.warnings).toEqual([
      `skipped ${join(dir, 'x.txt')}: symbolic link loop (y.txt), not followed`,
      `skipped ${join(dir, 'y.txt')}: symbolic link loop (x.txt), not followed`,
    ]);
    const loaded = await loadDocuments([join(dir, 'x.txt')]);
    expect(loaded.failures.map((f) => f.error.message)).toEqual([`${join(dir, 'x.txt')}: cannot read the file (ELOOP)`]);
  });

  it('a link to a parent folder, followed: the walk stops at the loop and reads each file once', async () => {
    const dir = folder(GOOD);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'd.txt'), 'Made-up text on cyber security.');
    symlinkSync('..', join(dir, 'sub', 'up'));
    const read = await within(5000, readCorpus(dir, { followSymlinks: true }), 'readCorpus on a folder loop');
    expect(read.documents.map((d) => d.id)).toEqual(['a', 'c', 'd']);
    expect(read.warnings).toEqual([`skipped ${join(dir, 'sub/up')}: symbolic link loop (back to ${dir}), not followed`]);
  });
});

describe('bad input: one bad document never loses the others', () => {
  const MIXED = {
    'a.txt': GOOD['a.txt'],
    'b.txt': new Uint8Array([0x42, 0x00, 0x43]), // binary
    'c.txt': GOOD['c.txt'],
    'd.txt': new Uint8Array([0x64, 0xe9, 0x66]), // Latin-1
    'e.txt': ' \n\t\n', // blank
    'f.txt': '1234 !!! 5678', // no language
    'g.txt': 'Made-up text: cyber security second.',
  };
  const BAD = [
    ['b.txt', FileError, 'not a text file (NUL byte at byte offset 1)'],
    ['d.txt', FileError, 'invalid UTF-8 at byte offset 1'],
    ['e.txt', DocumentError, 'is empty'],
    ['f.txt', LanguageError, 'cannot detect its language'],
  ] as const;

  it('loadDocuments: every good file loaded, every bad one in failures with its typed error', async () => {
    const dir = folder(MIXED);
    const files = Object.keys(MIXED).map((name) => join(dir, name));
    const { documents, failures } = await loadDocuments([...files, join(dir, 'missing.txt')]);
    expect(documents.map((d) => d.id)).toEqual(['a', 'c', 'g']);
    expect(failures).toHaveLength(BAD.length + 1);
    BAD.forEach(([name, type, message], i) => {
      expect(failures[i]!.file).toBe(join(dir, name));
      expect(failures[i]!.error).toBeInstanceOf(type);
      expect(failures[i]!.error.message).toContain(message);
      expect(failures[i]!.error.details.file).toBe(join(dir, name));
    });
    expect(failures[BAD.length]!.error.message).toBe(`${join(dir, 'missing.txt')}: cannot read the file (ENOENT)`);
  });

  it('readCorpus on the folder: the same documents and failures', async () => {
    const dir = folder(MIXED);
    const { documents, failures } = await readCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['a', 'c', 'g']);
    expect(failures.map((f) => [f.file, f.error.constructor.name])).toEqual(BAD.map(([name, type]) => [join(dir, name), type.name]));
  });

  it('CLI count: rows for every good file, one stderr line per bad file, exit code 1', async () => {
    const dir = folder(MIXED);
    const { code, stdout, stderr } = await cli(dir, 'count', ...Object.keys(MIXED), '--terms', 'security', '-f', 'csv');
    expect(code).toBe(1);
    expect(stdout.split('\n').map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      'docId,term,count',
      'a,security,1',
      'c,security,0',
      'g,security,1',
      '',
    ]);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(BAD.length);
    BAD.forEach(([name, , message], i) => {
      expect(lines[i]).toContain(join(dir, name));
      expect(lines[i]).toContain(message);
    });
  });
});
