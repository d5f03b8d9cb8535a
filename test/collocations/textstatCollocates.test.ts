import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PatternError,
  createDocument,
  isCountedToken,
  normalizeText,
  segment,
  textstatCollocates,
  type CollocateRow,
} from '../../src/index.js';
import { expectOptionError } from '../support/errors.js';
import { corpusFile, describeCorpus } from '../support/shared.js';
import { oakesG2 } from '../support/twoByTwo.js';

// Scores recomputed from the four cells with the textbook formula
// G² = 2(a ln a + b ln b + c ln c + d ln d − (a+b)ln(a+b) − (a+c)ln(a+c) − (b+d)ln(b+d) − (c+d)ln(c+d) + N ln N)
// (Oakes 1998; WordSmith's formulae page), x ln x = 0 at x = 0: another form than the code's Σ O ln(O/E).
function independentScores(o11: number, r1: number, c1: number, n: number) {
  const expected = (r1 * c1) / n;
  return {
    expected,
    ll: oakesG2(o11, r1 - o11, c1 - o11, n - r1 - c1 + o11),
    mi: Math.log(o11 / expected) / Math.LN2,
    t: (o11 - expected) / Math.sqrt(o11),
  };
}

function expectScores(row: CollocateRow, o11: number, r1: number, c1: number, n: number): void {
  const want = independentScores(o11, r1, c1, n);
  expect(row.observed).toBe(o11);
  expect(row.windowTokens).toBe(r1);
  expect(row.collocateCount).toBe(c1);
  expect(row.corpusTokens).toBe(n);
  expect(row.expected).toBeCloseTo(want.expected, 9);
  expect(row.ll).toBeCloseTo(want.ll, 9);
  expect(row.mi).toBeCloseTo(want.mi, 9);
  expect(row.t).toBeCloseTo(want.t, 9);
}

const byCollocate = (rows: readonly CollocateRow[]): Map<string, CollocateRow> => new Map(rows.map((r) => [r.collocate, r]));

// Made-up fixtures. Counted tokens (words and numbers), by hand:
//   doc1: Data₀ security₁ protects₂ national₃ security₄ . Public₅ trust₆ needs₇ data₈ .   (9)
//   doc2: Security₀ first₁ .                                                              (2)
// N = 11; C1: data 2, security 3, every other word 1.
// Window 2: hit @1 → left {0} (clipped at the start), right {2,3}; hit @4 → left {2,3}, right {5,6}
// (a window crosses a sentence end); doc2 hit @0 → left {} (start), right {1} (clipped at the end).
// Union of the window slots: doc1 {0,2,3,5,6}, doc2 {1} → R1 = 6; protects and national are in two
// windows but count once.
const FIXTURE = ['Data security protects national security. Public trust needs data.', 'Security first.'];

