import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { countTokens } from '../../src/count/countTerms.js';
import { readCorpus } from '../../src/node/corpus/readCorpus.js';
import { dfm } from '../../src/stats/dfm.js';
import { textstatKeyness } from '../../src/stats/textstatKeyness.js';
import { createDocument } from '../../src/text/document.js';
import { cliIn, expectUsageErrors, rowsJson as json } from '../support/cli.js';
import { NOT_TEXT, tempFolder, writeFile } from '../support/files.js';
import { corpusFile, describeCorpus } from '../support/shared.js';
import { keynessSign, naiveG2, williamsQ } from '../support/twoByTwo.js';

// Made-up texts. Target: t1 (5 tokens) + t2 (2) = 7 tokens, "security" 3 times.
// Reference: r1 (5) + r2 (3) = 8 tokens, "security" once.
const TARGET = { t1: 'Security threats demand security measures.\n', t2: 'Security first.\n' };
const REFERENCE = { r1: 'Development and trade demand investment.\n', r2: 'Security and development.\n' };

const dir = tempFolder('cli-keyness');
for (const [id, text] of Object.entries(TARGET)) writeFile(dir, `${id}.txt`, text);
for (const [id, text] of Object.entries(REFERENCE)) writeFile(dir, `ref/${id}.txt`, text);
writeFile(dir, 'binary.txt', NOT_TEXT);
const run = cliIn(dir);

const targetDocs = Object.entries(TARGET).map(([id, text]) => createDocument({ id, text }));
const referenceDocs = Object.entries(REFERENCE).map(([id, text]) => createDocument({ id, text }));

// Independent formulas (Dunning's G² over the four cells and Williams' q in ../support/twoByTwo,
// Pearson's χ² with Yates' in closed form, Hardie's Log Ratio), from their textbook definitions.
const g2 = (a: number, b: number, n1: number, n2: number, williams: boolean): number =>
  (keynessSign(a, b, n1, n2) * naiveG2(a, b, n1, n2)) / (williams ? williamsQ(a, b, n1, n2) : 1);
function chi2Yates(a: number, b: number, n1: number, n2: number): number {
  const n = n1 + n2;
  const sign = keynessSign(a, b, n1, n2);
  const c = n1 - a;
  const d = n2 - b;
  return (sign * n * Math.max(0, Math.abs(a * d - b * c) - n / 2) ** 2) / ((a + b) * (c + d) * n1 * n2);
}
const logRatio = (a: number, b: number, n1: number, n2: number): number => Math.log2((Math.max(a, 0.5) / n1) / (Math.max(b, 0.5) / n2));

const withoutP = <T extends { p: number }>(row: T): Omit<T, 'p'> => {
  const { p: _p, ...rest } = row;
  return rest;
};

