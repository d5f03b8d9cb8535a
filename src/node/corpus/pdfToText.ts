import { extractText, getDocumentProxy } from 'unpdf';
import { FileError } from '../../errors.js';

/**
 * The text layer of a PDF through unpdf (pdf.js): the text of each page, pages separated by a
 * blank line. A PDF whose pages hold no text (a scan without OCR) is an error, not an empty
 * document, so that it is never counted as a text without the words.
 *
 * @throws {FileError} naming `file`: not a readable PDF (damaged, encrypted), or no text layer.
 * @example
 * ```ts
 * const text = await pdfToText(await readFile('plan.pdf'), 'plan.pdf');
 * ```
 */
export async function pdfToText(bytes: Uint8Array, file: string): Promise<string> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js may take over (detach) the buffer it is given; verbosity 0 keeps it quiet.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FileError(file, `not a readable PDF (${reason})`);
  }
  try {
    const { text: pages } = await extractText(pdf, { mergePages: false });
    const text = pages.map((page) => page.trim()).filter((page) => page !== '').join('\n\n');
    if (text === '') throw new FileError(file, `no text layer (scanned PDF?): none of its ${pages.length} page(s) holds text; run OCR first`);
    return text;
  } finally {
    await pdf.destroy();
  }
}
