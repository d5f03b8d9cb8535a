// Made-up fixture files for tests, written into fresh temporary folders.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** Bytes with a NUL byte: every text loader refuses them as "not a text file". */
export const NOT_TEXT = new Uint8Array([0x41, 0x00, 0x42]);

/**
 * A new empty folder `securitization-<name>-…` in the system's temporary folder, removed with
 * its files after the tests of the enclosing file (or `describe`) have run.
 */
export function tempFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `securitization-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes one file (a path relative to `dir`, subfolders made as needed) and returns its full path. */
export function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Writes files (relative path → content) under `dir`, making subfolders, and returns `dir`. */
export function writeFiles(dir: string, files: Readonly<Record<string, string | Uint8Array>>): string {
  for (const [name, content] of Object.entries(files)) writeFile(dir, name, content);
  return dir;
}

/** `writeFile` bound to `dir`: `(name, content) => full path`. */
export const fileWriter =
  (dir: string) =>
  (name: string, content: string | Uint8Array): string =>
    writeFile(dir, name, content);
