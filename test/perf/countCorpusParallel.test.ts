import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { securitizationLexicon } from '../../src/lexicon/securitizationLexicon.js';
import { dictionaryTerms } from '../../src/lexicon/dictionaryTerms.js';
import { corpusAvailable, corpusDir } from '../support/shared.js';
import { importBundle } from './buildBundle.js';

// Made-up sentences for generated files.
const SENTENCES = [
  'The ministry will strengthen national security against hostile cyber attacks.',
  'Threats to critical infrastructure are growing, and the armed forces must deter them.',
  '维护国家安全和社会稳定，防范化解重大风险。',
  '國家安全是民族復興的根基。',
  'Data security and privacy protection must keep pace with technology.',
];

let lib: Awaited<ReturnType<typeof importBundle>>['lib'];
let remove = (): void => {};
let generated = '';
const terms = dictionaryTerms(securitizationLexicon);

type Per = 'tokens' | 'characters';

/** Serial reference: countCorpus over the documents streamCorpus yields, and its failures. */
async function serial(input: string, per: Per = 'tokens'): Promise<{ counts: string; rows: string; failures: string[]; warnings: string[] }> {
  const failures: string[] = [];
  const warnings: string[] = [];
  async function* documents(): AsyncGenerator<import('../../src/text/document.js').Document> {
    for await (const item of lib.streamCorpus(input)) {
      if ('document' in item) yield item.document;
      else if ('failure' in item) failures.push(`${item.failure.file}: ${item.failure.error.name} ${item.failure.error.message}`);
      else warnings.push(item.warning);
    }
  }
  const counts = await lib.countCorpus(documents(), terms, { per });
  return { counts: JSON.stringify(counts), rows: JSON.stringify(lib.toRows(counts)), failures, warnings };
}

async function parallel(input: string, workers: number, per: Per = 'tokens'): Promise<{ counts: string; rows: string; failures: string[]; warnings: string[] }> {
  const result = await lib.countCorpusParallel(input, terms, { workers, per });
  return {
    counts: JSON.stringify(result.counts),
    rows: JSON.stringify(lib.toRows(result.counts)),
    failures: result.failures.map((f) => `${f.file}: ${f.error.name} ${f.error.message}`),
    warnings: [...result.warnings],
  };
}

beforeAll(async () => {
  ({ lib, remove } = await importBundle());
  generated = mkdtempSync(join(tmpdir(), 'securitization-parallel-'));
  mkdirSync(join(generated, 'sub'));
  for (let k = 0; k < 23; k++) {
    const text = Array.from({ length: 40 + k * 7 }, (_, i) => SENTENCES[(i * 7 + k) % SENTENCES.length]).join(k % 2 === 0 ? ' ' : '\n\n');
    writeFileSync(join(generated, k % 5 === 0 ? 'sub' : '', `doc-${String(k).padStart(2, '0')}.txt`), text);
  }
  // Files that fail: empty, and not UTF-8; a file that is skipped with a warning.
  writeFileSync(join(generated, 'empty.txt'), '');
  writeFileSync(join(generated, 'latin1.txt'), Buffer.from([0x53, 0xe9, 0x63, 0x75, 0x72, 0x69, 0x74, 0xe9]));
  writeFileSync(join(generated, 'notes.docx'), 'not read');
}, 120_000);

afterAll(() => {
  remove();
  if (generated !== '') rmSync(generated, { recursive: true, force: true });
});

describe('countCorpusParallel', () => {
  it.each([1, 2, 3, 0])('gives the counts, rows, failures and warnings of the serial run on generated files (%i workers)', async (workers) => {
    const expected = await serial(generated);
    expect(expected.failures).toHaveLength(2);
    expect(JSON.parse(expected.counts).totals.documents).toBe(23);
    expect(await parallel(generated, workers)).toEqual(expected);
  }, 120_000);

  it.each([2, 0])("gives the serial result with per: 'characters' (%i workers)", async (workers) => {
    const expected = await serial(generated, 'characters');
    const counts = JSON.parse(expected.counts) as { per: string; totals: { tokens: null; characters: number } };
    expect(counts.per).toBe('characters');
    expect(counts.totals.tokens).toBeNull();
    expect(counts.totals.characters).toBeGreaterThan(0);
    expect(JSON.parse(expected.rows)[0]).toHaveProperty('characters');
    expect(await parallel(generated, workers, 'characters')).toEqual(expected);
    // The default stays as it was: no per, no characters.
    expect(JSON.parse((await parallel(generated, 2)).counts)).not.toHaveProperty('per');
  }, 120_000);

  it('orders documents by file, not by which worker finished first', async () => {
    const { counts } = await lib.countCorpusParallel(generated, ['security'], { workers: 2 });
    // The listing's order (relative paths, sub/ after the top-level files), less the two that fail.
    const listed = (await lib.listCorpusFiles(generated)).files.map((f) => f.id).filter((id) => id !== 'empty' && id !== 'latin1');
    expect(counts.documents.map((d) => d.docId)).toEqual(listed);
    expect(counts.documents.map((d) => d.position)).toEqual(listed.map((_, i) => i));
  }, 120_000);

  it('gives failures of the error classes the serial run gives', async () => {
    const { failures } = await lib.countCorpusParallel(generated, ['security'], { workers: 2 });
    expect(failures.map((f) => [f.error instanceof lib.SecuritizationError, f.error.constructor.name, f.error.code])).toEqual([
      [true, 'DocumentError', 'INVALID_DOCUMENT'],
      [true, 'FileError', 'INVALID_FILE'],
    ]);
  }, 120_000);

  it('refuses a bad number of workers and a bad term before reading anything', async () => {
    await expect(lib.countCorpusParallel(generated, ['security'], { workers: -1 })).rejects.toThrow(lib.OptionError);
    await expect(lib.countCorpusParallel(generated, [''], { workers: 1 })).rejects.toThrow(lib.PatternError);
    await expect(lib.countCorpusParallel(generated, ['security'], { workers: 1, per: 'words' as 'tokens' })).rejects.toThrow(/"per"/);
  });

  it.skipIf(!corpusAvailable)('gives the serial result on the shared corpus [needs ../shared/corpus]', async () => {
    const expected = await serial(corpusDir);
    expect(await parallel(corpusDir, 2)).toEqual(expected);
    const byCharacter = await serial(corpusDir, 'characters');
    expect(await parallel(corpusDir, 2, 'characters')).toEqual(byCharacter);
  }, 120_000);
});
