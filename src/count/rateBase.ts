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

/**
 * What rows or totals are per, read from them: `characters` where `tokens` is `null` (they were
 * counted per character), else `tokens`, as the first item says; `mixedAt` is the index of the
 * first item that says otherwise, if any.
 *
 * @example
 * ```ts
 * rateBaseOf([{ tokens: null }, { tokens: null }]); // { per: 'characters' }
 * rateBaseOf([{ tokens: 3 }, { tokens: null }]);    // { per: 'tokens', mixedAt: 1 }
 * ```
 */
export function rateBaseOf(items: readonly { readonly tokens: number | null }[]): { readonly per: RateBase; readonly mixedAt?: number } {
  const perCharacter = items[0]?.tokens === null;
  const mixedAt = items.findIndex((item) => (item.tokens === null) !== perCharacter);
  return { per: perCharacter ? 'characters' : 'tokens', ...(mixedAt < 0 ? {} : { mixedAt }) };
}
