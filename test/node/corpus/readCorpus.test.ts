import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentError, FileError, LanguageError } from '../../../src/errors.js';
import { readCorpus } from '../../../src/node/corpus/readCorpus.js';
import { scannedPdf, tempDir, textPdf, writeFiles } from './fixtures.js';
import { importBundle } from '../../perf/buildBundle.js';

// Every text below is made up for these tests.
const hashOf = async (path: string): Promise<string> => createHash('sha256').update(await readFile(path)).digest('hex');

const page = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Made-up Ministry &amp; Plan</title>
<style>body { font-family: serif }</style>
<script>window.security = "not text";</script></head>
<body><h1>Made-up heading</h1>
<p>Security &amp; development &#8212; a caf&eacute; sentence.</p>
<!-- a comment that is not text -->
<ul><li>first point</li><li>second point</li></ul></body></html>`;

async function mixedFolder(): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, {
    'a-note.txt': 'A made-up note on national security.\n',
    'brief.md': '# Made-up brief\n\nIt warns of *risks*.\n',
    'web/page.html': page,
    'report.pdf': textPdf('A made-up report page one.', 'Page two warns of threats.'),
    'SOURCES.md': 'Where the made-up files came from.\n',
    'data.xlsx': 'not read',
  });
  return dir;
}

describe('readCorpus: a folder of mixed files', () => {
  it('reads .txt, .md, .html and .pdf in path order, with file, sha256 and title', async () => {
    const dir = await mixedFolder();
    const { documents, failures, warnings } = await readCorpus(dir);
    expect(failures).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['a-note', 'brief', 'report', 'page']);
    expect(documents.map((d) => d.meta.file)).toEqual(['a-note.txt', 'brief.md', 'report.pdf', 'web/page.html']);
    expect(documents[0]!.text).toBe('A made-up note on national security.\n');
    expect(documents[1]!.text).toBe('# Made-up brief\n\nIt warns of *risks*.\n');
    expect(documents[2]!.text).toBe('A made-up report page one.\n\nPage two warns of threats.');
    expect(documents[3]!.text).toBe('Made-up heading\n\nSecurity & development — a café sentence.\n\nfirst point\nsecond point');
    expect(documents[3]!.meta.title).toBe('Made-up Ministry & Plan');
    expect(documents[0]!.meta.title).toBeUndefined();
    for (const doc of documents) expect(doc.meta.sha256).toBe(await hashOf(join(dir, String(doc.meta.file))));
    expect(documents.every((d) => d.lang === 'en')).toBe(true);
    expect(warnings).toEqual([
      `skipped ${join(dir, 'SOURCES.md')}: describes the corpus, not a document (excluded by name; pass exclude: [] to read it)`,
      `skipped ${join(dir, 'data.xlsx')}: unsupported file type ".xlsx" (read: .txt, .md, .html, .htm, .pdf)`,
    ]);
  });

  it('is deterministic: the same folder read twice gives the same documents', async () => {
    const dir = await mixedFolder();
    const [first, second] = [await readCorpus(dir), await readCorpus(dir)];
    expect(second.documents).toEqual(first.documents);
  });

  it('carries the reading options as provenance', async () => {
    const { documents } = await readCorpus(await mixedFolder(), { ids: 'path' });
    expect(documents.provenance.options).toMatchObject({ reader: 'readCorpus', ids: 'path', recursive: true, followSymlinks: false, invalidUtf8: 'error' });
    expect(documents.map((d) => d.id)).toContain('web/page.html');
  });

  it('an empty folder gives no documents and a warning, not an error', async () => {
    const dir = await tempDir();
    const corpus = await readCorpus(dir);
    expect(corpus.documents).toEqual([]);
    expect(corpus.failures).toEqual([]);
    expect(corpus.warnings).toEqual([`${dir}: no documents found (the folder has no .txt, .md, .html, .htm, .pdf files that are not skipped)`]);
  });
});

describe('readCorpus: sidecar metadata', () => {
  async function folder(): Promise<string> {
    const dir = await tempDir();
    await writeFiles(dir, {
      'plan.txt': 'A made-up plan about security.\n',
      'sub/speech.txt': '一篇虚构的讲话，谈到国家安全。\n',
      'page.html': '<title>Title from the page</title><p>A made-up page.</p>',
    });
    return dir;
  }

  it('CSV: docvars are typed in doc.meta, the sidecar title beats the page title', async () => {
    const dir = await folder();
    const csv = join(dir, 'meta.csv');
    await writeFile(csv, 'file,title,issuer,year,date,language,source,batch\nplan.txt,Made-up Plan,Made-up Council,2017,2017-07-20,en,made-up.example,7\nspeech.txt,Made-up Speech,,2019,,zh,,\npage.html,Sidecar title,,,,,,\n');
    const { documents, failures, warnings } = await readCorpus(dir, { metadata: csv });
    expect(failures).toEqual([]);
    expect(warnings).toEqual([]);
    const byId = Object.fromEntries(documents.map((d) => [d.id, d]));
    expect(byId.plan!.meta).toEqual({
      file: 'plan.txt',
      sha256: await hashOf(join(dir, 'plan.txt')),
      title: 'Made-up Plan',
      issuer: 'Made-up Council',
      year: 2017,
      date: '2017-07-20',
      language: 'en',
      source: 'made-up.example',
      batch: '7',
    });
    expect(byId.speech!.meta).toMatchObject({ file: 'sub/speech.txt', year: 2019, issuer: null, language: 'zh' });
    expect(byId.speech!.lang).toBe('zh');
    expect(byId.page!.meta.title).toBe('Sidecar title');
  });

  it('a blank sidecar title leaves the page title', async () => {
    const dir = await folder();
    const csv = join(dir, 'meta.csv');
    await writeFile(csv, 'file,title\npage.html,\n');
    const { documents } = await readCorpus(dir, { metadata: csv });
    expect(documents.find((d) => d.id === 'page')!.meta.title).toBe('Title from the page');
  });

  it('JSON keyed by file name: docvars typed, extra values keep their JSON type', async () => {
    const dir = await folder();
    const json = join(dir, 'meta.json');
    await writeFile(json, JSON.stringify({ 'sub/speech.txt': { year: '2019', country: 'China', pages: 3 }, 'plan.txt': { date: '2017-07-20' } }, null, 2));
    const { documents } = await readCorpus(dir, { metadata: json });
    const speech = documents.find((d) => d.id === 'speech')!;
    expect(speech.meta).toEqual({ file: 'sub/speech.txt', sha256: await hashOf(join(dir, 'sub/speech.txt')), year: 2019, country: 'China', pages: 3 });
    expect(documents.find((d) => d.id === 'plan')!.meta.date).toBe('2017-07-20');
  });

  it('a key naming no file is a warning naming the sidecar line', async () => {
    const dir = await folder();
    const csv = join(dir, 'meta.csv');
    await writeFile(csv, 'file,year\nplan.txt,2017\nmissing.txt,2018\n');
    const { documents, warnings } = await readCorpus(dir, { metadata: csv });
    expect(documents).toHaveLength(3);
    expect(warnings).toEqual([`${csv}:3: key "missing.txt" names no file in the corpus; its docvars are not used`]);
  });

  it('a missing or duplicate key is an error naming the sidecar file and line(s)', async () => {
    const dir = await folder();
    const csv = join(dir, 'meta.csv');
    await writeFile(csv, 'file,year\nplan.txt,2017\n,2018\n');
    await expect(readCorpus(dir, { metadata: csv })).rejects.toThrow(`${csv}:3: missing key: the "file" column is empty`);
    await writeFile(csv, 'file,year\nplan.txt,2017\nspeech.txt,2019\nplan.txt,2018\n');
    const error = await readCorpus(dir, { metadata: csv }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).message).toBe(`${csv}:4: duplicate key "plan.txt" on lines 2 and 4`);
    expect((error as FileError).details).toMatchObject({ file: csv, line: 4 });
  });

  it('a year that is not an integer is an error naming the line', async () => {
    const dir = await folder();
    const csv = join(dir, 'meta.csv');
    await writeFile(csv, 'file,year\nplan.txt,MMXVII\n');
    await expect(readCorpus(dir, { metadata: csv })).rejects.toThrow(`${csv}:2: year "MMXVII": not an integer year (e.g. 2017)`);
  });

  it('a sidecar sha256 that differs from the file fails that file only', async () => {
    const dir = await folder();
    const csv = join(dir, 'meta.csv');
    const planHash = await hashOf(join(dir, 'plan.txt'));
    await writeFile(csv, `file,sha256\nplan.txt,${planHash.toUpperCase()}\npage.html,${'0'.repeat(64)}\n`);
    const { documents, failures } = await readCorpus(dir, { metadata: csv });
    expect(documents.map((d) => d.id)).toEqual(['plan', 'speech']);
    expect(failures.map((f) => f.file)).toEqual([join(dir, 'page.html')]);
    expect(failures[0]!.error.message).toContain(`but ${csv} line 3 gives ${'0'.repeat(64)}`);
  });

  it('a sidecar that does not exist is an error naming it', async () => {
    const dir = await folder();
    await expect(readCorpus(dir, { metadata: join(dir, 'nope.csv') })).rejects.toThrow(/nope\.csv: cannot read the file \(ENOENT\)/u);
  });
});

describe('readCorpus: bad files fail alone', () => {
  it('a FIFO in a folder is skipped and a FIFO given explicitly fails: neither blocks', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': 'Made-up text a.' });
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const inFolder = await readCorpus(dir);
    expect(inFolder.documents.map((d) => d.id)).toEqual(['a']);
    expect(inFolder.warnings).toEqual([`skipped ${join(dir, 'pipe.txt')}: not a regular file or folder`]);
    const explicit = await readCorpus([join(dir, 'pipe.txt')]);
    expect(explicit.failures.map((f) => f.error.message)).toEqual([`${join(dir, 'pipe.txt')}: not a regular file (a FIFO, socket or device)`]);
  });


  it('binary file, invalid UTF-8 (with the byte offset), scanned PDF, broken PDF, empty file', async () => {
    const dir = await tempDir();
    const invalid = new Uint8Array([...new TextEncoder().encode('Made-up text, then '), 0xff, 0x41]);
    await writeFiles(dir, {
      'good.txt': 'A made-up good file.\n',
      'binary.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]),
      'latin1.txt': invalid,
      'scan.pdf': scannedPdf(),
      'broken.pdf': 'made-up bytes that are not a PDF',
      'empty.md': '  \n',
      'numbers.txt': '1234 5678\n',
    });
    const { documents, failures } = await readCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['good']);
    const byName = Object.fromEntries(failures.map((f) => [f.file.slice(dir.length + 1), f.error]));
    expect(Object.keys(byName)).toEqual(['binary.txt', 'broken.pdf', 'empty.md', 'latin1.txt', 'numbers.txt', 'scan.pdf']);
    expect(byName['binary.txt']!.message).toContain('not a text file (NUL byte at byte offset 4)');
    expect(byName['latin1.txt']!.message).toContain('invalid UTF-8 at byte offset 19');
    expect(byName['latin1.txt']!.details).toMatchObject({ file: join(dir, 'latin1.txt'), offset: 19 });
    expect(byName['scan.pdf']!.message).toContain('no text layer (scanned PDF?)');
    expect(byName['broken.pdf']!.message).toContain('not a readable PDF');
    expect(byName['empty.md']).toBeInstanceOf(DocumentError);
    expect(byName['empty.md']!.message.startsWith(`${join(dir, 'empty.md')}: `)).toBe(true);
    expect(byName['numbers.txt']).toBeInstanceOf(LanguageError);
  });

  it('invalidUtf8: replace reads the invalid byte as U+FFFD', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'latin1.txt': new Uint8Array([...new TextEncoder().encode('Made-up caf'), 0xe9, 0x2e]) });
    const { documents } = await readCorpus(dir, { invalidUtf8: 'replace' });
    expect(documents[0]!.text).toBe('Made-up caf\ufffd.');
  });

  it('a list of files: an unknown extension and a missing file fail, the others load in the given order', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'b.txt': 'Made-up text b.', 'a.txt': 'Made-up text a.', 'c.docx': 'x' });
    const { documents, failures } = await readCorpus([join(dir, 'b.txt'), join(dir, 'c.docx'), join(dir, 'gone.txt'), join(dir, 'a.txt')]);
    expect(documents.map((d) => d.id)).toEqual(['b', 'a']);
    expect(documents[0]!.meta.file).toBe(join(dir, 'b.txt'));
    expect(failures.map((f) => f.error.message)).toEqual([
      `${join(dir, 'c.docx')}: not a corpus format (read: .txt, .md, .html, .htm, .pdf)`,
      `${join(dir, 'gone.txt')}: cannot read the file (ENOENT)`,
    ]);
  });

  it('a folder in a list of files is a failure, not a crash', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'sub/a.txt': 'Made-up text.' });
    const { failures } = await readCorpus([join(dir, 'sub')]);
    expect(failures[0]!.error.message).toContain('is a folder');
  });
});

// Root reads a file whatever its mode: chmod 000 makes no unreadable file for it.
async function chmodBlocksReading(): Promise<boolean> {
  const dir = await tempDir();
  const probe = join(dir, 'probe.txt');
  await writeFile(probe, 'probe');
  await chmod(probe, 0o000);
  try {
    readFileSync(probe);
    return false;
  } catch {
    return true;
  }
}
const canMakeUnreadable = await chmodBlocksReading();
if (!canMakeUnreadable && process.getuid?.() !== 0) {
  console.warn('\n*** readCorpus: chmod 000 does not stop reading and this process cannot change user: the unreadable-file test is SKIPPED. ***\n');
}

// Root can still drop to another user: the same case then runs in a child process as `nobody`,
// on a bundle of the sources (a child process cannot run the TypeScript sources vitest runs).
const NOBODY = 65534;
const runsAsRoot = process.getuid?.() === 0;

describe('readCorpus: an unreadable file', () => {
  it.skipIf(!canMakeUnreadable)('fails alone with a FileError naming it (EACCES)', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': 'Made-up text a.', 'locked.txt': 'Made-up locked text.' });
    await chmod(join(dir, 'locked.txt'), 0o000);
    const { documents, failures } = await readCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['a']);
    expect(failures.map((f) => f.error.message)).toEqual([`${join(dir, 'locked.txt')}: cannot read the file (EACCES)`]);
  });

  it.runIf(!canMakeUnreadable && runsAsRoot)('fails alone with a FileError naming it (EACCES), read by the user nobody', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': 'Made-up text a.', 'locked.txt': 'Made-up locked text.' });
    await chmod(join(dir, 'locked.txt'), 0o000);
    await chmod(dir, 0o755);
    const { file, remove } = await importBundle();
    try {
      await chmod(dirname(file), 0o755);
      const script = `const lib = await import(process.argv[1]);
const { documents, failures } = await lib.readCorpus(process.argv[2]);
console.log(JSON.stringify({ ids: documents.map((d) => d.id), failures: failures.map((f) => [f.error.name, f.error.message]) }));`;
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(file).href, dir], { uid: NOBODY, gid: NOBODY, encoding: 'utf8' });
      expect(child.stderr).toBe('');
      expect(JSON.parse(child.stdout)).toEqual({ ids: ['a'], failures: [['FileError', `${join(dir, 'locked.txt')}: cannot read the file (EACCES)`]] });
    } finally {
      remove();
    }
  }, 120_000);
});
