import { describe, it, expect, beforeAll } from 'vitest';
import { textstatKeyness, dfm, chiSquareP, type Dfm, type KeynessRow } from '../../src/stats/index.js';
import { countTokens } from '../../src/count/countTerms.js';
import { OptionError, ValidationError } from '../../src/errors.js';
import { withProvenance } from '../../src/provenance.js';
import { describeCorpus } from '../support/shared.js';
import { loadCorpus, regexCount, type CorpusDocs } from './corpus.js';

/** Independent G²: 2 Σ O ln(O/E) over the full 2×2 table, divided by Williams' q when asked. */
function naiveG2(a: number, b: number, n1: number, n2: number, williams = true): number {
  const n = n1 + n2;
  const r1 = a + b;
  const r2 = n - r1;
  const cells = [[a, (r1 * n1) / n], [b, (r1 * n2) / n], [n1 - a, (r2 * n1) / n], [n2 - b, (r2 * n2) / n]];
  const g2 = 2 * cells.reduce((s, [o, e]) => (o! > 0 ? s + o! * Math.log(o! / e!) : s), 0);
  const q = williams && r1 > 0 && r2 > 0 ? 1 + ((n / r1 + n / r2 - 1) * (n / n1 + n / n2 - 1)) / (6 * n) : 1;
  const sign = a / n1 > b / n2 ? 1 : a / n1 < b / n2 ? -1 : 0;
  return (sign * g2) / q;
}

const close = (actual: number, expected: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)));
};

/** A made-up text of `n` copies of each word, in the given order. */
const text = (counts: Record<string, number>): string =>
  Object.entries(counts).flatMap(([word, n]) => Array<string>(n).fill(word)).join(' ');

describe('textstatKeyness', () => {
  // Made-up corpora with known counts: 10 of 1000 tokens vs 5 of 2000.
  const target = [{ id: 't', text: text({ security: 10, filler: 990 }) }];
  const reference = [{ id: 'r', text: text({ security: 5, filler: 1995 }) }];

  it('reproduces SciPy on a table with known counts (no correction)', () => {
    const rows = textstatKeyness(target, reference, { correction: 'none' });
    const security = rows.find((r) => r.feature === 'security')!;
    expect(security).toMatchObject({ targetCount: 10, referenceCount: 5, logRatio: 2 });
    // SciPy 1.17 chi2_contingency([[10, 5], [990, 1995]], correction=False, lambda_="log-likelihood")
    close(security.g2, 6.969191931932806);
    close(security.p, 0.008292493584807123);
    // With two features, "filler" has the same table with its rows swapped: same G², opposite sign.
    close(rows.find((r) => r.feature === 'filler')!.g2, -security.g2);
  });

  it("uses Williams' correction for G² by default and Yates' for χ²", () => {
    const g2 = textstatKeyness(target, reference).find((r) => r.feature === 'security')!;
    close(g2.g2, naiveG2(10, 5, 1000, 2000));
    close(g2.p, chiSquareP(naiveG2(10, 5, 1000, 2000)));
    const chi2 = textstatKeyness(target, reference, { measure: 'chi2' }).find((r) => r.feature === 'security')!;
    close(chi2.chi2!, 6.105527638190954); // SciPy, correction=True
    close(chi2.p, 0.013475971095517668);
    close(chi2.g2, naiveG2(10, 5, 1000, 2000)); // the G² column keeps Williams
    expect(Object.keys(chi2)).toEqual(['feature', 'targetCount', 'referenceCount', 'chi2', 'p', 'g2', 'logRatio']);
    expect(Object.keys(g2)).toEqual(['feature', 'targetCount', 'referenceCount', 'g2', 'p', 'logRatio']);
  });

  it('scores every feature of either side, signed, sorted by the measure with ties by feature', () => {
    // Made up: two short "plans".
    // 8 and 7 tokens.
    const rows = textstatKeyness(
      ['Security threats demand security measures and security first.'],
      ['Innovation and growth demand investment and innovation.'],
    );
    const scores = rows.map((r) => r.g2);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    for (let i = 1; i < rows.length; i++) {
      if (rows[i]!.g2 === rows[i - 1]!.g2) expect(rows[i - 1]!.feature < rows[i]!.feature).toBe(true);
    }
    expect(rows[0]!.feature).toBe('security');
    const innovation = rows.find((r) => r.feature === 'innovation')!;
    expect(innovation).toMatchObject({ targetCount: 0, referenceCount: 2 });
    expect(innovation.g2).toBeLessThan(0);
    close(innovation.g2, naiveG2(0, 2, 8, 7));
    close(innovation.logRatio!, Math.log2((0.5 / 8) / (2 / 7))); // 0.5 for the zero count
    for (const row of rows) close(row.g2, naiveG2(row.targetCount, row.referenceCount, 8, 7));
  });

  it('gives all zeros for identical corpora', () => {
    const docs = ['Security and safety and security.', 'Risk and threat.'];
    const rows = textstatKeyness(docs, docs);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect([row.g2, row.p, row.logRatio]).toEqual([0, 1, 0]);
    expect(rows.map((r) => r.feature)).toEqual(['and', 'risk', 'safety', 'security', 'threat']);
  });

  it('keeps code-point order of features with sort: false', () => {
    const rows = textstatKeyness(['zeta alpha alpha'], ['émigré beta'], { sort: false });
    expect(rows.map((r) => r.feature)).toEqual(['alpha', 'beta', 'zeta', 'émigré']);
  });

  it('takes dfms (with selected terms) as well as documents', () => {
    const docs = ['National security and cyber security.', 'Safety first.'];
    const m = dfm(docs, { select: ['security', 'safety', 'threat'] });
    const ref = dfm(['Safety, safety and innovation.'], { select: ['security', 'safety', 'threat'] });
    const rows = textstatKeyness(m, ref);
    expect(rows.map((r) => r.feature)).toEqual(['security', 'threat', 'safety']);
    const threat = rows.find((r) => r.feature === 'threat')!;
    expect([threat.g2, threat.p, threat.logRatio]).toEqual([0, 1, 0]); // in neither corpus
    // Corpus sizes are the documents' tokens (5 + 2 and 4), not the sums of the selected counts.
    close(rows[0]!.g2, naiveG2(2, 0, 7, 4));
    expect(rows.provenance.options).toMatchObject({ measure: 'g2', correction: 'williams', target: { documents: ['text1', 'text2'], tokens: 7 } });
  });

  it('rejects an empty target or reference', () => {
    expect(() => textstatKeyness([], ['Security.'])).toThrow(ValidationError);
    expect(() => textstatKeyness(dfm([]), dfm(['Security.']))).toThrow(/target/);
    expect(() => textstatKeyness(['Security.'], [])).toThrow(/reference/);
  });

  it('rejects counts above the corpus size, unknown measures and corrections', () => {
    const m = dfm(['Security.']);
    const inflated: Dfm = { ...m, rows: withProvenance([{ docId: 'text1', feature: 'security', count: 5 }], {}) };
    expect(() => textstatKeyness(inflated, m)).toThrow(ValidationError);
    expect(() => textstatKeyness(m, m, { measure: 'pmi' as never })).toThrow(OptionError);
    expect(() => textstatKeyness(m, m, { correction: 'bonferroni' as never })).toThrow(OptionError);
  });
});

