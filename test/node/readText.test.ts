import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { readText } from '../../src/node/readText.js';
import { FileError } from '../../src/errors.js';
import { rejectedWith } from '../support/errors.js';
import { fileWriter, tempFolder } from '../support/files.js';

const dir = tempFolder('readText');
const file = fileWriter(dir);
const fileError = (promise: Promise<unknown>): Promise<FileError> => rejectedWith(promise, FileError);

// Made-up texts.
describe('readText', () => {
  it('reads a UTF-8 file, BOM dropped, CRLF kept', async () => {
    const path = file('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('National security.\r\n安全')]));
    expect(await readText(path)).toBe('National security.\r\n安全');
  });

  it('rejects a missing file or a directory with a FileError naming the file and the reason', async () => {
    const missing = await fileError(readText(join(dir, 'missing.txt')));
    expect(missing.details.file).toBe(join(dir, 'missing.txt'));
    expect(missing.message).toContain('ENOENT');
    expect((await fileError(readText(dir))).message).toContain('EISDIR');
  });

  it('rejects invalid UTF-8 unless told to replace it', async () => {
    const path = file('latin1.txt', new Uint8Array([0x64, 0xe9, 0x66, 0x65, 0x6e, 0x73, 0x65])); // "défense" in Latin-1
    const error = await fileError(readText(path));
    expect(error.details).toEqual({ file: path, line: 1, offset: 1 });
    expect(await readText(path, { invalidUtf8: 'replace' })).toBe('d\uFFFDfense');
  });

  it('rejects a binary file', async () => {
    const error = await fileError(readText(file('binary.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))));
    expect(error.details.offset).toBe(4);
  });
});
