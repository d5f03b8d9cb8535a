/** Which characters of a stretch of text some spans cover: a linear-time overlap test. */
export interface Coverage {
  /** True if any character of `[start, end)` is covered. */
  readonly touches: (start: number, end: number) => boolean;
  /** True if every character of `[start, end)` is covered. */
  readonly covers: (start: number, end: number) => boolean;
}

/**
 * The characters of `[from, to)` covered by `spans`. Marking characters instead of comparing span
 * pairs keeps the cost linear in the text, however many spans there are.
 */
export function coverage(spans: Iterable<{ readonly start: number; readonly end: number }>, from: number, to: number): Coverage {
  const marks = new Uint8Array(Math.max(0, to - from));
  for (const s of spans) marks.fill(1, Math.max(0, s.start - from), Math.max(0, Math.min(to, s.end) - from));
  return {
    touches(start, end) {
      for (let k = Math.max(start, from); k < Math.min(end, to); k++) if (marks[k - from] === 1) return true;
      return false;
    },
    covers(start, end) {
      if (start < from || end > to) return false;
      for (let k = start; k < end; k++) if (marks[k - from] !== 1) return false;
      return true;
    },
  };
}
