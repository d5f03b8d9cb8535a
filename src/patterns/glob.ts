/** Stands for any run of characters, possibly none (`*` in a pattern). */
export const ANY_RUN: unique symbol = Symbol('*');
/** Stands for exactly one character (`?` in a pattern). */
export const ONE_CHAR: unique symbol = Symbol('?');

/** A glob: literal code points and wildcards. */
export type Glob = readonly (string | typeof ANY_RUN | typeof ONE_CHAR)[];

/**
 * Tests a whole word against a glob. Greedy two-pointer matching: time is at most word length ×
 * glob length, so no input can make it backtrack exponentially.
 *
 * @example
 * ```ts
 * matchesGlob(['s', 'e', 'c', 'u', 'r', ANY_RUN], 'security'); // true
 * ```
 */
export function matchesGlob(glob: Glob, word: string): boolean {
  const chars = Array.from(word);
  let g = 0;
  let w = 0;
  let starG = -1;
  let starW = 0;
  while (w < chars.length) {
    const part = glob[g];
    if (part !== undefined && part !== ANY_RUN && (part === ONE_CHAR || part === chars[w])) {
      g++;
      w++;
    } else if (part === ANY_RUN) {
      starG = g++;
      starW = w;
    } else if (starG >= 0) {
      g = starG + 1;
      w = ++starW;
    } else {
      return false;
    }
  }
  while (glob[g] === ANY_RUN) g++;
  return g === glob.length;
}
