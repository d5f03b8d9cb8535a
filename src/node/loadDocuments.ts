import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { createDocument, type Document, type MetaValue } from '../text/document.js';
import { SecuritizationError } from '../errors.js';
import { readText, type ReadTextOptions } from './readText.js';

/** Options of {@link loadDocument}. */
export interface LoadOptions extends ReadTextOptions {
  /** Language of the text; detected from the script when absent. */
  readonly lang?: string;
  /** Document id; default: the file name without its extension. */
  readonly id?: string;
  /** Extra metadata. */
  readonly meta?: Readonly<Record<string, MetaValue>>;
  /**
   * Lines that are not document text (headers, separators). They are replaced by spaces of the
   * same length, so that offsets still point into the file and nothing in them is counted.
   */
  readonly ignoreLine?: (line: string) => boolean;
}

/** The SHA-256 of a text's UTF-8 bytes, in hex. */
export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

function blankLines(text: string, ignore: (line: string) => boolean): string {
  return text.replace(/[^\r\n]*/gu, (line) => (ignore(line) ? ' '.repeat(line.length) : line));
}

/**
 * Loads a text file as a document; `meta` gets `file` (the path as given) and `sha256` (of the
 * file's text as read, before any line is blanked).
 *
 * @throws {FileError} when the file cannot be read or is not text.
 * @example
 * ```ts
 * const doc = await loadDocument('../shared/corpus/2017-ngaidp.en.txt');
 * doc.id; // '2017-ngaidp.en'
 * ```
 */
export async function loadDocument(file: string, options: LoadOptions = {}): Promise<Document> {
  const raw = await readText(file, options);
  const text = options.ignoreLine ? blankLines(raw, options.ignoreLine) : raw;
  const id = options.id ?? basename(file, extname(file));
  return createDocument({
    id,
    text,
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    meta: { file, sha256: sha256(raw), ...(options.meta ?? {}) },
  });
}

/** A file that could not be loaded, and why. */
export interface LoadFailure {
  readonly file: string;
  readonly error: SecuritizationError;
}

/**
 * Loads many files; a file that fails is reported in `failures` and never loses the others.
 * Ids are file names without extension; duplicate names get the path as id.
 *
 * @example
 * ```ts
 * const { documents, failures } = await loadDocuments(['a.txt', 'b.txt']);
 * ```
 */
export async function loadDocuments(
  files: readonly string[],
  options: Omit<LoadOptions, 'id'> = {},
): Promise<{ documents: Document[]; failures: LoadFailure[] }> {
  const names = files.map((f) => basename(f, extname(f)));
  const documents: Document[] = [];
  const failures: LoadFailure[] = [];
  for (const [i, file] of files.entries()) {
    const unique = names.indexOf(names[i]!) === names.lastIndexOf(names[i]!);
    try {
      documents.push(await loadDocument(file, { ...options, id: unique ? names[i]! : file }));
    } catch (error) {
      if (!(error instanceof SecuritizationError)) throw error;
      failures.push({ file, error });
    }
  }
  return { documents, failures };
}
