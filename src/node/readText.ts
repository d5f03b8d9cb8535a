import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
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

/** Byte offset of the first code unit that is not valid UTF-16 (odd length, lone surrogate), or -1. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number): number => (littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < bytes.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return bytes.length % 2 === 1 ? bytes.length - 1 : -1;
}

// A broken UTF-16 file (cut at an odd byte, a lone surrogate) is rejected like broken UTF-8,
// rather than decoded with U+FFFD unasked.
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string, options: ReadTextOptions): string {
  const offset = options.invalidUtf8 === 'replace' ? -1 : firstInvalidUtf16(bytes, encoding === 'utf-16le');
  if (offset >= 0) {
    throw new FileError(file, `invalid ${encoding.toUpperCase()} at byte offset ${offset} (pass invalidUtf8: 'replace' to decode it with U+FFFD)`, { offset });
  }
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Decodes file bytes as text: UTF-8 (a BOM is dropped), or UTF-16 when the file starts with a
 * UTF-16 byte order mark. Rejects binary files (NUL bytes in UTF-8) and, unless told to replace,
 * invalid UTF-8 or UTF-16, naming the file and the byte offset.
 *
 * @example
 * ```ts
 * decodeText(new TextEncoder().encode('安全'), 'a.txt'); // '安全'
 * ```
 */
export function decodeText(bytes: Uint8Array, file: string, options: ReadTextOptions = {}): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', file, options);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', file, options);
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
  const fail = (error: unknown): never => {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new FileError(file, `cannot read the file (${reason})`);
  };
  // Non-blocking open, then a check on the open file: opening or reading a FIFO waits for a
  // writer, which may never come (the process would hang, and could not even exit).
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch(fail);
  try {
    const info = await handle.stat().catch(fail);
    if (!info.isFile() && !info.isDirectory()) throw new FileError(file, 'not a regular file (a FIFO, socket or device)');
    return await handle.readFile().catch(fail);
  } finally {
    await handle.close();
  }
}
