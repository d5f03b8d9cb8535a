import { resolve } from 'node:path';
import type { Document } from '../text/document.js';
import { loadDocuments } from '../node/loadDocuments.js';
import { UsageError, type CliIO } from './command.js';

/**
 * Loads the files named on the command line. Files that fail are reported on stderr and the
 * others are still analysed; `failed` tells the caller to exit with code 1.
 */
export async function documentsFromArgs(
  files: readonly string[],
  io: CliIO,
  lang?: string,
): Promise<{ documents: Document[]; failed: boolean }> {
  if (files.length === 0) throw new UsageError('no input files');
  const { documents, failures } = await loadDocuments(
    files.map((f) => resolve(io.cwd, f)),
    lang === undefined ? {} : { lang },
  );
  for (const failure of failures) io.stderr(`skipped ${failure.file}: ${failure.error.message}\n`);
  return { documents, failed: failures.length > 0 };
}

/** Terms from `--terms a,b` and repeated `--term x` options. */
export function termsFromArgs(terms: unknown, term: unknown): string[] {
  const list: string[] = [];
  if (typeof terms === 'string') list.push(...terms.split(',').map((t) => t.trim()).filter((t) => t !== ''));
  if (Array.isArray(term)) list.push(...term.filter((t): t is string => typeof t === 'string'));
  else if (typeof term === 'string') list.push(term);
  if (list.length === 0) throw new UsageError('give at least one term with --terms "a,b" or --term a');
  return list;
}
