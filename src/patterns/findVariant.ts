import { compileMatcher, scanText } from '../count/termMatcher.js';
import type { PatternVariant } from './parsePattern.js';

/** What a variant is matched against: a normalized text. */
export interface MatchTarget {
  readonly text: string;
}

/**
 * Every non-overlapping match of one variant in a normalized text, leftmost first, as
 * `[start, end)` pairs of normalized offsets. Like a regular expression scan: after a match, the
 * search resumes at its end. The single-variant case of the matcher that counting uses
 * (`scanText`), so both always agree.
 *
 * @example
 * ```ts
 * findVariant({ text: 'cyber security, cybersecurity' }, parsePattern('security').variants[0]!); // [[6, 14]]
 * ```
 */
export function findVariant(target: MatchTarget, variant: PatternVariant): [number, number][] {
  const matcher = compileMatcher([{ label: variant.source, pattern: { source: variant.source, variants: [variant] } }]);
  const flat = scanText(matcher, target.text)[0]!;
  const found: [number, number][] = [];
  for (let k = 0; k < flat.length; k += 2) found.push([flat[k]!, flat[k + 1]!]);
  return found;
}
