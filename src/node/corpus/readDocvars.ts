import { readText } from '../readText.js';
import { parseDocvars, type DocvarsRow } from './parseDocvars.js';

/**
 * Reads a sidecar metadata file (CSV, TSV or JSON); see {@link parseDocvars} for its format.
 *
 * @throws {FileError} naming the sidecar and, for a bad row, its line.
 * @example
 * ```ts
 * const rows = await readDocvars('corpus-metadata.csv');
 * rows[0]; // { key: 'plan.txt', line: 2, docvars: { title: '…', year: 2017 } }
 * ```
 */
export async function readDocvars(file: string): Promise<DocvarsRow[]> {
  return parseDocvars(await readText(file), file);
}
