import { createDocuments, type Document, type DocumentInput } from '../text/document.js';
import { compileTerms, type TermInput } from '../patterns/terms.js';
import type { WithProvenance } from '../provenance.js';
import { checkNestedScope } from './nested.js';
import type { CountOptions } from './matches.js';
import { checkRateBase, type RateOptions } from './rateBase.js';
import { countDocument, emptyTermCounts, rowsOf, TermCountsBuilder, type CharacterCountRow, type CountRow } from './termCounts.js';

export { countTokens, type CountRow, type CharacterCountRow } from './termCounts.js';

/** Options of {@link countTerms}: how overlapping terms count, and what rates are per. */
export interface CountTermsOptions extends CountOptions, RateOptions {}

type Docs = Iterable<DocumentInput | Document | string>;
type Terms = Iterable<TermInput> | TermInput;

/**
 * Counts terms in documents: one row per document × term, zero counts included, in the order
 * of the documents and then of the terms. One scan of each document finds every term; the token
 * denominator is counted as wink-nlp would (English) without running its pipeline.
 *
 * With `per: 'characters'` the rate is per 10,000 characters (letters and digits of the original
 * text, see `countCharacters`), the usual convention for Chinese: rows get a `characters` column,
 * and `tokens` is `null`, since tokens are not counted (no word segmenter runs). The provenance
 * then records `per: 'characters'`; the default rows and provenance are as they always were.
 *
 * @throws {OptionError} for a bad `nested` or `per`; {PatternError} for a malformed term.
 * @example
 * ```ts
 * countTerms(['National security and cyber security.'], ['security', 'national security'], { nested: 'exclusive' });
 * // [{ docId: 'text1', term: 'security', count: 1, tokens: 5, per10k: 2000 },
 * //  { docId: 'text1', term: 'national security', count: 1, tokens: 5, per10k: 2000 }]
 * countTerms(['维护国家安全。'], ['安全'], { per: 'characters' });
 * // [{ docId: 'text1', term: '安全', count: 1, tokens: null, characters: 6, per10k: 1666.66… }]
 * ```
 */
export function countTerms(docs: Docs, terms: Terms, options: CountTermsOptions & { readonly per: 'characters' }): WithProvenance<CharacterCountRow>;
export function countTerms(docs: Docs, terms: Terms, options?: CountTermsOptions & { readonly per?: 'tokens' }): WithProvenance<CountRow>;
export function countTerms(docs: Docs, terms: Terms, options?: CountTermsOptions): WithProvenance<CountRow | CharacterCountRow>;
export function countTerms(docs: Docs, terms: Terms, options: CountTermsOptions = {}): WithProvenance<CountRow | CharacterCountRow> {
  const nested = checkNestedScope(options.nested);
  const per = checkRateBase(options.per);
  const compiled = compileTerms(terms);
  const counts = new TermCountsBuilder(emptyTermCounts(compiled, nested, per));
  createDocuments(docs).forEach((doc, position) => counts.add(countDocument(doc, compiled, nested, position, per)));
  return rowsOf(counts.build());
}
