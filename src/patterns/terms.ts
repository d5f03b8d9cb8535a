import { PatternError } from '../errors.js';
import { parsePattern, type Pattern } from './parsePattern.js';

/**
 * A term to count: a pattern string, which is also its label, or a label with its own pattern,
 * e.g. `{ label: 'cyber security', pattern: 'cyber security | cyber-security | cybersecurity' }`.
 */
export type TermInput = string | { readonly label: string; readonly pattern: string };

/** A term ready for matching. */
export interface Term {
  readonly label: string;
  readonly pattern: Pattern;
}

/**
 * Parses terms and checks that their labels are unique and non-empty.
 *
 * @throws {PatternError} naming the pattern that is empty or malformed, or the duplicate label.
 * @example
 * ```ts
 * compileTerms(['security', { label: 'defence', pattern: 'defense | defence' }]).map((t) => t.label);
 * // ['security', 'defence']
 * ```
 */
export function compileTerms(terms: Iterable<TermInput> | TermInput): Term[] {
  const iterable = typeof terms === 'object' && terms !== null && Symbol.iterator in terms;
  const list = iterable ? [...terms] : [terms];
  const seen = new Set<string>();
  return list.map((input) => {
    // Plain JavaScript callers can pass anything: each wrong shape gets its PatternError.
    if (typeof input !== 'string' && (typeof input !== 'object' || input === null)) {
      throw new PatternError(String(input), 'a term must be a pattern string or { label, pattern }');
    }
    const { label, pattern } = typeof input === 'string' ? { label: input.trim(), pattern: input } : input;
    // Parsing first, so that an empty or blank pattern is reported as such rather than by its label.
    const parsed = parsePattern(pattern);
    if (typeof label !== 'string' || label.trim() === '') throw new PatternError(pattern, 'its label is empty or not a string');
    if (seen.has(label)) throw new PatternError(pattern, `the label "${label}" is used by another term`);
    seen.add(label);
    return { label, pattern: parsed };
  });
}
