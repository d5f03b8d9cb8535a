import { OptionError } from '../errors.js';

/**
 * What rates (`per10k`) are counted per.
 * - `tokens`: word and number tokens (`countTokens`), the convention for English.
 * - `characters`: letters and digits (`countCharacters`), the usual convention for Chinese; it
 *   needs no word segmenter, so tokens are not counted (`tokens: null` in the rows).
 */
export type RateBase = 'tokens' | 'characters';

/** Options of the functions that give rates per 10,000 (`countTerms`, `countCorpus`, `countCorpusParallel`). */
export interface RateOptions {
  /** What `per10k` is per: `tokens` (default) or `characters`. */
  readonly per?: RateBase;
}

/**
 * The `per` option checked, the default filled in.
 *
 * @throws {OptionError} for a value other than `tokens` or `characters`.
 * @example
 * ```ts
 * checkRateBase(undefined); // 'tokens'
 * checkRateBase('characters'); // 'characters'
 * ```
 */
export function checkRateBase(value: unknown): RateBase {
  if (value === undefined) return 'tokens';
  if (value === 'tokens' || value === 'characters') return value;
  throw new OptionError('per', `expected 'tokens' or 'characters', got ${JSON.stringify(value)}`);
}