describeCorpus('textstatKeyness on the shared corpus', () => {
  let corpus: CorpusDocs;
  let rows: KeynessRow[];
  let n1: number;
  let n2: number;
  beforeAll(async () => {
    corpus = await loadCorpus();
    rows = textstatKeyness([corpus.plan2017], [corpus.us2025]);
    n1 = countTokens(corpus.plan2017);
    n2 = countTokens(corpus.us2025);
  });

  it('ranks the 2017 plan against the US plan with scores that an independent formula reproduces', () => {
    const top = rows.slice(0, 10);
    let checked = 0;
    for (const row of top) {
      close(row.g2, naiveG2(row.targetCount, row.referenceCount, n1, n2));
      expect(row.g2).toBeGreaterThan(0);
      // Hyphenated compounds tokenize either way (multi-intelligent is one token, military-civil
      // three): compare with the regular expression where the word never occurs in one.
      const inCompound = new RegExp(`\\p{L}-${row.feature}\\b|\\b${row.feature}-\\p{L}`, 'iu');
      if (/^[a-z]+$/u.test(row.feature) && !inCompound.test(corpus.plan2017.text) && !inCompound.test(corpus.us2025.text)) {
        checked++;
        expect(row.targetCount).toBe(regexCount(corpus.plan2017.text, row.feature));
        expect(row.referenceCount).toBe(regexCount(corpus.us2025.text, row.feature));
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
    expect(top.some((r) => r.feature === 'intelligent')).toBe(true);
  });

  it('puts the US plan keywords at the bottom, negative', () => {
    const american = rows.find((r) => r.feature === 'american')!;
    expect(american.targetCount).toBe(regexCount(corpus.plan2017.text, 'american'));
    expect(american.referenceCount).toBe(regexCount(corpus.us2025.text, 'american'));
    expect(american.g2).toBeLessThan(-10);
    close(american.g2, naiveG2(american.targetCount, american.referenceCount, n1, n2));
    expect(rows.at(-1)!.g2).toBeLessThan(american.g2 + 1e-12);
  });

  it('compares the Chinese texts (2017 + 2025) with the US plan, by chi-square', () => {
    const china = textstatKeyness([corpus.plan2017, corpus.china2025], [corpus.us2025], { measure: 'chi2' });
    const chinaTokens = n1 + countTokens(corpus.china2025);
    const security = china.find((r) => r.feature === 'security')!;
    expect(security.targetCount).toBe(regexCount(corpus.plan2017.text, 'security') + regexCount(corpus.china2025.text, 'security'));
    const a = security.targetCount;
    const b = security.referenceCount;
    const n = chinaTokens + n2;
    const gap = Math.max(0, Math.abs(a * (n2 - b) - b * (chinaTokens - a)) - n / 2);
    const chi2 = (n * gap * gap) / ((a + b) * (n - a - b) * chinaTokens * n2);
    close(Math.abs(security.chi2!), chi2);
    expect(Math.sign(security.chi2!)).toBe(Math.sign(a / chinaTokens - b / n2));
  });
});
