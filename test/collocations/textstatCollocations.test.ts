import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createDocument,
  isCountedToken,
  normalizeText,
  segment,
  textstatCollocations,
  type CollocationRow,
} from '../../src/index.js';
import { expectOptionError } from '../support/errors.js';
import { corpusFile, describeCorpus } from '../support/shared.js';
import { oakesG2 } from '../support/twoByTwo.js';

/**
 * quanteda's definition, brute force: compare the target with every sequence of the corpus, put
 * each in the cell of its match pattern, add 0.5, then λ = Σ (−1)^(K − matches) ln n, z = λ/√Σ 1/n.
 */
function bruteForce(target: readonly string[], universe: readonly (readonly string[])[]) {
  const k = target.length;
  const cells = new Map<string, number>();
  for (const seq of universe) {
    const pattern = seq.map((w, i) => (w === target[i] ? '1' : '0')).join('');
    cells.set(pattern, (cells.get(pattern) ?? 0) + 1);
  }
  let lambda = 0;
  let variance = 0;
  for (let code = 0; code < 2 ** k; code++) {
    const pattern = code.toString(2).padStart(k, '0');
    const n = (cells.get(pattern) ?? 0) + 0.5;
    const ones = [...pattern].filter((c) => c === '1').length;
    lambda += (-1) ** (k - ones) * Math.log(n);
    variance += 1 / n;
  }
  const count = cells.get('1'.repeat(k)) ?? 0;
  const ll =
    k === 2 ? oakesG2(count, cells.get('10') ?? 0, cells.get('01') ?? 0, cells.get('00') ?? 0) : null;
  return { count, lambda, z: lambda / Math.sqrt(variance), ll };
}

function expectMatchesBruteForce(rows: readonly CollocationRow[], universe: readonly (readonly string[])[]): void {
  for (const row of rows) {
    const want = bruteForce(row.collocation.split(' '), universe);
    expect(row.count).toBe(want.count);
    expect(row.lambda).toBeCloseTo(want.lambda, 9);
    expect(row.z).toBeCloseTo(want.z, 9);
    if (want.ll === null) expect(row.ll).toBeNull();
    else expect(row.ll!).toBeCloseTo(want.ll, 9);
  }
}

/**
 * Sequences of a plain English fixture with regular expressions only: sentences end at . ! ? or a
 * blank line, commas and brackets break a run, words are runs of ASCII letters and digits.
 */
function regexUniverse(texts: readonly string[], size: number): string[][] {
  const out: string[][] = [];
  for (const text of texts) {
    for (const sentence of text.toLowerCase().split(/[.!?]|\n\s*\n/u)) {
      for (const run of sentence.split(/[,;:()]/u)) {
        const words = run.match(/[a-z0-9]+/gu) ?? [];
        for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size));
      }
    }
  }
  return out;
}

// Made up. Bigrams by hand (a comma and a sentence end break a run):
//   cyber security | security matters | national security | security matters | and cyber |
//   cyber security | security grows                                                    U = 7
const HAND = ['Cyber security matters. National security matters, and cyber security grows.'];

// Made up, plain words only, so that the regular expressions above split it as the tokenizer does.
const FIXTURE = [
  'National security is a core interest. The state must protect national security and public security.',
  'Public security needs public trust, and national security needs data security. Data security protects public trust.',
  'The state must protect data (and public trust) in 2030!\n\nNational security comes first.',
];

