import { compareCodePoints } from '../text/compareCodePoints.js';

/** A value documents are grouped by: a docvar value or a period. */
export type GroupKey = string | number | boolean;

/**
 * Orders group keys: numbers numerically, before booleans, before strings (code-point order);
 * `null` (documents without the docvar) last.
 */
export function compareKeys(a: GroupKey | null, b: GroupKey | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const ta = typeRank(a);
  const tb = typeRank(b);
  if (ta !== tb) return ta - tb;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return compareCodePoints(String(a), String(b));
}

function typeRank(key: GroupKey): number {
  return typeof key === 'number' ? 0 : typeof key === 'boolean' ? 1 : 2;
}
