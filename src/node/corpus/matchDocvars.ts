import { basename } from 'node:path';
import { FileError } from '../../errors.js';
import type { CorpusFile } from './listCorpusFiles.js';
import type { DocvarsRow } from './parseDocvars.js';

/**
 * Pairs sidecar rows with corpus files: a key is a file's relative path or, when no path equals
 * it, a file name that only one file has. Returns the row of each matched file, by `file`.
 *
 * @throws {FileError} naming the sidecar and line: a file name shared by several files (give the
 * path), or two rows for the same file (both lines).
 * @example
 * ```ts
 * const { byFile, warnings } = matchDocvars(rows, listing.files, 'meta.csv');
 * ```
 */
export function matchDocvars(
  rows: readonly DocvarsRow[],
  files: readonly CorpusFile[],
  sidecar: string,
): { byFile: Map<string, DocvarsRow>; warnings: string[] } {
  const paths = new Set(files.map((f) => f.file));
  const byName = new Map<string, string[]>();
  for (const f of files) {
    const name = basename(f.file);
    byName.set(name, [...(byName.get(name) ?? []), f.file]);
  }
  const byFile = new Map<string, DocvarsRow>();
  const warnings: string[] = [];
  for (const row of rows) {
    let target: string | undefined;
    if (paths.has(row.key)) target = row.key;
    else {
      const named = byName.get(row.key) ?? [];
      if (named.length > 1) {
        throw new FileError(sidecar, `key "${row.key}" names ${named.length} files (${named.join(', ')}); give the relative path`, { line: row.line });
      }
      target = named[0];
    }
    if (target === undefined) {
      warnings.push(`${sidecar}:${row.line}: key "${row.key}" names no file in the corpus; its docvars are not used`);
      continue;
    }
    const earlier = byFile.get(target);
    if (earlier !== undefined) {
      throw new FileError(sidecar, `lines ${earlier.line} and ${row.line} both give docvars for ${target}`, { line: row.line });
    }
    byFile.set(target, row);
  }
  return { byFile, warnings };
}
