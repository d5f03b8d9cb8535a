import { describe, it, expect } from 'vitest';
import { evaluate, labelMetrics, sameReferent } from '../../src/moves/index.js';
import { ValidationError } from '../../src/errors.js';

const row = (id: string, claim: boolean, warn: boolean, request: boolean, securitizing: boolean, referent: string | null = null, sector: 'political' | 'military' | 'societal' | null = null) => ({
  id,
  claim,
  warn,
  request,
  securitizing,
  referent,
  sector,
});

describe('evaluate', () => {
  // A hand-checked confusion matrix of six sentences.
  //            gold C W R S     predicted C W R S
  // a                1 0 1 0              1 0 1 0
  // b                0 1 1 1              1 1 1 0
  // c                0 0 1 1              0 0 0 1
  // d                1 0 0 0              0 0 1 0
  // e                0 0 1 0              0 1 1 1
  // f                0 1 0 0              0 0 0 0
  // claim:        tp 1 (a), fp 1 (b), fn 1 (d), tn 3      → P 1/2, R 1/2, F1 1/2
  // warn:         tp 1 (b), fp 1 (e), fn 1 (f), tn 3      → P 1/2, R 1/2, F1 1/2
  // request:      gold a b c e, predicted a b d e → tp 3 (a b e), fp 1 (d), fn 1 (c), tn 1 (f) → P 3/4, R 3/4, F1 3/4
  // securitizing: gold 1: b c; predicted 1: c e → tp 1 (c), fp 1 (e), fn 1 (b), tn 3 → P 1/2, R 1/2
  const gold = [
    row('a', true, false, true, false),
    row('b', false, true, true, true, 'national security', 'political'),
    row('c', false, false, true, true, 'national defense', 'military'),
    row('d', true, false, false, false),
    row('e', false, false, true, false),
    row('f', false, true, false, false),
  ];
  const predicted = [
    row('f', false, false, false, false),
    row('e', false, true, true, true, 'the nation', 'political'),
    row('d', false, false, true, false),
    row('c', false, false, false, true, 'the national defence', 'political'),
    row('b', true, true, true, false),
    row('a', true, false, true, false),
  ];
  const result = evaluate(gold, predicted);

  it('counts tp, fp, fn, tn per label, matching by id', () => {
    expect(result.n).toBe(6);
    expect(result.labels.claim).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1, tn: 3 });
    expect(result.labels.warn).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1, tn: 3 });
    expect(result.labels.request).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75, tp: 3, fp: 1, fn: 1, tn: 1 });
    expect(result.labels.securitizing).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1, tn: 3 });
  });

  it('scores referent and sector on the gold-securitizing sentences only', () => {
    // b: no referent predicted → wrong; c: "the national defence" ≡ "national defense" → right.
    expect(result.referent).toEqual({ n: 2, correct: 1, accuracy: 0.5 });
    // b: political vs none; c: military vs political.
    expect(result.sector).toEqual({
      n: 2,
      correct: 0,
      accuracy: 0,
      confusion: [
        { gold: 'military', predicted: 'political', count: 1 },
        { gold: 'political', predicted: 'none', count: 1 },
      ],
    });
  });

  it('throws when a gold sentence has no prediction', () => {
    expect(() => evaluate(gold, predicted.slice(1))).toThrow(ValidationError);
  });
});

describe('labelMetrics', () => {
  it('computes P, R and F1 = 2tp / (2tp + fp + fn)', () => {
    // P = 2/3, R = 2/5, F1 = 2·(2/3)(2/5) / (2/3 + 2/5) = (8/15) / (16/15) = 1/2 = 4 / (4 + 1 + 3)
    const m = labelMetrics(2, 1, 3, 10);
    expect(m.precision).toBeCloseTo(2 / 3, 12);
    expect(m.recall).toBeCloseTo(0.4, 12);
    expect(m.f1).toBeCloseTo(0.5, 12);
  });

  it('leaves 0/0 undefined (null) but F1 = 0 when there are gold positives and no hit', () => {
    expect(labelMetrics(0, 0, 0, 5)).toEqual({ precision: null, recall: null, f1: null, tp: 0, fp: 0, fn: 0, tn: 5 });
    expect(labelMetrics(0, 0, 2, 5)).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(labelMetrics(0, 3, 0, 5)).toMatchObject({ precision: 0, recall: null, f1: 0 });
  });
});

describe('sameReferent', () => {
  it('ignores case, articles, possessives and the defence/defense spelling; accepts containment', () => {
    expect(sameReferent('National Defence', 'the national defense')).toBe(true);
    expect(sameReferent('public safety and security', 'public safety')).toBe(true);
    expect(sameReferent('national security', 'national defense')).toBe(false);
    expect(sameReferent('the', 'the')).toBe(false);
  });
});
