import { z } from 'zod';

/**
 * A string with at least one non-space character, for names, ids and descriptions.
 *
 * Why not `z.string().trim().min(1)`: trimming would silently rewrite the caller's data, and
 * model values should round-trip unchanged.
 *
 * @internal Not re-exported: a building block of the model schemas.
 * @example
 * ```ts
 * nonBlankString().safeParse('  ').success; // false
 * ```
 */
export function nonBlankString(): z.ZodString {
  return z.string().regex(/\S/, 'must not be empty or blank');
}
