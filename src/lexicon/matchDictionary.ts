import { createDocuments, type Document, type DocumentInput } from '../text/document.js';
import { matches, type MatchRow } from '../count/matches.js';
import { checkNestedScope } from '../count/nested.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { ensureDictionary } from './buildDictionary.js';
import type { DictionaryCountOptions } from './countDictionary.js';
import { checkLanguageOption } from './dictionaryTerms.js';
import { languageGroups } from './languageGroups.js';
import type { Dictionary } from './schema.js';

/** One hit of a dictionary entry: a concordance line behind a {@link countDictionary} count. */
export interface DictionaryMatchRow extends Omit<MatchRow, 'term'> {
  /** The category's key. */
  readonly category: string;
  /** The entry's pattern, as written in the dictionary. */
  readonly entry: string;
}

/**
 * Every hit of a dictionary's entries in the documents, in document order, then text order (ties:
 * category order, then entry order): the rows behind {@link countDictionary}, which gives, per
 * document and category, the number of rows here under the same options.
 *
 * @throws {ValidationError} when `dict` is not a valid dictionary.
 * @throws {OptionError} when `nested` or `lang` has a value outside its domain.
 * @example
 * ```ts
 * const dict = dictionary({ name: 'demo', categories: [{ key: 'threat', entries: [{ pattern: 'threat*' }] }] });
 * matchDictionary(['Threats grow.'], dict).map((r) => [r.category, r.entry, r.surface, r.start, r.end]);
 * // [['threat', 'threat*', 'Threats', 0, 7]]
 * ```
 */
export function matchDictionary(
  docs: Iterable<DocumentInput | Document | string>,
  dict: Dictionary,
  options: DictionaryCountOptions = {},
): WithProvenance<DictionaryMatchRow> {
  const nested = checkNestedScope(options.nested);
  const lang = checkLanguageOption(options.lang);
  const checked = ensureDictionary(dict);
  const documents = createDocuments(docs);
  const byDoc = new Map<string, DictionaryMatchRow[]>();
  for (const group of languageGroups(documents, checked, lang)) {
    const origin = new Map(group.terms.map((term) => [term.label, term]));
    for (const hit of matches(group.documents, group.terms, { nested })) {
      const { category, pattern } = origin.get(hit.term)!;
      let rows = byDoc.get(hit.docId);
      if (rows === undefined) byDoc.set(hit.docId, (rows = []));
      rows.push({
        docId: hit.docId,
        category,
        entry: pattern,
        variant: hit.variant,
        start: hit.start,
        end: hit.end,
        surface: hit.surface,
        sentence: hit.sentence,
        sentenceIndex: hit.sentenceIndex,
      });
    }
  }
  const rows = documents.flatMap((doc) => byDoc.get(doc.id) ?? []);
  return withProvenance(rows, { nested, lang: lang ?? null, dictionary: checked.name });
}