describe('securitization keyness', () => {
  it('gives rows exactly { feature, targetCount, referenceCount, g2, logRatio } by default', async () => {
    const { code, stdout, stderr } = await run('keyness', '--target', 't1.txt', '--target', 't2.txt', '--reference', 'ref', '-f', 'json');
    expect([code, stderr]).toEqual([0, '']);
    const parsed = json(stdout);
    expect(Object.keys(parsed)).toEqual(['provenance', 'rows']);
    expect(parsed.provenance.options).toMatchObject({ measure: 'g2', correction: 'williams', p: false });
    for (const row of parsed.rows) expect(Object.keys(row)).toEqual(['feature', 'targetCount', 'referenceCount', 'g2', 'logRatio']);
    expect(parsed.rows).toEqual(textstatKeyness(dfm(targetDocs), dfm(referenceDocs)).map(withoutP));
    // By hand: security is 3 of 7 target tokens and 1 of 8 reference tokens.
    const security = parsed.rows.find((r) => r.feature === 'security')!;
    expect(security).toMatchObject({ targetCount: 3, referenceCount: 1 });
    expect(security.g2).toBeCloseTo(g2(3, 1, 7, 8, true), 12);
    expect(security.logRatio).toBeCloseTo(Math.log2((3 / 7) / (1 / 8)), 12);
    // A reference word absent from the target: negative score, Log Ratio with 0.5 for the zero.
    const development = parsed.rows.find((r) => r.feature === 'development')!;
    expect(development).toMatchObject({ targetCount: 0, referenceCount: 2 });
    expect(development.g2).toBeCloseTo(g2(0, 2, 7, 8, true), 12);
    expect(development.g2).toBeLessThan(0);
    expect(development.logRatio).toBeCloseTo(logRatio(0, 2, 7, 8), 12);
    // Sorted by g2, descending.
    const scores = parsed.rows.map((r) => r.g2 as number);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('ranks by chi2 with --measure chi2 (Yates by default), adding the chi2 column', async () => {
    const { code, stdout } = await run('keyness', '--target', 't1.txt', '--target', 't2.txt', '--reference', 'ref/r1.txt', '--reference', 'ref/r2.txt', '--measure', 'chi2', '-f', 'json');
    expect(code).toBe(0);
    const rows = json(stdout).rows;
    for (const row of rows) expect(Object.keys(row)).toEqual(['feature', 'targetCount', 'referenceCount', 'chi2', 'g2', 'logRatio']);
    expect(rows).toEqual(textstatKeyness(dfm(targetDocs), dfm(referenceDocs), { measure: 'chi2' }).map(withoutP));
    const security = rows.find((r) => r.feature === 'security')!;
    expect(security.chi2).toBeCloseTo(chi2Yates(3, 1, 7, 8), 12);
    expect(security.g2).toBeCloseTo(g2(3, 1, 7, 8, true), 12);
  });

  it('applies --correction none and adds p with --p', async () => {
    const { code, stdout } = await run('keyness', '--target', 't1.txt', '--target', 't2.txt', '--reference', 'ref', '--correction', 'none', '--p', '-f', 'json');
    expect(code).toBe(0);
    const rows = json(stdout).rows;
    for (const row of rows) expect(Object.keys(row)).toEqual(['feature', 'targetCount', 'referenceCount', 'g2', 'p', 'logRatio']);
    expect(rows).toEqual(textstatKeyness(dfm(targetDocs), dfm(referenceDocs), { correction: 'none' }).map((r) => ({ ...r })));
    expect(rows.find((r) => r.feature === 'security')!.g2).toBeCloseTo(g2(3, 1, 7, 8, false), 12);
    // p = P(χ²₁ ≥ |g2|): 1 for a zero score, below 0.05 exactly when |g2| ≥ 3.841.
    for (const row of rows) expect((row.p as number) < 0.05).toBe(Math.abs(row.g2 as number) >= 3.841458820694124);
  });

  it('compares selected terms with --terms and keeps the first rows with --top, as CSV', async () => {
    const { code, stdout } = await run('keyness', '--target', 't1.txt', '--target', 't2.txt', '--reference', 'ref', '--terms', 'secur*,develop*,demand', '--top', '2', '-f', 'csv');
    expect(code).toBe(0);
    const parsed = csvParse(stdout);
    expect(parsed.columns).toEqual(['feature', 'targetCount', 'referenceCount', 'g2', 'logRatio']);
    const select = ['secur*', 'develop*', 'demand'];
    const expected = textstatKeyness(dfm(targetDocs, { select }), dfm(referenceDocs, { select })).slice(0, 2);
    expect(parsed.map((r) => ({ ...r }))).toEqual(expected.map((r) => ({ feature: r.feature, targetCount: String(r.targetCount), referenceCount: String(r.referenceCount), g2: String(r.g2), logRatio: String(r.logRatio) })));
    expect(parsed.map((r) => [r.feature, r.targetCount, r.referenceCount])).toEqual([
      ['secur*', '3', '1'],
      ['demand', '1', '1'],
    ]);
  });

  it('exits 1 when a file fails, naming it, and still compares the others', async () => {
    const { code, stdout, stderr } = await run('keyness', '--target', 't1.txt', '--target', 'binary.txt', '--reference', 'ref', '-f', 'json');
    expect(code).toBe(1);
    expect(stderr).toContain(join(dir, 'binary.txt'));
    expect(json(stdout).rows).toEqual(textstatKeyness(dfm(targetDocs.slice(0, 1)), dfm(referenceDocs)).map(withoutP));
  });

  it('exits 2 for usage errors, explaining how to give several files', async () => {
    await expectUsageErrors(dir, [
      ['keyness', '--target', 't1.txt', '--reference', 'ref', '--bogus'],
      ['keyness', '--target', 't1.txt'],
      ['keyness', '--reference', 'ref'],
      ['keyness', '--target', 't1.txt', '--reference', 'ref', '--measure', 'lr'],
      ['keyness', '--target', 't1.txt', '--reference', 'ref', '--correction', 'bonferroni'],
      ['keyness', '--target', 't1.txt', '--reference', 'ref', '--top', '0'],
      ['keyness', '--target', 't1.txt', 't2.txt', '--reference', 'ref'],
    ]);
    const { stderr } = await run('keyness', '--target', 't1.txt', 't2.txt', '--reference', 'ref');
    expect(stderr).toContain('--target a.txt --target b.txt');
  });

  it('documents the columns and the p choice in --help', async () => {
    const { code, stdout } = await run('keyness', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('{ feature, targetCount, referenceCount, g2, logRatio }');
    expect(stdout).toContain('--p');
  });
});

describeCorpus('securitization keyness on the shared corpus', () => {
  it('compares the 2017 plan with the US Action Plan', async () => {
    const planFile = corpusFile('2017-ngaidp.en.txt');
    const usFile = corpusFile('2025-us-americas-ai-action-plan.en.txt');
    const { code, stdout } = await run('keyness', '--target', planFile, '--reference', usFile, '-f', 'json');
    expect(code).toBe(0);
    const plan = (await readCorpus(planFile)).documents;
    const us = (await readCorpus(usFile)).documents;
    const rows = json(stdout).rows;
    expect(rows).toEqual(textstatKeyness(dfm(plan), dfm(us)).map(withoutP));
    // By hand: "intelligent" is absent from the US plan; its count in the 2017 plan by a plain
    // regular expression (a token is a word not joined to another by a hyphen: "multi-intelligent"
    // is one token); G² and Log Ratio from the formulas above with the documents' token counts.
    const n1 = countTokens(plan[0]!);
    const n2 = countTokens(us[0]!);
    const byRegex = (file: string): number =>
      readFileSync(file, 'utf8').match(/(?<![\p{L}\p{N}-])intelligent(?![\p{L}\p{N}-])/giu)?.length ?? 0;
    const intelligent = rows.find((r) => r.feature === 'intelligent')!;
    expect(intelligent.targetCount).toBe(byRegex(planFile));
    expect(intelligent.referenceCount).toBe(byRegex(usFile));
    expect(intelligent.referenceCount).toBe(0);
    expect(intelligent.g2).toBeCloseTo(g2(byRegex(planFile), 0, n1, n2, true), 9);
    expect(intelligent.logRatio).toBeCloseTo(logRatio(byRegex(planFile), 0, n1, n2), 12);
    expect(rows[0]!.feature).toBe('intelligent');
    // The US plan's own words rank last, with negative scores.
    const federal = rows.find((r) => r.feature === 'federal')!;
    expect(federal.targetCount).toBe(0);
    expect(federal.g2 as number).toBeLessThan(-10);
  });
});
