/**
 * A self-contained HTML report (the same as `securitization report`): corpus and provenance,
 * counts with rates, charts, trend by year, KWIC, lexicon categories, profiles and moves.
 *
 * In your project: replace `../src/index.js` and `../src/node.js` by `securitization` and
 * `securitization/report`, and run with `npx tsx html-report.ts report.html`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderReport } from '../src/report.js';
import { isMain, sampleDocuments } from './sample.js';

/** Writes the report of the sample documents to `out` and returns its HTML. */
export function main(options: { readonly out?: string } = {}) {
  const out = resolve(options.out ?? 'report.html');
  const page = renderReport({ documents: sampleDocuments, title: 'Sample report (made-up documents)' });
  writeFileSync(out, page);
  return { out, page };
}

if (isMain(import.meta.url)) console.log(`wrote ${main({ out: process.argv[2] ?? 'report.html' }).out}`);
