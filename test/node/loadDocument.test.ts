import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { loadDocument } from '../../src/node/loadDocuments.js';
import { countTerms } from '../../src/count/countTerms.js';
import { DocumentError, FileError, LanguageError, SecuritizationError } from '../../src/errors.js';
import { rejectedWith } from '../support/errors.js';
import { fileWriter, tempFolder } from '../support/files.js';
import { corpusAvailable, corpusDir, corpusFile, describeCorpus } from '../support/shared.js';

const dir = tempFolder('loadDocument');
const file = fileWriter(dir);
/** The file's SHA-256 as sha256sum prints it, computed here from the bytes on disk. */
const fileSha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const rejected = (promise: Promise<unknown>): Promise<SecuritizationError> => rejectedWith(promise, SecuritizationError);

// Made-up texts.
describe('loadDocument', () => {
  it('names the document after the file and records the file and its SHA-256', async () => {
    const path = file('plan-2030.txt', 'We made up this plan for national security.\n');
    const doc = await loadDocument(path);
    expect(doc.id).toBe('plan-2030');
    expect(doc.lang).toBe('en');
    expect(doc.text).toBe('We made up this plan for national security.\n');
    expect(doc.meta).toEqual({ file: path, sha256: fileSha256(path) });
  });

  it('hashes the bytes on disk, byte order mark and UTF-16 included', async () => {
    const bom = file('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('维护国家安全')]));
    expect((await loadDocument(bom)).meta.sha256).toBe(fileSha256(bom));
    const utf16 = file('utf16.txt', new Uint8Array([0xff, 0xfe, 0x89, 0x5b, 0x68, 0x51])); // BOM + 安全 in UTF-16LE
    const doc = await loadDocument(utf16);
    expect(doc.text).toBe('安全');
    expect(doc.meta.sha256).toBe(fileSha256(utf16));
  });

  it('takes id, lang and extra meta', async () => {
    const path = file('x.txt', '!!! ...');
    const doc = await loadDocument(path, { id: 'custom', lang: 'en', meta: { year: 2030 } });
    expect([doc.id, doc.lang, doc.meta.year, doc.meta.file]).toEqual(['custom', 'en', 2030, path]);
  });

  it('blanks ignored lines with spaces, keeping offsets and the hash of the file', async () => {
    const raw = '# header: security\r\nNational security.\n---\nSecurity again.';
    const path = file('blocks.txt', raw);
    const doc = await loadDocument(path, { ignoreLine: (line) => line.startsWith('#') || line === '---' });
    expect(doc.text).toBe(`${' '.repeat(18)}\r\nNational security.\n   \nSecurity again.`);
    expect(doc.text.length).toBe(raw.length);
    expect(countTerms([doc], ['security'])[0]!.count).toBe(2);
    expect(doc.meta.sha256).toBe(fileSha256(path));
  });

  it('rejects an empty file with a DocumentError naming the file', async () => {
    const path = file('empty.txt', '');
    const error = await rejected(loadDocument(path));
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.details).toEqual({ docId: 'empty', file: path });
    expect(error.message.startsWith(`${path}: `)).toBe(true);
  });

  it('rejects a file of only punctuation with a LanguageError naming the file', async () => {
    const path = file('dots.txt', '... !!!\n');
    const error = await rejected(loadDocument(path));
    expect(error).toBeInstanceOf(LanguageError);
    expect(error.details).toEqual({ docId: 'dots', file: path });
    expect(error.message).toContain(path);
  });

  it('rejects a missing or binary file with a FileError', async () => {
    expect(await rejected(loadDocument(join(dir, 'missing.txt')))).toBeInstanceOf(FileError);
    expect(await rejected(loadDocument(file('b.bin', new Uint8Array([1, 0, 2]))))).toBeInstanceOf(FileError);
  });
});

describeCorpus('loadDocument on the real corpus', () => {
  // SOURCES.md states each complete text's SHA-256; read here at run time.
  const sources = corpusAvailable ? readFileSync(corpusFile('SOURCES.md'), 'utf8') : '';
  const stated = [...sources.matchAll(/^#{2,3} (\S+\.txt)(?:(?!^#)[\s\S])*?SHA-256: ([0-9a-f]{64})/gmu)].map((m) => [m[1]!, m[2]!] as const);

  it('finds the stated hashes', () => {
    expect(stated.length).toBeGreaterThanOrEqual(3);
  });

  for (const [name, hash] of stated) {
    it(`records the SHA-256 that SOURCES.md states for ${name}`, async () => {
      const doc = await loadDocument(corpusFile(name));
      expect(doc.meta.sha256).toBe(hash);
      expect(doc.meta.sha256).toBe(fileSha256(join(corpusDir, name)));
    });
  }
});
