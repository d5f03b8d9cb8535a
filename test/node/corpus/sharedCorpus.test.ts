import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadDocument } from '../../../src/node/loadDocuments.js';
import { readCorpus } from '../../../src/node/corpus/readCorpus.js';
import { corpusDir, describeCorpus } from '../../support/shared.js';

/** The SHA-256 SOURCES.md lists under each file's heading, read with a plain line scan. */
function listedChecksums(): Map<string, string> {
  const sums = new Map<string, string>();
  let current: string | undefined;
  for (const line of readFileSync(join(corpusDir, 'SOURCES.md'), 'utf8').split('\n')) {
    const heading = /^#{2,3} (\S+\.txt)\b/u.exec(line);
    if (heading) current = heading[1];
    const sum = /SHA-256: ([0-9a-f]{64})/u.exec(line);
    if (sum && current !== undefined) sums.set(current, sum[1]!);
  }
  return sums;
}

describeCorpus('readCorpus on the shared corpus', () => {
  const textFiles = readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort();

  it('reads the five .txt files in name order and skips SOURCES.md with a warning', async () => {
    const { documents, failures, warnings } = await readCorpus(corpusDir);
    expect(textFiles).toHaveLength(5);
    expect(failures).toEqual([]);
    expect(documents.map((d) => d.meta.file)).toEqual(textFiles);
    expect(documents.map((d) => d.id)).toEqual(textFiles.map((name) => name.replace(/\.txt$/u, '')));
    expect(warnings).toEqual([`skipped ${join(corpusDir, 'SOURCES.md')}: describes the corpus, not a document (excluded by name; pass exclude: [] to read it)`]);
    expect(documents.map((d) => d.lang)).toEqual(textFiles.map((name) => (name.includes('.zh') ? 'zh' : 'en')));
  });

  it('gives each document the SHA-256 that SOURCES.md lists for its file', async () => {
    const sums = listedChecksums();
    expect([...sums.keys()].sort()).toEqual(['2017-ngaidp.en.txt', '2025-china-ai-plus-opinions.en.txt', '2025-us-americas-ai-action-plan.en.txt']);
    const { documents } = await readCorpus(corpusDir);
    for (const [file, sum] of sums) expect(documents.find((d) => d.meta.file === file)?.meta.sha256).toBe(sum);
  });

  it('hashes these UTF-8 files as loadDocument does (bytes and decoded text agree without a BOM)', async () => {
    const { documents } = await readCorpus(corpusDir);
    for (const doc of documents) expect((await loadDocument(join(corpusDir, String(doc.meta.file)))).meta.sha256).toBe(doc.meta.sha256);
  });

  it('reads SOURCES.md as a document when nothing is excluded', async () => {
    const { documents } = await readCorpus(corpusDir, { exclude: [] });
    expect(documents.map((d) => d.id)).toContain('SOURCES');
    expect(documents).toHaveLength(6);
  });
});
