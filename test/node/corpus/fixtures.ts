// Test fixtures written into a fresh temporary folder. Every sentence here is made up.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A new empty temporary folder. */
export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'securitization-corpus-'));
}

/** Writes files (relative path → content) under `dir`, making subfolders. */
export async function writeFiles(dir: string, files: Readonly<Record<string, string | Uint8Array>>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), content);
  }
}

/**
 * A minimal PDF 1.4 with one page per content stream, Helvetica as font /F1, and a correct
 * cross-reference table.
 */
export function pdfWithPages(contents: readonly string[]): Uint8Array {
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${contents.map((_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${contents.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  for (const [i, content] of contents.entries()) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, object] of objects.entries()) {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** A page content stream that shows one line of ASCII text. */
export const showText = (text: string): string => `BT /F1 12 Tf 20 100 Td (${text.replace(/[()\\]/gu, '\\$&')}) Tj ET`;

/** A PDF with text on each page. */
export const textPdf = (...pages: string[]): Uint8Array => pdfWithPages(pages.map(showText));

/** A PDF whose only page draws a filled rectangle: no text layer, like a scan. */
export const scannedPdf = (): Uint8Array => pdfWithPages(['0.5 g 20 20 200 100 re f']);
