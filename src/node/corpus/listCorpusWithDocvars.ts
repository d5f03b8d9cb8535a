import { listCorpusFiles, type CorpusListing } from './listCorpusFiles.js';
import { matchDocvars } from './matchDocvars.js';
import type { CorpusOptions } from './options.js';
import type { DocvarsRow } from './parseDocvars.js';
import { readDocvars } from './readDocvars.js';

/** The files of a corpus, each file's sidecar row, and every warning of both. */
export interface CorpusPlan extends CorpusListing {
  /** The docvars row of each file, by `CorpusFile.file`; empty without a sidecar. */
  readonly byFile: ReadonlyMap<string, DocvarsRow>;
}

/**
 * Lists a corpus and matches its sidecar (`metadata`) to the files: what every reader of a corpus
 * (`streamCorpus`, `countCorpusParallel`) does first, so that all give the same files in the same
 * order with the same metadata and warnings.
 *
 * @throws {FileError} when `input` or the sidecar cannot be read, or the sidecar has a bad row.
 * @example
 * ```ts
 * const { files, byFile, warnings } = await listCorpusWithDocvars('corpus/', { metadata: 'corpus.csv' });
 * ```
 */
export async function listCorpusWithDocvars(input: string | readonly string[], options: CorpusOptions, metadata: string | undefined): Promise<CorpusPlan> {
  const listing = await listCorpusFiles(input, options);
  if (metadata === undefined) return { ...listing, byFile: new Map() };
  const matched = matchDocvars(await readDocvars(metadata), listing.files, metadata);
  return { ...listing, warnings: [...listing.warnings, ...matched.warnings], byFile: matched.byFile };
}
