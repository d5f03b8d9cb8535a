import { resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import { cliIn } from '../support/cli.js';
import { tempFolder, writeFile } from '../support/files.js';
import { corpusAvailable, corpusDir, goldAvailable, goldDir } from '../support/shared.js';

const dir = tempFolder('cli-eval');
const run = cliIn(dir);
// A made-up corpus of one document and a gold file of three sentences annotated by hand.
const doc = 'Intro 🙂 to the memo.\n\nHostile states threaten our national security. Build new museums for the children. Cheap drones are essential to orchards.\n';
writeFile(dir, 'corpus/memo.txt', doc);
const codePoints = (s: string, sub: string): number => Array.from(s.slice(0, s.indexOf(sub))).length;
const item = (id: string, sentence: string, labels: Record<string, unknown>): string =>
  JSON.stringify({ id, doc: 'memo.txt', offset: codePoints(doc, sentence), text: sentence, claim: false, warn: false, request: false, securitizing: false, referent: null, sector: null, note: null, ...labels });
writeFile(
  dir,
  'gold.jsonl',
  [
    item('m-1', 'Hostile states threaten our national security.', { claim: true, warn: true, securitizing: true, referent: 'national security', sector: 'political' }),
    item('m-2', 'Build new museums for the children.', { request: true }),
    // Annotated as a request to give the evaluation a false negative and a false positive.
    item('m-3', 'Cheap drones are essential to orchards.', { request: true }),
  ].join('\n') + '\n',
);

interface EvalJson {
  n: number;
  labels: Record<string, { precision: number | null; recall: number | null; f1: number | null; tp: number; fp: number; fn: number }>;
  sector: { n: number; correct: number };
}

describe('securitization eval', () => {
  it('prints {labels: {label: {precision, recall, f1, tp, fp, fn}}} as JSON', async () => {
    const { code, stdout, stderr } = await run('eval', '--gold', 'gold.jsonl', '--corpus', 'corpus', '--format', 'json');
    expect([code, stderr]).toEqual([0, '']);
    const result = JSON.parse(stdout) as EvalJson;
    expect(Object.keys(result.labels)).toEqual(['claim', 'warn', 'request', 'securitizing']);
    for (const metrics of Object.values(result.labels)) {
      expect(Object.keys(metrics)).toEqual(expect.arrayContaining(['precision', 'recall', 'f1', 'tp', 'fp', 'fn']));
    }
    // m-3 is a claim (C5) to the rules but a request in this gold: claim fp 1, request fn 1.
    expect(result.labels.claim).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(result.labels.request).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(result.labels.securitizing).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(result.sector).toMatchObject({ n: 1, correct: 1 });
  });

  it('prints a table with the confusion counts, and the differing items on request', async () => {
    const { code, stdout } = await run('eval', '--gold', 'gold.jsonl', '--corpus', 'corpus', '--items');
    expect(code).toBe(0);
    expect(stdout).toMatch(/label\s+precision\s+recall\s+f1\s+tp\s+fp\s+fn\s+tn/u);
    expect(stdout).toMatch(/request\s+1\.000\s+0\.500\s+0\.667\s+1\s+0\s+1\s+1/u);
    expect(stdout).toMatch(/m-3\s+claim: gold false, predicted true; request: gold true, predicted false/u);
  });

  it('names the gold file and line of a bad line (exit 1)', async () => {
    writeFile(dir, 'bad.jsonl', `${item('m-1', 'Build new museums for the children.', { request: true })}\n{"id": "m-2"}\n`);
    const { code, stderr } = await run('eval', '--gold', 'bad.jsonl', '--corpus', 'corpus');
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad\.jsonl:2: field "doc"/);
  });

  it('reports a gold offset whose text does not match the corpus', async () => {
    writeFile(dir, 'shifted.jsonl', item('m-1', 'Build new museums for the children.', { request: true }).replace(/"offset":(\d+)/u, (_, n: string) => `"offset":${Number(n) + 1}`) + '\n');
    const { code, stderr } = await run('eval', '--gold', 'shifted.jsonl', '--corpus', 'corpus');
    expect(code).toBe(1);
    expect(stderr).toMatch(/shifted\.jsonl:1: text of item "m-1" does not match "memo\.txt"/);
  });

  it.skipIf(!goldAvailable || !corpusAvailable)('evaluates the 60 sentences of the shared dev set [needs ../shared]', async () => {
    const { code, stdout, stderr } = await run('eval', '--gold', resolve(goldDir, 'dev.jsonl'), '--corpus', corpusDir, '--format', 'json');
    expect([code, stderr]).toEqual([0, '']);
    const result = JSON.parse(stdout) as EvalJson;
    expect(result.n).toBe(60);
    const total = result.labels.request!;
    expect(total.tp + total.fn).toBe(55); // the dev set's request count, by `grep -c '"request": true'`
  });
});
