import type { IgnoreLineRule } from './reproductionSpec.js';

/**
 * The test a manifest's `ignoreLine` rule describes, ready for `loadDocument`'s `ignoreLine`
 * option: true for a line that starts with one of `startsWith` or, trimmed, equals one of `equals`.
 *
 * @example
 * ```ts
 * const ignore = ignoreLinePredicate({ startsWith: ['#'], equals: ['---'] });
 * ignore('# header'); // true
 * ignore('---');      // true
 * ignore('国家安全');  // false
 * ```
 */
export function ignoreLinePredicate(rule: IgnoreLineRule): (line: string) => boolean {
  const prefixes = rule.startsWith ?? [];
  const whole = new Set(rule.equals ?? []);
  return (line) => whole.has(line.trim()) || prefixes.some((prefix) => line.startsWith(prefix));
}
