import { describe, expect, it } from 'vitest';
import { FileError } from '../../../src/errors.js';
import type { CorpusFile } from '../../../src/node/corpus/listCorpusFiles.js';
import { matchDocvars } from '../../../src/node/corpus/matchDocvars.js';
import type { DocvarsRow } from '../../../src/node/corpus/parseDocvars.js';

const file = (rel: string): CorpusFile => ({ path: `/c/${rel}`, file: rel, id: rel, format: 'text' });
const row = (key: string, line: number): DocvarsRow => ({ key, line, docvars: { title: `title of ${key}` } });
const files = [file('a.txt'), file('x/b.txt'), file('y/b.txt'), file('y/c.txt')];

describe('matchDocvars', () => {
  it('matches relative paths, and file names that one file has', () => {
    const { byFile, warnings } = matchDocvars([row('a.txt', 2), row('x/b.txt', 3), row('c.txt', 4)], files, 'm.csv');
    expect([...byFile].map(([f, r]) => [f, r.line])).toEqual([['a.txt', 2], ['x/b.txt', 3], ['y/c.txt', 4]]);
    expect(warnings).toEqual([]);
  });

  it('warns, naming sidecar and line, about a key that names no file', () => {
    const { byFile, warnings } = matchDocvars([row('a.txt', 2), row('gone.txt', 7)], files, 'm.csv');
    expect(byFile.size).toBe(1);
    expect(warnings).toEqual(['m.csv:7: key "gone.txt" names no file in the corpus; its docvars are not used']);
  });

  it('rejects a file name that several files have', () => {
    expect(() => matchDocvars([row('b.txt', 5)], files, 'm.csv')).toThrow(FileError);
    expect(() => matchDocvars([row('b.txt', 5)], files, 'm.csv')).toThrow('m.csv:5: key "b.txt" names 2 files (x/b.txt, y/b.txt); give the relative path');
  });

  it('rejects two rows for the same file, naming both lines', () => {
    expect(() => matchDocvars([row('y/c.txt', 3), row('c.txt', 9)], files, 'm.csv')).toThrow('m.csv:9: lines 3 and 9 both give docvars for y/c.txt');
  });
});