describe('textstatCollocates', () => {
  it('counts the window span by hand and scores each collocate with the 2×2 table', () => {
    const rows = textstatCollocates(FIXTURE, 'security', { window: 2 });
    const got = byCollocate(rows);
    expect([...got.keys()].sort()).toEqual(['data', 'first', 'national', 'protects', 'public', 'trust']);
    for (const row of rows) expect(row.nodeCount).toBe(3);
    for (const word of ['first', 'national', 'protects', 'public', 'trust']) expectScores(got.get(word)!, 1, 6, 1, 11);
    expectScores(got.get('data')!, 1, 6, 2, 11);
    // data: O11 = 1 < E11 = 12/11, so its G² is negative and it ranks last; the five tied
    // collocates follow code-point order.
    expect(got.get('data')!.ll).toBeLessThan(0);
    expect(rows.map((r) => r.collocate)).toEqual(['first', 'national', 'protects', 'public', 'trust', 'data']);
  });

  it('hand-checks the numbers of one table: protects, R1 = 6, C1 = 1, N = 11', () => {
    const row = byCollocate(textstatCollocates(FIXTURE, 'security', { window: 2 })).get('protects')!;
    // a = 1, b = 5, c = 0, d = 5: G² = 2(0 + 5 ln 5 + 0 + 5 ln 5 − 6 ln 6 − 1·ln 1 − 10 ln 10 − 5 ln 5 + 11 ln 11)
    const g2 = 2 * (5 * Math.log(5) - 6 * Math.log(6) - 10 * Math.log(10) + 11 * Math.log(11));
    expect(row.expected).toBeCloseTo(6 / 11, 12);
    expect(row.ll).toBeCloseTo(g2, 9);
    expect(row.mi).toBeCloseTo(Math.log2(11 / 6), 12);
    expect(row.t).toBeCloseTo(5 / 11, 12);
  });

  it('sorts by the chosen measure, ties by collocate', () => {
    const rows = textstatCollocates(FIXTURE, 'security', { window: 2, measure: 'mi' });
    const mi = rows.map((r) => r.mi);
    expect(mi).toEqual([...mi].sort((a, b) => b - a));
    expect(rows.at(-1)!.collocate).toBe('data');
    const byT = textstatCollocates(FIXTURE, 'security', { window: 2, measure: 't' });
    expect(byT.map((r) => r.t)).toEqual([...byT.map((r) => r.t)].sort((a, b) => b - a));
  });

  it('leaves out collocates below minCount but keeps them in R1', () => {
    const rows = textstatCollocates(['Cyber security and cyber security, data security.'], 'security', { window: 1, minCount: 2 });
    // Counted: Cyber₀ security₁ and₂ cyber₃ security₄ data₅ security₆ → windows {0,2},{3,5},{5} → R1 = 4.
    expect(rows.map((r) => r.collocate)).toEqual(['cyber']);
    expectScores(rows[0]!, 2, 4, 2, 7);
  });

  it('returns no rows when the node is absent, with provenance', () => {
    const rows = textstatCollocates(FIXTURE, 'defence');
    expect(rows).toEqual([]);
    expect(rows.provenance.options).toEqual({ node: 'defence', window: 5, measure: 'll', minCount: 1, nested: 'inclusive' });
  });

  it('clips the window at the end of a document and never crosses into the next one', () => {
    const rows = textstatCollocates(['We need more security', 'Trust comes later.'], 'security', { window: 3 });
    // Counted: We₀ need₁ more₂ security₃ | Trust comes later: left {0,1,2}, right {} → R1 = 3, N = 7.
    expect(rows.map((r) => r.collocate).sort()).toEqual(['more', 'need', 'we']);
    for (const row of rows) expectScores(row, 1, 3, 1, 7);
  });

  it('skips punctuation: it takes no window slot', () => {
    const rows = textstatCollocates(['Security, (really) – data.'], 'security', { window: 2 });
    expect(rows.map((r) => r.collocate).sort()).toEqual(['data', 'really']);
  });

  it('never counts the tokens of a multi-word node hit as its collocates', () => {
    const rows = textstatCollocates(['They defend national security and cyber security.'], 'national security', { window: 2 });
    // Counted: They₀ defend₁ national₂ security₃ and₄ cyber₅ security₆ → slots {0,1} and {4,5}.
    expect(rows.map((r) => r.collocate).sort()).toEqual(['and', 'cyber', 'defend', 'they']);
    for (const row of rows) expectScores(row, 1, 4, 1, 7);
  });

  it('counts another hit of the node inside the window as a collocate', () => {
    const got = byCollocate(textstatCollocates(['Security and security.'], 'security', { window: 2 }));
    // Counted: Security₀ and₁ security₂: windows {1,2} and {0,1} → union {0,1,2}, R1 = 3, N = 3.
    expectScores(got.get('security')!, 2, 3, 2, 3);
    expectScores(got.get('and')!, 1, 3, 1, 3);
  });

  it('rejects bad options with an OptionError naming the option', () => {
    expectOptionError(() => textstatCollocates(FIXTURE, 'security', { window: 0 }), 'window');
    expectOptionError(() => textstatCollocates(FIXTURE, 'security', { window: 2.5 }), 'window');
    expectOptionError(() => textstatCollocates(FIXTURE, 'security', { window: '5' as unknown as number }), 'window');
    expectOptionError(() => textstatCollocates(FIXTURE, 'security', { measure: 'dice' as 'll' }), 'measure');
    expectOptionError(() => textstatCollocates(FIXTURE, 'security', { minCount: 0 }), 'minCount');
    expectOptionError(() => textstatCollocates(FIXTURE, 'security', { nested: 'all' as 'inclusive' }), 'nested');
    expectOptionError(() => textstatCollocates(FIXTURE, 'security', { windows: 3 } as never), 'windows');
    expect(() => textstatCollocates(FIXTURE, '')).toThrow(PatternError);
  });

  it('is deterministic', () => {
    const a = textstatCollocates(FIXTURE, 'security', { window: 2 });
    const b = textstatCollocates([...FIXTURE].map((text) => text), 'security', { window: 2 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  describe('Chinese', () => {
    // Made up. The node is matched as a substring, so a segmenter word that contains it
    // (国家安全, if Intl.Segmenter keeps it whole) is the node's own token, not a collocate.
    const TEXT = '我们必须维护国家安全和网络安全，保障数据安全。安全是发展的前提。';

    it('finds the collocates of 安全 among the segmenter tokens', () => {
      const doc = createDocument(TEXT);
      const rows = textstatCollocates([doc], '安全', { window: 1 });
      const got = byCollocate(rows);
      // The words right before three of the hits, whatever else the segmenter does.
      for (const word of ['网络', '数据']) expect(got.get(word)?.observed).toBe(1);
      expect(rows[0]!.nodeCount).toBe(4);

      // Independent count: node tokens are the counted tokens containing 安全; a token is in the
      // span if some node token is 1 position away and it is not itself that node token.
      const counted = segment(doc).tokens.filter(isCountedToken);
      const nodeAt = counted.map((t) => t.text.includes('安全'));
      const expected = new Map<string, number>();
      let r1 = 0;
      counted.forEach((token, p) => {
        const near = [p - 1, p + 1].some((q) => nodeAt[q] === true);
        if (!near) return;
        r1++;
        expected.set(token.text, (expected.get(token.text) ?? 0) + 1);
      });
      expect(new Map(rows.map((r) => [r.collocate, r.observed]))).toEqual(expected);
      for (const row of rows) {
        const c1 = counted.filter((t) => t.text === row.collocate).length;
        expectScores(row, expected.get(row.collocate)!, r1, c1, counted.length);
      }
    });

    it('matches traditional script and reports simplified collocate forms', () => {
      const rows = textstatCollocates(['我們維護網絡安全。'], '安全', { window: 1 });
      expect(rows.map((r) => r.collocate)).toContain(normalizeText('網絡').text);
      expect(normalizeText('網絡').text).toBe('网络');
    });
  });
});

describeCorpus('textstatCollocates on the 2017 plan', () => {
  const text = readFileSync(corpusFile('2017-ngaidp.en.txt'), 'utf8');
  const doc = createDocument({ id: '2017-ngaidp.en', text });
  const WINDOW = 5;

  it('collocates of "security": every observed count equals an independent count', () => {
    const rows = textstatCollocates([doc], 'security', { window: WINDOW });

    // Independent count: the node positions are the counted tokens whose text is "security" in any
    // case (a plain regular expression, not the pattern language); a position is in the span when a
    // node position is 1..WINDOW positions away in the sequence of counted tokens (brute force
    // over distances instead of the code's window ranges); distance 0, the hit itself, never counts.
    const counted = segment(doc).tokens.filter(isCountedToken);
    const isNode = counted.map((t) => /^security$/iu.test(t.text));
    const nodeCount = isNode.filter(Boolean).length;
    expect(nodeCount).toBe(text.match(/\bsecurity\b/giu)!.length);
    const observed = new Map<string, number>();
    let r1 = 0;
    counted.forEach((token, p) => {
      let near = false;
      for (let d = 1; d <= WINDOW && !near; d++) near = isNode[p - d] === true || isNode[p + d] === true;
      if (!near) return;
      r1++;
      const form = normalizeText(token.text).text;
      observed.set(form, (observed.get(form) ?? 0) + 1);
    });
    const frequency = new Map<string, number>();
    for (const token of counted) {
      const form = normalizeText(token.text).text;
      frequency.set(form, (frequency.get(form) ?? 0) + 1);
    }

    expect(rows.length).toBe(observed.size);
    for (const row of rows) {
      expect(row.nodeCount).toBe(nodeCount);
      expectScores(row, observed.get(row.collocate)!, r1, frequency.get(row.collocate)!, counted.length);
    }
    const lls = rows.map((r) => r.ll);
    expect(lls).toEqual([...lls].sort((a, b) => b - a));

    const top = rows.slice(0, 10).map((r) => r.collocate);
    expect(top).toContain('national');
    console.info(
      'top 10 collocates of "security" (L5–R5, by ll):\n' +
        rows
          .slice(0, 10)
          .map((r) => `  ${r.collocate}\tO=${r.observed}\tE=${r.expected.toFixed(3)}\tll=${r.ll.toFixed(2)}\tmi=${r.mi.toFixed(2)}`)
          .join('\n'),
    );
  });
});
