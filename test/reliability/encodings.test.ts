// Bad bytes and odd encodings, through the file loaders. Every text here is made up.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { countTerms, matches } from '../../src/index.js';
import { DocumentError, FileError, LanguageError } from '../../src/errors.js';
import { decodeText, readText } from '../../src/node/readText.js';
import { loadDocument } from '../../src/node/loadDocuments.js';
import { caught, scratchDir } from './support.js';

const dir = scratchDir('encodings');
const file = (name: string, bytes: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const BOM8 = [0xef, 0xbb, 0xbf];

/** UTF-16 bytes written out by hand (not by a decoder the library also uses), BOM first. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = [littleEndian ? 0xff : 0xfe, littleEndian ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (littleEndian) bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return new Uint8Array(bytes);
}

const TEXT = 'National security first.\nCyber security matters.';

describe('bad input: empty and blank files', () => {
  it('an empty file is a DocumentError naming the file', async () => {
    const path = file('empty.txt', '');
    const error = await caught(DocumentError, () => loadDocument(path));
    expect(error.details.file).toBe(path);
    expect(error.message).toBe(`${path}: Document "empty" is empty`);
  });

  it('a file of only whitespace (spaces, tabs, CRLF, ideographic space) is empty too', async () => {
    const path = file('blank.txt', ' \t\r\n\u3000 \n');
    const error = await caught(DocumentError, () => loadDocument(path));
    expect(error.message).toBe(`${path}: Document "blank" is empty`);
  });

  it('a file of only invisible or punctuation characters has no language: a LanguageError', async () => {
    const path = file('dots.txt', '\u200B\u00AD ... !!! 42');
    const error = await caught(LanguageError, () => loadDocument(path));
    expect(error.details.file).toBe(path);
    expect(error.message).toContain('cannot detect its language');
  });
});

describe('bad input: binary and invalid UTF-8', () => {
  it('a binary file (NUL byte) is a FileError with the byte offset of the first NUL', async () => {
    const path = file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const error = await caught(FileError, () => loadDocument(path));
    expect(error.details).toEqual({ file: path, offset: 8 });
    expect(error.message).toBe(`${path}: not a text file (NUL byte at byte offset 8)`);
  });

  it('invalid UTF-8 is a FileError with the byte offset and line of the first bad byte', async () => {
    // Line 2 holds "défense" in Latin-1: 0xE9 at byte 26 (line 1 is 25 bytes with its \n, then "d").
    const bytes = new Uint8Array([...utf8('National security first.\nd'), 0xe9, ...utf8('fense')]);
    expect(bytes[26]).toBe(0xe9);
    const path = file('latin1.txt', bytes);
    const error = await caught(FileError, () => loadDocument(path));
    expect(error.details).toEqual({ file: path, line: 2, offset: 26 });
    expect(error.message).toContain("invalid UTF-8 at byte offset 26 (pass invalidUtf8: 'replace'");
  });

  it('a truncated multi-byte sequence at the end is reported at its lead byte', () => {
    const bytes = new Uint8Array([...utf8('安全'), 0xe5, 0xae]); // 安 = E5 AE 89, cut after 2 bytes
    const error = (() => {
      try {
        decodeText(bytes, 'cut.txt');
      } catch (e) {
        return e as FileError;
      }
      throw new Error('expected a FileError');
    })();
    expect(error).toBeInstanceOf(FileError);
    expect(error.details).toEqual({ file: 'cut.txt', line: 1, offset: 6 });
  });

  it('invalidUtf8: "replace" decodes bad bytes as U+FFFD, one per bad sequence, and counts the rest', async () => {
    const path = file('replace.txt', new Uint8Array([...utf8('d'), 0xe9, ...utf8('fense and security')]));
    const doc = await loadDocument(path, { invalidUtf8: 'replace' });
    expect(doc.text).toBe('d\uFFFDfense and security');
    expect(countTerms([doc], ['security', 'defense']).map((r) => r.count)).toEqual([1, 0]);
  });
});

describe('bad input: byte order marks and UTF-16', () => {
  it('a UTF-8 BOM is not part of the text: offsets and counts are those of the text without it', async () => {
    const bytes = new Uint8Array([...BOM8, ...utf8(TEXT)]);
    const doc = await loadDocument(file('bom.txt', bytes));
    expect(doc.text).toBe(TEXT);
    expect(matches([doc], ['security']).map((r) => [r.start, r.end])).toEqual([
      [9, 17],
      [31, 39],
    ]);
    // The hash is of the file as it is on disk, BOM included (what sha256sum prints).
    expect(doc.meta.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it.each([
    ['UTF-16LE', true],
    ['UTF-16BE', false],
  ])('a %s file with a BOM decodes to the same text and counts as its UTF-8 twin', async (_name, littleEndian) => {
    const text = `${TEXT}\n维护国家安全。\u{1F512}`; // a code point outside the BMP: a surrogate pair
    const doc = await loadDocument(file(`utf16-${littleEndian ? 'le' : 'be'}.txt`, utf16(text, littleEndian)), { lang: 'en' });
    const twin = await loadDocument(file(`utf8-${littleEndian ? 'le' : 'be'}.txt`, utf8(text)), { lang: 'en' });
    expect(doc.text).toBe(text);
    expect(countTerms([doc], ['security', '安全']).map((r) => r.count)).toEqual([2, 1]);
    expect(countTerms([doc], ['security', '安全'])).toEqual(countTerms([twin], ['security', '安全']).map((r) => ({ ...r, docId: doc.id })));
  });

  it('a UTF-16 file cut at an odd byte is a FileError at that byte, not a silent U+FFFD', async () => {
    const bytes = utf16('Security', true).slice(0, -1); // 2 + 16 bytes, cut to 17
    const path = file('utf16-cut.txt', bytes);
    const error = await caught(FileError, () => readText(path));
    expect(error.details).toEqual({ file: path, offset: 16 });
    expect(error.message).toContain('invalid UTF-16LE at byte offset 16');
    expect(await readText(path, { invalidUtf8: 'replace' })).toBe('Securit\uFFFD');
  });

  it('a lone surrogate in UTF-16 is a FileError at its byte offset', async () => {
    // BOM, "a", a high surrogate D83D with no low surrogate after it, "b".
    const path = file('utf16-lone.txt', new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0xd8, 0x3d, 0x00, 0x62]));
    const error = await caught(FileError, () => readText(path));
    expect(error.details).toEqual({ file: path, offset: 4 });
    expect(error.message).toContain('invalid UTF-16BE at byte offset 4');
  });
});
