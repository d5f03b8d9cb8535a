/**
 * Comparing two documents with keyness (quanteda's textstat_keyness): which words are
 * relatively more frequent in the target than in the reference, by signed log-likelihood G²
 * with Hardie's Log Ratio as the effect size.
 *
 * In your project: replace `../src/index.js` and `../src/node.js` by `securitization` and
 * `securitization/node`, and run with `npx tsx compare-keyness.ts`.
 */
import { textstatKeyness, type KeynessRow, type DocumentInput, type Document } from '../src/index.js';
import { loadDocument } from '../src/node.js';
import { findCorpus, isMain, sampleActionPlan2025, samplePlan2017 } from './sample.js';

/** The top keywords of the target and of the reference. */
export async function main(options: { readonly useCorpus?: boolean; readonly top?: number } = {}) {
  const top = options.top ?? 10;
  let target: Document | DocumentInput = sampleActionPlan2025;
  let reference: Document | DocumentInput = samplePlan2017;
  const corpus = options.useCorpus === false ? null : findCorpus();
  if (corpus !== null) {
    target = await loadDocument(`${corpus}/2025-us-americas-ai-action-plan.en.txt`);
    reference = await loadDocument(`${corpus}/2025-china-ai-plus-opinions.en.txt`);
  }
  const rows = textstatKeyness([target], [reference]);
  // Rows are sorted by G², descending: the head is key to the target, the tail to the reference.
  const significant = (row: KeynessRow): boolean => row.p < 0.05;
  return {
    target: target.id,
    reference: reference.id,
    rows,
    targetKeywords: rows.filter((r) => r.g2 > 0 && significant(r)).slice(0, top),
    referenceKeywords: rows.filter((r) => r.g2 < 0 && significant(r)).reverse().slice(0, top),
  };
}

if (isMain(import.meta.url)) {
  const result = await main();
  console.log(`key to ${result.target} (vs ${result.reference}):`);
  console.table(result.targetKeywords);
  console.log(`key to ${result.reference}:`);
  console.table(result.referenceKeywords);
}
