import { OptionError } from '../errors.js';
import { erfc } from './erfc.js';

/**
 * The p-value of a chi-square statistic with one degree of freedom, the upper tail
 * P(χ²₁ ≥ x) = erfc(√(x/2)) (a χ²₁ variable is the square of a standard normal one). This is the
 * p of the 2×2 keyness statistics G² and χ²; pass the absolute value of a signed statistic.
 *
 * @throws {OptionError} when `x` is negative or not a number.
 * @example
 * ```ts
 * chiSquareP(3.841458820694124); // 0.05 (to 1e-15)
 * chiSquareP(0);                 // 1
 * ```
 */
export function chiSquareP(x: number): number {
  if (typeof x !== 'number' || Number.isNaN(x) || x < 0) {
    throw new OptionError('statistic', `a chi-square statistic is a number >= 0, got ${String(x)}`);
  }
  return erfc(Math.sqrt(x / 2));
}
