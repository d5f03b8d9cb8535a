import { withProvenance, type WithProvenance } from '../../provenance.js';
import type { Document } from '../../text/document.js';
import type { LoadFailure } from '../loadDocuments.js';
import { checkCorpusOptions, type CorpusOptions } from './options.js';
import { streamCorpus } from './streamCorpus.js';

/** A corpus as read: documents with their docvars in `meta`, files that failed, entries skipped. */
export interface Corpus {
  /** In path order; the provenance records the reading options. */
  readonly documents: WithProvenance<Document>;
  readonly failures: LoadFailure[];
  readonly warnings: string[];
}

/**
 * Reads a corpus (a folder or a list of files) with its sidecar metadata: every item of
 * {@link streamCorpus}, collected.
 *
 * @throws {FileError} when `input` or the sidecar cannot be read, or the sidecar has a bad row.
 * @example
 * ```ts
 * const { documents, failures, warnings } = await readCorpus('corpus/', { metadata: 'corpus.csv' });
 * documents[0]?.meta; // { file: 'plan.txt', sha256: '…', title: '…', year: 2017 }
 * ```
 */
export async function readCorpus(input: string | readonly string[], options: CorpusOptions = {}): Promise<Corpus> {
  const documents: Document[] = [];
  const failures: LoadFailure[] = [];
  const warnings: string[] = [];
  for await (const item of streamCorpus(input, options)) {
    if ('document' in item) documents.push(item.document);
    else if ('failure' in item) failures.push(item.failure);
    else warnings.push(item.warning);
  }
  const { onFile: _, ...used } = checkCorpusOptions(options);
  return { documents: withProvenance(documents, { reader: 'readCorpus', ...used }), failures, warnings };
}
