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
  // Most sentences have no span to mark: no array then.
  let marks: Uint8Array | undefined;
  for (const s of spans) {
    marks ??= new Uint8Array(Math.max(0, to - from));
    marks.fill(1, Math.max(0, s.start - from), Math.max(0, Math.min(to, s.end) - from));
  }
  return {
    touches(start, end) {
      if (marks === undefined) return false;
      for (let k = Math.max(start, from); k < Math.min(end, to); k++) if (marks[k - from] === 1) return true;
      return false;
    },
    covers(start, end) {
      if (start < from || end > to) return false;
      if (marks === undefined) return start >= end;
      for (let k = start; k < end; k++) if (marks[k - from] !== 1) return false;
      return true;
    },
  };
}
