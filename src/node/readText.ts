import { readFile } from 'node:fs/promises';
import { FileError } from '../errors.js';

/** How to treat bytes that are not valid UTF-8. */
export type InvalidUtf8 = 'error' | 'replace';

/** Options of {@link readText}. */
export interface ReadTextOptions {
  /** `error` (default): reject the file, naming the byte offset; `replace`: decode with U+FFFD. */
  readonly invalidUtf8?: InvalidUtf8;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Find the offset for the message: decode growing prefixes is slow, so walk the bytes.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    if (need > 0) {
      const cp = need === 1 ? 0 : need === 2 ? ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) : ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12);
      if ((need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff))) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes file bytes as text: UTF-8 (a BOM is dropped), or UTF-16 when the file starts with a
 * UTF-16 byte order mark. Rejects binary files (NUL bytes in UTF-8) and, unless told to replace,
 * invalid UTF-8, naming the file and the byte offset.
 *
 * @example
 * ```ts
 * decodeText(new TextEncoder().encode('安全'), 'a.txt'); // '安全'
 * ```
 */
export function decodeText(bytes: Uint8Array, file: string, options: ReadTextOptions = {}): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new FileError(file, `not a text file (NUL byte at byte offset ${nul})`, { offset: nul });
  try {
    return new TextDecoder('utf-8', { fatal: options.invalidUtf8 !== 'replace' }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    // The line too, so that an editor can go there: 1 + the line feeds before the bad byte.
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    throw new FileError(file, `invalid UTF-8 at byte offset ${offset} (pass invalidUtf8: 'replace' to decode it with U+FFFD)`, { line, offset });
  }
}

/**
 * Reads a text file; see {@link decodeText} for encodings and errors.
 *
 * @example
 * ```ts
 * const text = await readText('plan.txt');
 * ```
 */
export async function readText(file: string, options: ReadTextOptions = {}): Promise<string> {
  return decodeText(await readBytes(file), file, options);
}

/**
 * A file's bytes, or a {@link FileError} naming the file and the system's reason (ENOENT …).
 * Internal: `loadDocument` hashes the bytes and decodes them with {@link decodeText}.
 *
 * @example
 * ```ts
 * const bytes = await readBytes('plan.txt');
 * ```
 */
export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new FileError(file, `cannot read the file (${reason})`);
  }
}
