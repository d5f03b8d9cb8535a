import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { decodeText } from '../../src/node/readText.js';
import { FileError } from '../../src/errors.js';
import { thrownBy } from '../support/errors.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, !bigEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), !bigEndian);
  return bytes;
}
function fileError(action: () => unknown): FileError {
  const error = thrownBy(action, FileError);
  expect(error.code).toBe('INVALID_FILE');
  return error;
}

// Made-up texts.
describe('decodeText', () => {
  it('decodes UTF-8 and drops a UTF-8 byte order mark', () => {
    expect(decodeText(utf8('国家安全 security 😀'), 'a.txt')).toBe('国家安全 security 😀');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('安全')]), 'a.txt')).toBe('安全');
    expect(decodeText(new Uint8Array(), 'a.txt')).toBe('');
  });

  it('decodes UTF-16 LE and BE with a byte order mark, which is dropped', () => {
    const text = '網絡安全 and security 😀\r\n';
    expect(utf16(text, false).slice(0, 2)).toEqual(new Uint8Array([0xff, 0xfe]));
    expect(decodeText(utf16(text, false), 'le.txt')).toBe(text);
    expect(decodeText(utf16(text, true), 'be.txt')).toBe(text);
  });

  it('rejects invalid UTF-8, naming the file, the line and the byte offset', () => {
    const bytes = new Uint8Array([...utf8('line one\n安全\n'), 0xff, ...utf8('x')]);
    const error = fileError(() => decodeText(bytes, 'bad.txt'));
    // 'line one\n' is 9 bytes, 安全 6, '\n' 1: the bad byte is at offset 16, on line 3.
    expect(error.details).toEqual({ file: 'bad.txt', line: 3, offset: 16 });
    expect(error.message).toContain('bad.txt:3');
    expect(error.message).toContain('byte offset 16');
  });

  it('finds the first invalid byte of truncated, overlong and surrogate sequences', () => {
    const cases: [number[], number][] = [
      [[0x41, 0x42, 0xe5, 0xae], 2], // truncated at the end
      [[0x41, 0xc0, 0x80], 1], // overlong NUL
      [[0x41, 0xe0, 0x80, 0x80], 1], // overlong 3-byte
      [[0x41, 0xed, 0xa0, 0x80], 1], // a UTF-16 surrogate
      [[0x41, 0xf4, 0x90, 0x80, 0x80], 1], // beyond U+10FFFF
      [[0xef, 0xbb, 0xbf, 0x41, 0x80], 4], // a stray continuation byte after a BOM
    ];
    for (const [bytes, offset] of cases) expect(fileError(() => decodeText(new Uint8Array(bytes), 'f')).details.offset).toBe(offset);
  });

  it('agrees with TextDecoder on where random bytes first go wrong', () => {
    // Independent: the first U+FFFD of a replacing decode, converted back to a byte offset.
    // Bytes starting with a UTF-16 byte order mark (FF FE, FE FF) are read as UTF-16 instead.
    const utf16Bom = (b: Uint8Array): boolean => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 24 }).filter((b) => !b.includes(0) && !utf16Bom(b)), (bytes) => {
        const replaced = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        const bad = replaced.indexOf('\uFFFD');
        if (bad < 0) return decodeText(bytes, 'f') === new TextDecoder().decode(bytes);
        const expected = utf8(replaced.slice(0, bad)).length;
        const literal = bytes[expected] === 0xef && bytes[expected + 1] === 0xbf && bytes[expected + 2] === 0xbd;
        if (literal) return true; // a real U+FFFD in the input, not a replacement
        try {
          decodeText(bytes, 'f');
          return false;
        } catch (error) {
          return (error as FileError).details.offset === expected;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("decodes invalid UTF-8 with U+FFFD when told to (invalidUtf8: 'replace')", () => {
    expect(decodeText(new Uint8Array([...utf8('ab'), 0xff, ...utf8('安')]), 'f', { invalidUtf8: 'replace' })).toBe('ab\uFFFD安');
  });

  it('rejects a binary file (NUL bytes), naming the offset', () => {
    const error = fileError(() => decodeText(new Uint8Array([0x41, 0x42, 0x00, 0x43]), 'image.png'));
    expect(error.details).toEqual({ file: 'image.png', offset: 2 });
    expect(error.message).toContain('not a text file');
  });
});
