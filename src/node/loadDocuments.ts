import { createHash } from 'node:crypto';
import { rollup } from 'd3-array';
import { basename, extname, resolve } from 'node:path';
import { createDocument, type Document, type MetaValue } from '../text/document.js';
import { DocumentError, FileError, LanguageError, SecuritizationError } from '../errors.js';
import { decodeText, readBytes, type ReadTextOptions } from './readText.js';

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
 * file's bytes, as `sha256sum` prints it: byte order mark included, before decoding or blanking).
 *
 * @throws {FileError} when the file cannot be read or is not text.
 * @throws {DocumentError} or {@link LanguageError} when the text is empty or not English or
 *   Chinese; the message and `details.file` name the file.
 * @example
 * ```ts
 * const doc = await loadDocument('../shared/corpus/2017-ngaidp.en.txt');
 * doc.id; // '2017-ngaidp.en'
 * ```
 */
export async function loadDocument(file: string, options: LoadOptions = {}): Promise<Document> {
  const bytes = await readBytes(file);
  const raw = decodeText(bytes, file, options);
  const text = options.ignoreLine ? blankLines(raw, options.ignoreLine) : raw;
  const id = options.id ?? basename(file, extname(file));
  try {
    return createDocument({
      id,
      text,
      ...(options.lang === undefined ? {} : { lang: options.lang }),
      meta: { file, sha256: sha256(bytes), ...(options.meta ?? {}) },
    });
  } catch (error) {
    // The document's own errors name its id; a reader of a file list needs the file.
    if (error instanceof DocumentError) throw new DocumentError(`${file}: ${error.message}`, { ...error.details, file });
    if (error instanceof LanguageError) throw new LanguageError(`${file}: ${error.message}`, { ...error.details, file });
    throw error;
  }
}

/** A file that could not be loaded, and why. */
export interface LoadFailure {
  readonly file: string;
  readonly error: SecuritizationError;
}

/**
 * Loads many files; a file that fails is reported in `failures` and never loses the others.
 * Ids are file names without extension; duplicate names get the path as id. A path listed twice
 * is loaded once and reported once in `failures`.
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
  const name = (file: string): string => basename(file, extname(file));
  // How many distinct files bear each name: a name is an id only when it is unique.
  const filesPerName = rollup(new Set(files.map((f) => resolve(f))), (group) => group.length, name);
  const documents: Document[] = [];
  const failures: LoadFailure[] = [];
  const loaded = new Set<string>();
  for (const file of files) {
    // A file listed twice would give two documents with one id, and the whole batch would fail.
    if (loaded.has(resolve(file))) {
      failures.push({ file, error: new FileError(file, 'listed more than once; loaded once') });
      continue;
    }
    loaded.add(resolve(file));
    try {
      documents.push(await loadDocument(file, { ...options, id: filesPerName.get(name(file)) === 1 ? name(file) : file }));
    } catch (error) {
      if (!(error instanceof SecuritizationError)) throw error;
      failures.push({ file, error });
    }
  }
  return { documents, failures };
}
