import type { Document, Language } from '../text/document.js';
import { dictionaryTermList, type DictionaryTerm } from './dictionaryTerms.js';
import type { Dictionary } from './schema.js';

/** Documents of one language and the dictionary terms that apply to them. */
export interface LanguageGroup {
  readonly lang: Language;
  readonly documents: readonly Document[];
  readonly terms: readonly DictionaryTerm[];
}

/**
 * Splits documents by language, so that an entry with `lang` is matched only in documents of that
 * language; `only` further keeps the entries for that language (and those without a language).
 * Groups come in a fixed order (en, zh); documents keep their order within a group.
 */
export function languageGroups(documents: readonly Document[], dict: Dictionary, only: Language | undefined): LanguageGroup[] {
  const groups: LanguageGroup[] = [];
  for (const lang of ['en', 'zh'] as const) {
    const ofLang = documents.filter((doc) => doc.lang === lang);
    if (ofLang.length === 0) continue;
    const terms = dictionaryTermList(dict, lang).filter(
      (term) => only === undefined || term.entry.lang === undefined || term.entry.lang === only,
    );
    groups.push({ lang, documents: ofLang, terms });
  }
  return groups;
}
