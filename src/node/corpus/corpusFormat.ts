import { extname } from 'node:path';

/** How a corpus file is turned into text. */
export type CorpusFormat = 'text' | 'html' | 'pdf';

const FORMATS: Readonly<Record<string, CorpusFormat>> = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

/** The extensions a corpus reads, for messages. */
export const CORPUS_EXTENSIONS: readonly string[] = Object.freeze(Object.keys(FORMATS));

/**
 * The format of a file from its extension (case-insensitive), or `undefined` when the corpus
 * reader does not read it.
 *
 * @example
 * ```ts
 * corpusFormat('plan.HTM'); // 'html'
 * corpusFormat('plan.docx'); // undefined
 * ```
 */
export function corpusFormat(file: string): CorpusFormat | undefined {
  return FORMATS[extname(file).toLowerCase()];
}
