import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { textstatCollocates } from '../../src/collocations/textstatCollocates.js';
import { textstatCollocations } from '../../src/collocations/textstatCollocations.js';
import { readCorpus } from '../../src/node/corpus/readCorpus.js';
import { createDocument } from '../../src/text/document.js';
import { cliIn, expectUsageErrors, rowsJson as json } from '../support/cli.js';
import { NOT_TEXT, tempFolder, writeFiles } from '../support/files.js';
import { corpusFile, describeCorpus } from '../support/shared.js';
import { oakesG2 } from '../support/twoByTwo.js';

// Made-up texts. one: national security matters cyber security and data security matter too
// (10 tokens, "security" at tokens 2, 5 and 8); two and three for multi-word expressions.
const TEXTS = {
  one: 'National security matters. Cyber security and data security matter too.\n',
  two: 'National security comes first. We protect national security.\n',
  three: 'Cyber security is national security.\n',
};

const dir = writeFiles(tempFolder('cli-collocations'), {
  'one.txt': TEXTS.one,
  'mwe/two.txt': TEXTS.two,
  'mwe/three.txt': TEXTS.three,
  'binary.txt': NOT_TEXT,
});
const run = cliIn(dir);

const doc = (id: keyof typeof TEXTS) => createDocument({ id, text: TEXTS[id] });

/** Signed G² of a collocation table given as O11, R1, C1, N. */
const g2 = (o11: number, r1: number, c1: number, n: number): number => oakesG2(o11, r1 - o11, c1 - o11, n - r1 - c1 + o11);

describe('securitization collocations --node', () => {
  it('gives the collocates of a node with every cell of their tables', async () => {
    const { code, stdout, stderr } = await run('collocations', 'one.txt', '--node', 'security', '--window', '1', '-f', 'json');
    expect([code, stderr]).toEqual([0, '']);
    const parsed = json(stdout);
    expect(Object.keys(parsed)).toEqual(['provenance', 'rows']);
    expect(parsed.provenance.options).toMatchObject({ node: 'security', window: 1, measure: 'll' });
    expect(parsed.rows).toEqual(textstatCollocates([doc('one')], 'security', { window: 1 }).map((r) => ({ ...r })));
    // By hand: L1–R1 of the three hits are national matters, cyber and, data matter: 6 slots,
    // each word once in 10 tokens: E = 6 · 1 / 10.
    expect(parsed.rows.map((r) => r.collocate)).toEqual(['and', 'cyber', 'data', 'matter', 'matters', 'national']);
    for (const row of parsed.rows) {
      expect(row).toMatchObject({ observed: 1, nodeCount: 3, collocateCount: 1, windowTokens: 6, corpusTokens: 10 });
      expect(row.expected).toBeCloseTo(0.6, 12);
      expect(row.mi).toBeCloseTo(Math.log2(1 / 0.6), 12);
      expect(row.t).toBeCloseTo(1 - 0.6, 12);
      expect(row.ll).toBeCloseTo(g2(1, 6, 1, 10), 12);
    }
  });

  it('ranks by --measure, keeps --top rows and filters by --min-count, as CSV', async () => {
    const { code, stdout } = await run('collocations', 'one.txt', 'mwe', '--node', 'security', '--measure', 'mi', '--min-count', '2', '--top', '3', '-f', 'csv');
    expect(code).toBe(0);
    const docs = [doc('one'), doc('three'), doc('two')];
    const expected = textstatCollocates(docs, 'security', { measure: 'mi', minCount: 2 }).slice(0, 3);
    const parsed = csvParse(stdout);
    expect(parsed.columns).toEqual(['collocate', 'observed', 'expected', 'nodeCount', 'collocateCount', 'windowTokens', 'corpusTokens', 'll', 'mi', 't']);
    expect(parsed.map((r) => r.collocate)).toEqual(expected.map((r) => r.collocate));
    expect(parsed.map((r) => Number(r.mi))).toEqual(expected.map((r) => r.mi));
    expect(parsed.every((r) => Number(r.observed) >= 2)).toBe(true);
    expect(parsed.length).toBe(3);
  });

  it('exits 1 when a file fails, naming it, and still counts the others', async () => {
    const { code, stdout, stderr } = await run('collocations', 'one.txt', 'binary.txt', '--node', 'security', '--window', '1', '-f', 'json');
    expect(code).toBe(1);
    expect(stderr).toContain(join(dir, 'binary.txt'));
    expect(json(stdout).rows).toHaveLength(6);
  });
});

