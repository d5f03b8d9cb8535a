import { createDocuments, type Document, type DocumentInput, type Language } from '../text/document.js';
import { countTerms, countTokens } from '../count/countTerms.js';
import { checkNestedScope, type NestedScope } from '../count/nested.js';
import { checkRateBase, type RateOptions } from '../count/rateBase.js';
import { countCharacters } from '../text/countCharacters.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { ensureDictionary } from './buildDictionary.js';
import { checkLanguageOption } from './dictionaryTerms.js';
import { languageGroups } from './languageGroups.js';
import type { Dictionary } from './schema.js';

/** Options of {@link countDictionary} and {@link matchDictionary} (which ignores `per`). */
export interface DictionaryCountOptions extends RateOptions {
  /**
   * How overlapping matches count; default `inclusive`.
   * - `inclusive`: every entry counts wherever it matches, as in `countTerms`; a category's count
   *   is the sum of its entries' counts, so nested entries (`国家` in `国家利益`) both count.
   * - `exclusive`: each character belongs to the longest match among all entries of the
   *   dictionary (ties: the earlier category, then the earlier entry), so a stretch of text counts
   *   once, for one category.
   */
  readonly nested?: NestedScope;
  /** Use only the entries for this language and the entries without a language; default: all. */
  readonly lang?: Language;
}

type Docs = Iterable<DocumentInput | Document | string>;

/** One document × dictionary category: a tidy row. */
export interface DictionaryCountRow {
  readonly docId: string;
  readonly category: string;
  readonly count: number;
  /** Word and number tokens in the document, as in `countTerms`. */
  readonly tokens: number;
  /** `count` per 10,000 tokens; `null` when the document has no tokens. */
  readonly per10k: number | null;
}

/** One document × dictionary category counted with `per: 'characters'`, as in `countTerms`. */
export interface DictionaryCharacterCountRow {
  readonly docId: string;
  readonly category: string;
  readonly count: number;
  /** Not counted (no word segmenter runs): `null`. */
  readonly tokens: null;
  /** Letters and digits of the document's original text, as `countCharacters` counts them. */
  readonly characters: number;
  /** `count` per 10,000 characters; `null` when the document has none. */
  readonly per10k: number | null;
}

/**
 * Counts a dictionary's categories in documents: one row per document × category, zero counts
 * included, in the order of the documents and then of the categories. An entry with `lang` is
 * counted only in documents of that language. Matching is `countTerms`'s, so every count can be
 * listed hit by hit with {@link matchDictionary}. With `per: 'characters'` rates are per 10,000
 * characters, as in `countTerms` (rows get `characters`, and `tokens` is `null`).
 *
 * @throws {ValidationError} when `dict` is not a valid dictionary.
 * @throws {OptionError} when `nested`, `lang` or `per` has a value outside its domain.
 * @example
 * ```ts
 * const dict = dictionary({
 *   name: 'demo',
 *   categories: [
 *     { key: 'threat', entries: [{ pattern: 'threat*' }] },
 *     { key: 'referent', entries: [{ pattern: 'nation' }, { pattern: 'national interests' }] },
 *   ],
 * });
 * countDictionary(['Threats to the nation and its national interests.'], dict);
 * // [{ docId: 'text1', category: 'threat', count: 1, tokens: 8, per10k: 1250 },
 * //  { docId: 'text1', category: 'referent', count: 2, tokens: 8, per10k: 2500 }]
 * ```
 */
export function countDictionary(
  docs: Docs,
  dict: Dictionary,
  options: DictionaryCountOptions & { readonly per: 'characters' },
): WithProvenance<DictionaryCharacterCountRow>;
export function countDictionary(docs: Docs, dict: Dictionary, options?: DictionaryCountOptions & { readonly per?: 'tokens' }): WithProvenance<DictionaryCountRow>;
export function countDictionary(docs: Docs, dict: Dictionary, options?: DictionaryCountOptions): WithProvenance<DictionaryCountRow | DictionaryCharacterCountRow>;
export function countDictionary(docs: Docs, dict: Dictionary, options: DictionaryCountOptions = {}): WithProvenance<DictionaryCountRow | DictionaryCharacterCountRow> {
  const nested = checkNestedScope(options.nested);
  const per = checkRateBase(options.per);
  const lang = checkLanguageOption(options.lang);
  const checked = ensureDictionary(dict);
  const documents = createDocuments(docs);
  // docId → category → count
  const counts = new Map<string, Map<string, number>>();
  // docId → tokens or characters, as countTerms counted them: each document is counted once.
  const denominators = new Map<string, number>();
  for (const group of languageGroups(documents, checked, lang)) {
    const categoryOf = new Map(group.terms.map((term) => [term.label, term.category]));
    for (const row of countTerms(group.documents, group.terms, { nested, per })) {
      denominators.set(row.docId, 'characters' in row ? row.characters : row.tokens);
      const category = categoryOf.get(row.term)!;
      let perCategory = counts.get(row.docId);
      if (perCategory === undefined) counts.set(row.docId, (perCategory = new Map()));
      perCategory.set(category, (perCategory.get(category) ?? 0) + row.count);
    }
  }
  const rows: (DictionaryCountRow | DictionaryCharacterCountRow)[] = [];
  for (const doc of documents) {
    // A document that no entry applies to (none for its language) was not counted above.
    const denominator = denominators.get(doc.id) ?? (per === 'characters' ? countCharacters(doc.text) : countTokens(doc));
    const perCategory = counts.get(doc.id);
    for (const { key } of checked.categories) {
      const count = perCategory?.get(key) ?? 0;
      const per10k = denominator === 0 ? null : (count / denominator) * 10_000;
      rows.push(
        per === 'characters'
          ? { docId: doc.id, category: key, count, tokens: null, characters: denominator, per10k }
          : { docId: doc.id, category: key, count, tokens: denominator, per10k },
      );
    }
  }
  return withProvenance(rows, {
    nested,
    // Recorded only when set, so that the default provenance is what it always was.
    ...(per === 'characters' ? { per } : {}),
    lang: lang ?? null,
    dictionary: checked.name,
    categories: checked.categories.length,
    entries: checked.categories.reduce((n, category) => n + category.entries.length, 0),
  });
}
