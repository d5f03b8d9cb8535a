import type { AnyDfm } from './dfm.js';

/** True for a {@link Dfm} (a `{ rows, totals }` object), false for an iterable of documents or rows. */
export function isDfm(value: unknown): value is AnyDfm {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(Symbol.iterator in value) &&
    Array.isArray((value as { rows?: unknown }).rows) &&
    Array.isArray((value as { totals?: unknown }).totals)
  );
}