describe('textstatCollocations', () => {
  it('scores size-2 expressions from a table counted by hand', () => {
    const rows = textstatCollocations(HAND);
    // cyber security: n11 = 2, n12 = 0 (cyber + other), n21 = 1 (national security), n22 = 4.
    // security matters: n11 = 2, n12 = 1 (security grows), n21 = 0, n22 = 4. Same smoothed cells.
    const lambda = Math.log((2.5 * 4.5) / (0.5 * 1.5));
    const z = lambda / Math.sqrt(1 / 2.5 + 1 / 0.5 + 1 / 1.5 + 1 / 4.5);
    expect(lambda).toBeCloseTo(Math.log(15), 12);
    expect(rows.map((r) => r.collocation)).toEqual(['cyber security', 'security matters']);
    for (const row of rows) {
      expect(row.count).toBe(2);
      expect(row.lambda).toBeCloseTo(lambda, 9);
      expect(row.z).toBeCloseTo(z, 9);
    }
    expect(rows[0]!.ll!).toBeCloseTo(oakesG2(2, 0, 1, 4), 9);
    expect(rows[1]!.ll!).toBeCloseTo(oakesG2(2, 1, 0, 4), 9);
  });

  it('never joins words across punctuation or a sentence end', () => {
    const all = textstatCollocations(HAND, { minCount: 1 }).map((r) => r.collocation);
    expect(all).toHaveLength(5);
    expect(all).not.toContain('matters national');
    expect(all).not.toContain('matters and');
    // A blank line ends a sentence even without a full stop.
    const paragraphs = textstatCollocations(['Cyber security\n\nMatters first.'], { minCount: 1 }).map((r) => r.collocation);
    expect(paragraphs.sort()).toEqual(['cyber security', 'matters first']);
  });

  it('agrees with a brute-force reading of quanteda\u2019s definition, size 2', () => {
    const rows = textstatCollocations(FIXTURE, { minCount: 1 });
    const universe = regexUniverse(FIXTURE, 2);
    expect(new Set(rows.map((r) => r.collocation))).toEqual(new Set(universe.map((s) => s.join(' '))));
    expectMatchesBruteForce(rows, universe);
    const z = rows.map((r) => r.z);
    expect(z).toEqual([...z].sort((a, b) => b - a));
    expect(textstatCollocations(FIXTURE).map((r) => r.collocation)).toEqual(
      rows.filter((r) => r.count >= 2).map((r) => r.collocation),
    );
  });

  it('agrees with a brute-force reading of quanteda\u2019s definition, size 3', () => {
    const rows = textstatCollocations(FIXTURE, { size: 3, minCount: 1 });
    const universe = regexUniverse(FIXTURE, 3);
    expect(new Set(rows.map((r) => r.collocation))).toEqual(new Set(universe.map((s) => s.join(' '))));
    expectMatchesBruteForce(rows, universe);
    for (const row of rows) expect(row.ll).toBeNull();
  });

  it('computes the size-3 λ of a table counted by hand', () => {
    // Made up: four trigrams. For "red fox runs" the other three each match in exactly two
    // positions, so the cells with 2 matches hold 1, the full match 1, all others 0:
    // λ = ln 1.5 − 3 ln 1.5 + 3 ln 0.5 − ln 0.5 = −2 ln 3.
    const rows = textstatCollocations(['Red fox runs. Red fox jumps. Red cat runs. Blue fox runs.'], { size: 3, minCount: 1 });
    const row = rows.find((r) => r.collocation === 'red fox runs')!;
    expect(row.lambda).toBeCloseTo(-2 * Math.log(3), 9);
    expect(row.z).toBeCloseTo((-2 * Math.log(3)) / Math.sqrt(4 / 1.5 + 4 / 0.5), 9);
  });

  it("ranks by G² with method 'll'", () => {
    const rows = textstatCollocations(FIXTURE, { method: 'll', minCount: 1 });
    const ll = rows.map((r) => r.ll!);
    expect(ll).toEqual([...ll].sort((a, b) => b - a));
    expect(rows.provenance.options).toEqual({ size: 2, minCount: 1, method: 'll', smoothing: 0.5 });
  });

  it('uses the smoothing constant', () => {
    const [row] = textstatCollocations(HAND, { smoothing: 1 });
    expect(row!.lambda).toBeCloseTo(Math.log((3 * 5) / (1 * 2)), 9);
  });

  it('returns no rows when nothing reaches minCount', () => {
    expect(textstatCollocations(['One short sentence.'])).toEqual([]);
  });

  it('keeps Chinese expressions inside a sentence', () => {
    const text = '网络安全很重要。网络安全需要保障。'; // made up
    const rows = textstatCollocations([text], { minCount: 1 });
    // Independent: adjacent counted tokens, pairs never spanning the 。 token.
    const tokens = segment(createDocument(text)).tokens;
    const pairs = new Set<string>();
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (isCountedToken(tokens[i]!) && isCountedToken(tokens[i + 1]!)) {
        pairs.add(`${normalizeText(tokens[i]!.text).text} ${normalizeText(tokens[i + 1]!.text).text}`);
      }
    }
    expect(new Set(rows.map((r) => r.collocation))).toEqual(pairs);
    expect(rows.some((r) => r.collocation.startsWith('重要'))).toBe(false);
  });

  it('rejects bad options with an OptionError naming the option', () => {
    expectOptionError(() => textstatCollocations(HAND, { size: 1 }), 'size');
    expectOptionError(() => textstatCollocations(HAND, { size: 6 }), 'size');
    expectOptionError(() => textstatCollocations(HAND, { size: 2.5 }), 'size');
    expectOptionError(() => textstatCollocations(HAND, { minCount: 0 }), 'minCount');
    expectOptionError(() => textstatCollocations(HAND, { method: 'pmi' as 'll' }), 'method');
    expectOptionError(() => textstatCollocations(HAND, { method: 'll', size: 3 }), 'method');
    expectOptionError(() => textstatCollocations(HAND, { smoothing: 0 }), 'smoothing');
    expectOptionError(() => textstatCollocations(HAND, { min_count: 2 } as never), 'min_count');
    expectOptionError(() => textstatCollocations(HAND, null as never), 'options');
  });
});

describeCorpus('textstatCollocations on the 2017 plan', () => {
  const text = readFileSync(corpusFile('2017-ngaidp.en.txt'), 'utf8');
  const doc = createDocument({ id: '2017-ngaidp.en', text });

  it('matches a brute-force λ and z for every expression, and regex counts of known phrases', () => {
    const rows = textstatCollocations([doc]);

    // Independent universe: for each sentence, the counted tokens lying inside it, split wherever
    // the full token list has a non-counted token between two of them.
    const tokens = segment(doc).tokens;
    const universe: string[][] = [];
    for (const sentence of segment(doc).sentences) {
      const inside = tokens
        .map((token, index) => ({ token, index }))
        .filter(({ token }) => token.start >= sentence.start && token.end <= sentence.end);
      for (let i = 0; i + 1 < inside.length; i++) {
        const [a, b] = [inside[i]!, inside[i + 1]!];
        if (b.index === a.index + 1 && isCountedToken(a.token) && isCountedToken(b.token)) {
          universe.push([normalizeText(a.token.text).text, normalizeText(b.token.text).text]);
        }
      }
    }
    expectMatchesBruteForce(rows, universe);

    const count = (phrase: string): number | undefined => rows.find((r) => r.collocation === phrase)?.count;
    expect(count('national security')).toBe(text.match(/\bnational security\b/giu)!.length);
    expect(count('new generation')).toBe(text.match(/\bnew generation\b/giu)!.length);
    expect(count('big data')).toBe(text.match(/\bbig data\b/giu)!.length);

    console.info(
      'top 10 collocations of the 2017 plan (size 2, by z):\n' +
        rows
          .slice(0, 10)
          .map((r) => `  ${r.collocation}\tcount=${r.count}\tlambda=${r.lambda.toFixed(3)}\tz=${r.z.toFixed(2)}`)
          .join('\n'),
    );
  });
});
