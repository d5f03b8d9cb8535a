/**
 * Reproducing the keyword counts of Jinghan Zeng, "Securitization of Artificial Intelligence in
 * China" (2021): the published figures beside the counts measured on the texts, each row with a
 * status that says what the comparison is worth (only an original full text can `match`).
 *
 * In your project: replace `../src/index.js` and `../src/node.js` by `securitization` and
 * `securitization/node`, and run with `npx tsx reproduce-zeng-2021.ts <corpus folder>`.
 * The CLI does the same: `securitization reproduce zeng2021 <corpus folder>` (see docs/cli.md).
 */
import { reproduce, zeng2021, type ReproductionRow } from '../src/index.js';
import { reproduceCorpus } from '../src/node.js';
import { findCorpus, isMain } from './sample.js';

/** Rows of the reproduction on the shared corpus when present, else on a made-up excerpt. */
export async function main(options: { readonly corpus?: string | null } = {}): Promise<{ rows: readonly ReproductionRow[]; source: string }> {
  const corpus = options.corpus === undefined ? findCorpus() : options.corpus;
  if (corpus !== null) {
    const { rows, unknownFiles, missingOriginals } = await reproduceCorpus(zeng2021, corpus);
    if (unknownFiles.length > 0) console.warn(`not part of the reproduction: ${unknownFiles.join(', ')}`);
    if (missingOriginals.length > 0) console.warn(`no original full text of: ${missingOriginals.join(', ')} (figures cannot match exactly)`);
    return { rows, source: corpus };
  }
  // A made-up sample excerpt, offered as part of the 2017 plan: its rows are `excerpt` lower bounds.
  const sample = { id: 'sample-excerpt', text: '（虚构示例）维护国家安全，加强网络安全，保障数据安全。' };
  return { rows: reproduce(zeng2021, [{ doc: sample, document: '2017-ngaidp', kind: 'excerpt' }]), source: 'made-up sample' };
}

if (isMain(import.meta.url)) {
  const { rows, source } = await main({ corpus: process.argv[2] ?? findCorpus() });
  console.log(`${zeng2021.title}\nmeasured on: ${source}`);
  console.table(rows.map(({ doc, input, term, published, measured, difference, status }) => ({ doc, input, term, published, measured, difference, status })));
}
