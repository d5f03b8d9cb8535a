import { stat } from 'node:fs/promises';
import { DocumentError, FileError, LanguageError } from '../../errors.js';
import { createDocument, type Document, type MetaValue } from '../../text/document.js';
import { sha256 } from '../loadDocuments.js';
import { decodeText, readBytes, type InvalidUtf8 } from '../readText.js';
import { CORPUS_EXTENSIONS } from './corpusFormat.js';
import { errorCode } from './errorCode.js';
import { htmlToText } from './htmlToText.js';
import type { CorpusFile } from './listCorpusFiles.js';
import type { DocvarsRow } from './parseDocvars.js';
import { pdfToText } from './pdfToText.js';

async function checkRegularFile(path: string): Promise<void> {
  let kind: 'file' | 'folder' | 'other';
  try {
    const info = await stat(path);
    kind = info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other';
  } catch (error) {
    throw new FileError(path, `cannot read the file (${errorCode(error)})`);
  }
  if (kind === 'folder') throw new FileError(path, 'is a folder; give a folder as the only input to read the files in it');
  // Reading a FIFO or a device could block for ever.
  if (kind === 'other') throw new FileError(path, 'not a regular file (a FIFO, socket or device)');
}

/**
 * Reads one planned corpus file as a document: text by format, `meta.file`, `meta.sha256` (of
 * the file's bytes) and the docvars of its sidecar row.
 *
 * @throws {FileError} when the file cannot be read, is not text, has no text layer, or its bytes
 * do not have the SHA-256 its sidecar row gives.
 * @throws {DocumentError} when its text is empty; {LanguageError} when its language is not read.
 * @example
 * ```ts
 * const doc = await readCorpusFile({ path: 'c/a.txt', file: 'a.txt', id: 'a', format: 'text' }, undefined, {});
 * ```
 */
export async function readCorpusFile(
  file: CorpusFile,
  row: DocvarsRow | undefined,
  options: { readonly lang?: string | undefined; readonly invalidUtf8?: InvalidUtf8; readonly metadata?: string | undefined },
): Promise<Document> {
  await checkRegularFile(file.path);
  if (file.format === undefined) {
    throw new FileError(file.path, `not a corpus format (read: ${CORPUS_EXTENSIONS.join(', ')})`);
  }
  const bytes = await readBytes(file.path);
  const hash = sha256(bytes);
  const decode = { invalidUtf8: options.invalidUtf8 ?? 'error' } as const;
  let text: string;
  let title: string | undefined;
  if (file.format === 'pdf') text = await pdfToText(bytes, file.path);
  else if (file.format === 'html') ({ text, title } = await htmlToText(decodeText(bytes, file.path, decode)));
  else text = decodeText(bytes, file.path, decode);

  const { sha256: expected, ...docvars } = row?.docvars ?? {};
  if (typeof expected === 'string' && expected !== hash) {
    throw new FileError(file.path, `its SHA-256 is ${hash}, but ${options.metadata ?? 'the metadata'} line ${row!.line} gives ${expected}: this is not the file the metadata describes`);
  }
  const meta: Record<string, MetaValue> = { file: file.file, sha256: hash, ...docvars };
  if ((meta.title === undefined || meta.title === null) && title !== undefined) meta.title = title;
  const lang = typeof docvars.language === 'string' ? docvars.language : options.lang;
  try {
    return createDocument({ id: file.id, text, ...(lang === undefined ? {} : { lang }), meta });
  } catch (error) {
    // As loadDocument does: the document's own errors name its id, a reader of a corpus needs the file.
    if (error instanceof DocumentError) throw new DocumentError(`${file.path}: ${error.message}`, { ...error.details, file: file.path });
    if (error instanceof LanguageError) throw new LanguageError(`${file.path}: ${error.message}`, { ...error.details, file: file.path });
    throw error;
  }
}
