/**
 * Counting terms and reading them in context.
 *
 * In your project: `npm install securitization`, replace `../src/index.js` and `../src/node.js`
 * by `securitization` and `securitization/node`, and run with `npx tsx count-and-kwic.ts`.
 * In this repository: `npx vitest run test/examples` runs every example.
 */
import { countTerms, kwic, matches, type Document, type DocumentInput } from '../src/index.js';
import { loadDocuments } from '../src/node.js';
import { findCorpus, isMain, sampleDocuments } from './sample.js';

/** English and Chinese terms; `a | b` are variants counted as one term. */
export const TERMS = [
  'security',
  'national security',
  { label: 'cyber security', pattern: 'cyber security | cyber-security | cybersecurity' },
  '安全',
  '国家安全',
];

/** Counts, KWIC lines and the hits behind the counts, for the sample or the shared corpus. */
export async function main(options: { readonly useCorpus?: boolean } = {}) {
  let docs: (Document | DocumentInput)[] = sampleDocuments;
  const corpus = options.useCorpus === false ? null : findCorpus();
  if (corpus !== null) {
    const files = ['2017-ngaidp.en.txt', '2017-ngaidp.zh.excerpts.txt'].map((name) => `${corpus}/${name}`);
    docs = (await loadDocuments(files)).documents;
  }
  // Inclusive nesting (the default, and Zeng's rule): a "national security" hit is also a "security" hit.
  const counts = countTerms(docs, TERMS, { nested: 'inclusive' });
  const lines = kwic(docs, 'national security | 国家安全', { window: 5 });
  const hits = matches(docs, 'national security | 国家安全');
  return { counts, lines, hits, provenance: counts.provenance };
}

if (isMain(import.meta.url)) {
  const { counts, lines } = await main();
  console.table(counts.filter((row) => row.count > 0));
  for (const line of lines.slice(0, 10)) console.log(`${line.docId.padEnd(28)} ${line.pre.padStart(40)} [${line.keyword}] ${line.post}`);
}
