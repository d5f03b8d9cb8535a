import type { Document } from '../text/document.js';
import type { AlignedGoldItem } from './alignGold.js';
import type { LabelledSentence } from './evaluate.js';
import { labelSentences } from './labelSentences.js';
import type { SentenceLabels } from './types.js';

/** A prediction for one gold sentence: its labels and the full labelled row (rules, triggers). */
export interface GoldPrediction extends LabelledSentence {
  readonly referent: string | null;
  readonly sector: SentenceLabels['security']['sector'];
  readonly row: SentenceLabels;
}

/**
 * Labels the gold sentences with the move rules, each in its document so that the previous
 * sentence is at hand for anaphora (G2). The order of `aligned` is kept.
 *
 * @example
 * ```ts
 * const predictions = predictGold(alignGold(items, (name) => docs.get(name), 'dev.jsonl'), docs);
 * evaluate(items, predictions);
 * ```
 */
export function predictGold(aligned: readonly AlignedGoldItem[], documents: Iterable<Document>): GoldPrediction[] {
  const byId = new Map<string, Document>();
  for (const doc of documents) byId.set(doc.id, doc);
  const predictions = new Map<AlignedGoldItem, GoldPrediction>();
  const groups = new Map<string, AlignedGoldItem[]>();
  for (const a of aligned) groups.set(a.docId, [...(groups.get(a.docId) ?? []), a]);
  for (const [docId, group] of groups) {
    const doc = byId.get(docId);
    if (doc === undefined) continue;
    const rows = labelSentences(doc, { spans: group });
    group.forEach((a, k) => {
      const row = rows[k]!;
      predictions.set(a, {
        id: a.item.id,
        claim: row.claim,
        warn: row.warn,
        request: row.request,
        securitizing: row.securitizing,
        referent: row.security.referent?.name ?? null,
        sector: row.security.sector,
        row,
      });
    });
  }
  return aligned.flatMap((a) => {
    const p = predictions.get(a);
    return p === undefined ? [] : [p];
  });
}
