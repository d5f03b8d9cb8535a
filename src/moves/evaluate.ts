import { ValidationError } from '../errors.js';
import type { Sector } from '../model/sector.js';

/** The labels scored by {@link evaluate}. */
export const EVALUATED_LABELS = ['claim', 'warn', 'request', 'securitizing'] as const;

/** One of {@link EVALUATED_LABELS}. */
export type EvaluatedLabel = (typeof EVALUATED_LABELS)[number];

/** Labels of one sentence, gold or predicted, keyed by the sentence id. */
export interface LabelledSentence {
  readonly id: string;
  readonly claim: boolean;
  readonly warn: boolean;
  readonly request: boolean;
  readonly securitizing: boolean;
  readonly referent?: string | null;
  readonly sector?: Sector | null;
}

/** Precision, recall and F1 of one label, with its confusion counts. */
export interface LabelMetrics {
  /** tp / (tp + fp); `null` when nothing was predicted (0/0). */
  readonly precision: number | null;
  /** tp / (tp + fn); `null` when the gold has no positive (0/0). */
  readonly recall: number | null;
  /** 2tp / (2tp + fp + fn), the harmonic mean of P and R; `null` only when tp + fp + fn is 0. */
  readonly f1: number | null;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

/** Agreement on referent or sector, over the sentences where the gold has one. */
export interface Agreement {
  /** Gold sentences with a value (securitizing in the gold). */
  readonly n: number;
  readonly correct: number;
  /** correct / n; `null` when n is 0. */
  readonly accuracy: number | null;
}

/** The result of {@link evaluate}. */
export interface Evaluation {
  readonly n: number;
  readonly labels: Readonly<Record<EvaluatedLabel, LabelMetrics>>;
  /** Referent agreement: same phrase after lower-casing, dropping articles and `defence`→`defense`, or one contains the other. */
  readonly referent: Agreement;
  readonly sector: Agreement & {
    /** Counts of gold sector × predicted sector (`none` when the prediction has none). */
    readonly confusion: readonly { readonly gold: string; readonly predicted: string; readonly count: number }[];
  };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/**
 * Metrics of one label from its confusion counts.
 *
 * @example
 * ```ts
 * labelMetrics(2, 1, 3, 10); // { precision: 2/3, recall: 0.4, f1: 0.5, tp: 2, fp: 1, fn: 3, tn: 10 }
 * ```
 */
export function labelMetrics(tp: number, fp: number, fn: number, tn: number): LabelMetrics {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = ratio(2 * tp, 2 * tp + fp + fn);
  return { precision, recall, f1, tp, fp, fn, tn };
}

function referentKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/defence/gu, 'defense')
    .replace(/[’']s\b/gu, '')
    .replace(/\b(?:the|a|an|our|its|their)\b/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Referents agree when, lower-cased and without articles, possessives and the defence/defense
 * spelling difference, they are equal or one contains the other as whole words.
 *
 * @example
 * ```ts
 * sameReferent('National Defence', 'the national defense'); // true
 * sameReferent('national security', 'national defense');   // false
 * ```
 */
export function sameReferent(gold: string, predicted: string): boolean {
  const a = referentKey(gold);
  const b = referentKey(predicted);
  if (a === '' || b === '') return false;
  return a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

/**
 * Scores predicted labels against gold labels, matched by sentence id: per label precision,
 * recall, F1 and the confusion counts tp, fp, fn, tn; referent and sector agreement on the
 * sentences that are securitizing in the gold, with the sector confusion counts.
 *
 * @throws {ValidationError} when a gold id has no prediction (field `id`).
 * @example
 * ```ts
 * const gold = [{ id: 'a', claim: true, warn: false, request: true, securitizing: false }];
 * const predicted = [{ id: 'a', claim: false, warn: false, request: true, securitizing: false }];
 * evaluate(gold, predicted).labels.request; // { precision: 1, recall: 1, f1: 1, tp: 1, fp: 0, fn: 0, tn: 0 }
 * ```
 */
export function evaluate(gold: Iterable<LabelledSentence>, predicted: Iterable<LabelledSentence>): Evaluation {
  const byId = new Map<string, LabelledSentence>();
  for (const p of predicted) byId.set(p.id, p);
  const counts = Object.fromEntries(EVALUATED_LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0, tn: 0 }])) as Record<
    EvaluatedLabel,
    { tp: number; fp: number; fn: number; tn: number }
  >;
  const referent = { n: 0, correct: 0 };
  const sector = { n: 0, correct: 0 };
  const sectorCells = new Map<string, number>();
  let n = 0;
  for (const g of gold) {
    const p = byId.get(g.id);
    if (p === undefined) throw new ValidationError('evaluation', [{ field: 'id', message: `no prediction for gold sentence "${g.id}"` }]);
    n++;
    for (const label of EVALUATED_LABELS) {
      const c = counts[label];
      if (g[label] && p[label]) c.tp++;
      else if (!g[label] && p[label]) c.fp++;
      else if (g[label] && !p[label]) c.fn++;
      else c.tn++;
    }
    if (g.referent !== undefined && g.referent !== null) {
      referent.n++;
      if (p.referent !== undefined && p.referent !== null && sameReferent(g.referent, p.referent)) referent.correct++;
    }
    if (g.sector !== undefined && g.sector !== null) {
      sector.n++;
      const guess = p.sector ?? 'none';
      if (guess === g.sector) sector.correct++;
      const key = `${g.sector}\u0000${guess}`;
      sectorCells.set(key, (sectorCells.get(key) ?? 0) + 1);
    }
  }
  const confusion = [...sectorCells]
    .map(([key, count]) => {
      const [goldSector, predictedSector] = key.split('\u0000') as [string, string];
      return { gold: goldSector, predicted: predictedSector, count };
    })
    .sort((a, b) => (a.gold < b.gold ? -1 : a.gold > b.gold ? 1 : a.predicted < b.predicted ? -1 : a.predicted > b.predicted ? 1 : 0));
  return {
    n,
    labels: Object.fromEntries(EVALUATED_LABELS.map((l) => [l, labelMetrics(counts[l].tp, counts[l].fp, counts[l].fn, counts[l].tn)])) as Record<
      EvaluatedLabel,
      LabelMetrics
    >,
    referent: { ...referent, accuracy: ratio(referent.correct, referent.n) },
    sector: { ...sector, accuracy: ratio(sector.correct, sector.n), confusion },
  };
}
