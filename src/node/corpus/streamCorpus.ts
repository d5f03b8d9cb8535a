import { SecuritizationError } from '../../errors.js';
import type { Document } from '../../text/document.js';
import type { LoadFailure } from '../loadDocuments.js';
import { listCorpusWithDocvars } from './listCorpusWithDocvars.js';
import { checkCorpusOptions, type CorpusOptions } from './options.js';
import { readCorpusFile } from './readCorpusFile.js';

/** One step of a corpus read: a document, a file that failed, or an entry skipped with a reason. */
export type CorpusItem =
  | { readonly document: Document }
  | { readonly failure: LoadFailure }
  | { readonly warning: string };

/**
 * Reads a corpus one file at a time, so a corpus larger than memory can be counted: only the
 * current document is held. `input` is a folder or a list of files; see {@link listCorpusFiles}
 * for what is read and skipped, and {@link CorpusOptions} for the options.
 *
 * Yields every warning first (skipped entries, sidecar keys that name no file), then folders that
 * could not be listed, then one document or failure per file in path order. A file that fails
 * never stops the others.
 *
 * @throws {FileError} when `input` or the sidecar cannot be read, or the sidecar has a bad row
 * (naming its line). @throws {OptionError} for an option out of its domain.
 * @example
 * ```ts
 * let tokens = 0;
 * for await (const item of streamCorpus('corpus/', { metadata: 'corpus.csv' })) {
 *   if ('document' in item) tokens += countTokens(item.document);
 *   else if ('failure' in item) console.error(item.failure.error.message);
 * }
 * ```
 */
export async function* streamCorpus(input: string | readonly string[], options: CorpusOptions = {}): AsyncGenerator<CorpusItem, void, undefined> {
  const resolved = checkCorpusOptions(options);
  const listing = await listCorpusWithDocvars(input, options, resolved.metadata);
  const { byFile } = listing;
  for (const warning of listing.warnings) yield { warning };
  for (const failure of listing.failures) yield { failure };
  for (const [index, file] of listing.files.entries()) {
    resolved.onFile?.(file.path, index, listing.files.length);
    let item: CorpusItem;
    try {
      item = { document: await readCorpusFile(file, byFile.get(file.file), resolved) };
    } catch (error) {
      if (!(error instanceof SecuritizationError)) throw error;
      item = { failure: { file: file.path, error } };
    }
    yield item;
  }
}
