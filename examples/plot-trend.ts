/**
 * Plotting a trend: term rates per 10,000 tokens by year (`termTrend`), drawn as an SVG file
 * (`trendSvg`, Observable Plot) to put in a paper or a slide.
 *
 * In your project: replace `../src/index.js`, `../src/node.js` and `../src/report.js` by
 * `securitization`, `securitization/node` and `securitization/report`, and run with `npx tsx plot-trend.ts trend.svg`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDocument, termTrend, type Document } from '../src/index.js';
import { loadDocuments } from '../src/node.js';
import { trendSvg } from '../src/report.js';
import { findCorpus, isMain, sampleDocuments } from './sample.js';

export const TERMS = [
  { label: 'security', pattern: 'security | 安全' },
  { label: 'national security', pattern: 'national security | 国家安全' },
  { label: 'risk', pattern: 'risk | risks | 风险' },
];

/** Writes the trend chart to `out` and returns the trend rows and the SVG. */
export async function main(options: { readonly out?: string; readonly useCorpus?: boolean } = {}) {
  const out = resolve(options.out ?? 'trend.svg');
  let docs: Document[] = sampleDocuments.map((d) => createDocument(d));
  const corpus = options.useCorpus === false ? null : findCorpus();
  if (corpus !== null) {
    // The corpus files carry no year: give it as a docvar (publication years from SOURCES.md).
    const years: Record<string, number> = { '2017-ngaidp.en': 2017, '2025-china-ai-plus-opinions.en': 2025, '2025-us-americas-ai-action-plan.en': 2025 };
    const { documents } = await loadDocuments(Object.keys(years).map((id) => `${corpus}/${id}.txt`));
    docs = documents.map((doc) => createDocument({ id: doc.id, text: doc.text, lang: doc.lang, meta: { ...doc.meta, year: years[doc.id]! } }));
  }
  const trend = termTrend(docs, TERMS);
  const svg = trendSvg(trend, { colorDomain: TERMS.map((t) => t.label) });
  writeFileSync(out, svg);
  return { out, trend, svg };
}

if (isMain(import.meta.url)) {
  const { out, trend } = await main({ out: process.argv[2] ?? 'trend.svg' });
  console.table([...trend]);
  console.log(`wrote ${out}`);
}
