import { describe, expect, it } from 'vitest';
import { FileError } from '../../../src/errors.js';
import { pdfToText } from '../../../src/node/corpus/pdfToText.js';
import { scannedPdf, textPdf } from './fixtures.js';

describe('pdfToText', () => {
  it('extracts the text layer, pages separated by a blank line', async () => {
    const bytes = textPdf('Made-up page one on security.', 'Page (two).');
    expect(await pdfToText(bytes, 'plan.pdf')).toBe('Made-up page one on security.\n\nPage (two).');
  });

  it('does not change the bytes it is given', async () => {
    const bytes = textPdf('Made-up text.');
    const copy = bytes.slice();
    await pdfToText(bytes, 'plan.pdf');
    expect(bytes).toEqual(copy);
  });

  it('fails on a PDF without a text layer, saying so', async () => {
    const error = await pdfToText(scannedPdf(), 'scan.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).message).toContain('scan.pdf: no text layer (scanned PDF?)');
    expect((error as FileError).details.file).toBe('scan.pdf');
  });

  it('fails on bytes that are not a PDF', async () => {
    const error = await pdfToText(new TextEncoder().encode('made-up text, not a PDF'), 'fake.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).message).toMatch(/^fake\.pdf: not a readable PDF \(/u);
  });
});
