import { rollup, sum } from 'd3-array';
import type { DfmRow } from './dfm.js';

/** Per feature: total count, and the number of documents where it occurs (count > 0). */
export function featureSummary(rows: Iterable<DfmRow>): Map<string, { count: number; docfreq: number }> {
  return rollup(
    rows,
    (cells) => ({
      count: sum(cells, (cell) => cell.count),
      docfreq: new Set(cells.filter((cell) => cell.count > 0).map((cell) => cell.docId)).size,
    }),
    (cell) => cell.feature,
  );
}