describe('securitization collocations --mwe', () => {
  it('gives multi-word expressions with λ and z as quanteda defines them', async () => {
    const { code, stdout } = await run('collocations', 'mwe', '--mwe', '-f', 'json');
    expect(code).toBe(0);
    const rows = json(stdout).rows;
    // A folder's files in code-point order: three, two.
    expect(rows).toEqual(textstatCollocations([doc('three'), doc('two')]).map((r) => ({ ...r })));
    for (const row of rows) expect(Object.keys(row)).toEqual(['collocation', 'count', 'lambda', 'z', 'll']);
    // By hand: 10 bigrams inside sentences; "national security" 3 times, national before another
    // word 0 times, security after another word once (cyber security), 6 others; ½ added to each cell.
    expect(rows).toHaveLength(1);
    const [n11, n12, n21, n22] = [3.5, 0.5, 1.5, 6.5];
    const lambda = Math.log((n11 * n22) / (n12 * n21));
    expect(rows[0]).toMatchObject({ collocation: 'national security', count: 3 });
    expect(rows[0]!.lambda).toBeCloseTo(lambda, 12);
    expect(rows[0]!.z).toBeCloseTo(lambda / Math.sqrt(1 / n11 + 1 / n12 + 1 / n21 + 1 / n22), 12);
    expect(rows[0]!.ll).toBeCloseTo(g2(3, 3, 4, 10), 12);
  });

  it('takes --size, --method and --min-count, as CSV', async () => {
    const { code, stdout } = await run('collocations', 'mwe', 'one.txt', '--mwe', '--size', '3', '--min-count', '1', '-f', 'csv');
    expect(code).toBe(0);
    const expected = textstatCollocations([doc('three'), doc('two'), doc('one')], { size: 3, minCount: 1 });
    const parsed = csvParse(stdout);
    expect(parsed.columns).toEqual(['collocation', 'count', 'lambda', 'z', 'll']);
    expect(parsed.map((r) => [r.collocation, Number(r.count), Number(r.z), r.ll])).toEqual(expected.map((r) => [r.collocation, r.count, r.z, '']));
    const byLl = await run('collocations', 'mwe', '--mwe', '--method', 'll', '--min-count', '1', '-f', 'json');
    const llRows = json(byLl.stdout).rows;
    expect(llRows).toEqual(textstatCollocations([doc('three'), doc('two')], { method: 'll', minCount: 1 }).map((r) => ({ ...r })));
  });

  it('exits 2 for usage errors: both or neither mode, an option of the other mode, bad values', async () => {
    await expectUsageErrors(dir, [
      ['collocations', 'one.txt'],
      ['collocations', 'one.txt', '--node', 'security', '--mwe'],
      ['collocations', 'one.txt', '--mwe', '--window', '3'],
      ['collocations', 'one.txt', '--node', 'security', '--size', '3'],
      ['collocations', 'one.txt', '--node', 'security', '--window', '0'],
      ['collocations', 'one.txt', '--node', 'security', '--measure', 'dice'],
      ['collocations', 'one.txt', '--mwe', '--method', 'pmi'],
      ['collocations', 'one.txt', '--mwe', '--size', '7'],
      ['collocations', 'one.txt', '--mwe', '--method', 'll', '--size', '3'],
      ['collocations', 'one.txt', '--node', 'security', '--bogus'],
      ['collocations', '--node', 'security'],
    ]);
  });

  it('exits 1 for a malformed node pattern, naming it', async () => {
    const { code, stderr } = await run('collocations', 'one.txt', '--node', 'a | ');
    expect(code).toBe(1);
    expect(stderr).toContain('"a | "');
  });
});

describeCorpus('securitization collocations on the shared corpus', () => {
  it('gives the collocates of security in the 2017 plan as the library does', async () => {
    const file = corpusFile('2017-ngaidp.en.txt');
    const { code, stdout } = await run('collocations', file, '--node', 'security', '--top', '10', '-f', 'json');
    expect(code).toBe(0);
    const docs = (await readCorpus(file)).documents;
    expect(json(stdout).rows).toEqual(textstatCollocates(docs, 'security').slice(0, 10).map((r) => ({ ...r })));
  });
});
