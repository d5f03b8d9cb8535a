import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError, OptionError } from '../../../src/errors.js';
import { listCorpusFiles } from '../../../src/node/corpus/listCorpusFiles.js';
import { tempDir, writeFiles } from './fixtures.js';

const text = 'Made-up text.';

describe('listCorpusFiles', () => {
  it('sorts by relative path in code-point order, not UTF-16 order', async () => {
    const dir = await tempDir();
    // U+FF5A (ｚ) sorts before U+1F600 (😀) by code point, after it by UTF-16 code unit.
    const names = ['😀.txt', 'ｚ.txt', 'é.txt', 'b.txt', 'B.txt', 'a.txt', 'a/b.txt'];
    await writeFiles(dir, Object.fromEntries(names.map((n) => [n, text])));
    const { files } = await listCorpusFiles(dir);
    expect(files.map((f) => f.file)).toEqual(['B.txt', 'a.txt', 'a/b.txt', 'b.txt', 'é.txt', 'ｚ.txt', '😀.txt']);
    expect([...files.map((f) => f.file)].sort()).not.toEqual(files.map((f) => f.file));
  });

  it('ids are names without extension, relative paths where names collide (ids: name)', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'plan.txt': text, 'x/plan.md': text, 'y/other.html': '<p>x</p>', 'z/note.pdf': 'x' });
    const { files } = await listCorpusFiles(dir);
    expect(files.map((f) => [f.file, f.id, f.format])).toEqual([
      ['plan.txt', 'plan.txt', 'text'],
      ['x/plan.md', 'x/plan.md', 'text'],
      ['y/other.html', 'other', 'html'],
      ['z/note.pdf', 'note', 'pdf'],
    ]);
    expect(files[2]!.path).toBe(join(dir, 'y/other.html'));
  });

  it('a name equal to another file\'s path id also falls back to its path', async () => {
    const dir = await tempDir();
    // "b.txt.txt" is named "b.txt", which is the path id that "b.txt" gets beside "b.md".
    await writeFiles(dir, { 'b.txt': text, 'b.md': text, 'b.txt.txt': text });
    const { files } = await listCorpusFiles(dir);
    const ids = files.map((f) => f.id);
    expect(ids).toEqual(['b.md', 'b.txt', 'b.txt.txt']);
  });

  it('ids: path gives every document its relative path', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': text, 'sub/b.txt': text });
    expect((await listCorpusFiles(dir, { ids: 'path' })).files.map((f) => f.id)).toEqual(['a.txt', 'sub/b.txt']);
  });

  it('skips, with a warning each, hidden entries, README/SOURCES-like files and unknown extensions', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': text, '.hidden.txt': text, '.git/config': 'x', 'SOURCES.md': text, 'readme.txt': text, 'notes.docx': 'x', 'Makefile': 'x' });
    const { files, warnings } = await listCorpusFiles(dir);
    expect(files.map((f) => f.file)).toEqual(['a.txt']);
    expect(warnings).toEqual([
      `skipped ${join(dir, '.git')}: hidden (name starts with ".")`,
      `skipped ${join(dir, '.hidden.txt')}: hidden (name starts with ".")`,
      `skipped ${join(dir, 'Makefile')}: no extension (read: .txt, .md, .html, .htm, .pdf)`,
      `skipped ${join(dir, 'SOURCES.md')}: describes the corpus, not a document (excluded by name; pass exclude: [] to read it)`,
      `skipped ${join(dir, 'notes.docx')}: unsupported file type ".docx" (read: .txt, .md, .html, .htm, .pdf)`,
      `skipped ${join(dir, 'readme.txt')}: describes the corpus, not a document (excluded by name; pass exclude: [] to read it)`,
    ]);
    const all = await listCorpusFiles(dir, { exclude: [] });
    expect(all.files.map((f) => f.file)).toEqual(['SOURCES.md', 'a.txt', 'readme.txt']);
  });

  it('recursive: false skips subfolders with a warning', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': text, 'sub/b.txt': text });
    const { files, warnings } = await listCorpusFiles(dir, { recursive: false });
    expect(files.map((f) => f.file)).toEqual(['a.txt']);
    expect(warnings).toEqual([`skipped ${join(dir, 'sub')}: subfolder (recursive: false)`]);
  });

  it('an empty folder gives no files and one warning', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'empty-sub'));
    const { files, warnings, failures } = await listCorpusFiles(dir);
    expect(files).toEqual([]);
    expect(failures).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${dir}: no documents found`);
  });

  it('skips the sidecar metadata file silently when it lies in the folder', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': text, 'meta.csv': 'file\na.txt\n', 'other.csv': 'x' });
    const { warnings } = await listCorpusFiles(dir, { metadata: join(dir, 'meta.csv') });
    expect(warnings).toEqual([`skipped ${join(dir, 'other.csv')}: unsupported file type ".csv" (read: .txt, .md, .html, .htm, .pdf)`]);
  });

  it('a list keeps its order, plans unknown extensions (they fail when read) and reads a file given twice once', async () => {
    const { files, warnings } = await listCorpusFiles(['b.txt', 'a.docx', 'dir/a.txt', './b.txt']);
    expect(files.map((f) => [f.file, f.id, f.format])).toEqual([
      ['b.txt', 'b', 'text'],
      ['a.docx', 'a.docx', undefined],
      ['dir/a.txt', 'dir/a.txt', 'text'],
    ]);
    expect(warnings).toEqual(['skipped ./b.txt: given twice, read once']);
  });

  it('a single file path is a list of one', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': text });
    expect((await listCorpusFiles(join(dir, 'a.txt'))).files.map((f) => f.id)).toEqual(['a']);
  });

  it('throws a FileError for a folder that does not exist', async () => {
    const dir = await tempDir();
    await expect(listCorpusFiles(join(dir, 'missing'))).rejects.toThrow(FileError);
    await expect(listCorpusFiles(join(dir, 'missing'))).rejects.toThrow(/cannot read the corpus \(ENOENT\)/u);
  });

  it('rejects options out of their domain, naming the option', async () => {
    const dir = await tempDir();
    await expect(listCorpusFiles(dir, { ids: 'title' as 'name' })).rejects.toThrow(OptionError);
    await expect(listCorpusFiles(dir, { ids: 'title' as 'name' })).rejects.toThrow(/"ids"/u);
    await expect(listCorpusFiles(dir, { recursive: 'yes' as unknown as boolean })).rejects.toThrow(/"recursive"/u);
  });
});

describe('listCorpusFiles: symbolic links', () => {
  async function linkedFolder(): Promise<{ dir: string; outside: string }> {
    const root = await tempDir();
    const dir = join(root, 'corpus');
    const outside = join(root, 'outside');
    await writeFiles(dir, { 'a.txt': text, 'sub/b.txt': text });
    await writeFiles(outside, { 'secret.txt': 'Made-up text outside the corpus.' });
    await symlink(join(outside, 'secret.txt'), join(dir, 'link.txt'));
    await symlink(outside, join(dir, 'linkdir'));
    await symlink('..', join(dir, 'sub', 'up'));
    await symlink('self.txt', join(dir, 'self.txt'));
    await symlink('a.txt', join(dir, 'same.txt'));
    return { dir, outside };
  }

  it('does not follow links by default, saying where each points', async () => {
    const { dir } = await linkedFolder();
    const { files, warnings } = await listCorpusFiles(dir);
    expect(files.map((f) => f.file)).toEqual(['a.txt', 'sub/b.txt']);
    expect(warnings).toEqual([
      expect.stringMatching(/link\.txt: symbolic link to .*secret\.txt \(outside the folder\), not followed/u),
      expect.stringMatching(/linkdir: symbolic link to .*outside \(outside the folder\), not followed/u),
      `skipped ${join(dir, 'same.txt')}: symbolic link to a.txt, not followed (pass followSymlinks: true to follow links)`,
      `skipped ${join(dir, 'self.txt')}: symbolic link loop (self.txt), not followed`,
      `skipped ${join(dir, 'sub/up')}: symbolic link to .., not followed (pass followSymlinks: true to follow links)`,
    ]);
  });

  it('followSymlinks: follows them, stops at loops and reads a file reached twice once', async () => {
    const { dir } = await linkedFolder();
    const { files, warnings } = await listCorpusFiles(dir, { followSymlinks: true });
    expect(files.map((f) => f.file)).toEqual(['a.txt', 'link.txt', 'sub/b.txt']);
    expect(warnings).toEqual([
      `skipped ${join(dir, 'linkdir/secret.txt')}: same file as link.txt (through a symbolic link), read once`,
      `skipped ${join(dir, 'same.txt')}: same file as a.txt (through a symbolic link), read once`,
      `skipped ${join(dir, 'self.txt')}: symbolic link loop (self.txt), not followed`,
      expect.stringMatching(/sub\/up: symbolic link loop \(back to .*corpus\), not followed$/u),
    ]);
  });
});
