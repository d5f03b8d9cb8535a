import { OptionError } from '../errors.js';
import type { Language } from '../text/document.js';
import type { TermInput } from '../patterns/terms.js';
import { ensureDictionary } from './buildDictionary.js';
import type { Dictionary, DictionaryCategory, DictionaryEntry } from './schema.js';

/** Options of {@link dictionaryTerms}. */
export interface DictionaryTermsOptions {
  /** Keep only entries for this language and entries without a language; default: every entry. */
  readonly lang?: Language;
}

/** A term with its own label: the object form of `TermInput`. */
export type LabelledTerm = Extract<TermInput, { readonly label: string }>;

/** A term of a dictionary with the category and entry it comes from. */
export interface DictionaryTerm {
  readonly label: string;
  readonly pattern: string;
  readonly category: string;
  readonly entry: DictionaryEntry;
}

/** The label of an entry as a term: `category: pattern`, e.g. `threat: threat*`. */
export const dictionaryTermLabel = (category: DictionaryCategory, entry: DictionaryEntry): string =>
  `${category.key}: ${entry.pattern}`;

export function checkLanguageOption(lang: unknown): Language | undefined {
  if (lang === undefined || lang === 'en' || lang === 'zh') return lang;
  throw new OptionError('lang', `expected 'en' or 'zh', got ${JSON.stringify(lang)}`);
}

/** The entries of `dict` as terms with their origin, in category order then entry order. */
export function dictionaryTermList(dict: Dictionary, lang: Language | undefined): DictionaryTerm[] {
  const terms: DictionaryTerm[] = [];
  for (const category of dict.categories) {
    for (const entry of category.entries) {
      if (lang !== undefined && entry.lang !== undefined && entry.lang !== lang) continue;
      terms.push({ label: dictionaryTermLabel(category, entry), pattern: entry.pattern, category: category.key, entry });
    }
  }
  return terms;
}

/**
 * The entries of a dictionary as terms for `countTerms`, `matches` and `kwic`: one term per entry,
 * labelled `category: pattern` (unique, because keys are unique and a category never repeats a
 * pattern; keys cannot contain `:`), in category order, then entry order.
 *
 * @throws {ValidationError} when `dict` is not a valid dictionary.
 * @throws {OptionError} when `lang` is neither `en` nor `zh`.
 * @example
 * ```ts
 * const terms = dictionaryTerms(securitizationLexicon, { lang: 'en' });
 * countTerms(['Cyber threats are rising.'], terms).filter((row) => row.count > 0).map((row) => row.term);
 * // ['security.cyber: cyber threat* | cyber-threat*', 'threat: threat*']
 * ```
 */
export function dictionaryTerms(dict: Dictionary, options: DictionaryTermsOptions = {}): LabelledTerm[] {
  const lang = checkLanguageOption(options.lang);
  return dictionaryTermList(ensureDictionary(dict), lang).map(({ label, pattern }) => ({ label, pattern }));
}
