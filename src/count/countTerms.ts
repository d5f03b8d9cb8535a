import { createDocuments, type Document, type DocumentInput } from '../text/document.js';
import { compileTerms, type TermInput } from '../patterns/terms.js';
import type { WithProvenance } from '../provenance.js';
import { checkNestedScope } from './nested.js';
import type { CountOptions } from './matches.js';
import { countDocument, emptyTermCounts, rowsOf, TermCountsBuilder, type CountRow } from './termCounts.js';

export { countTokens, type CountRow } from './termCounts.js';

/**
 * Counts terms in documents: one row per document × term, zero counts included, in the order
 * of the documents and then of the terms. One scan of each document finds every term; the token
 * denominator is counted as wink-nlp would (English) without running its pipeline.
 *
 * @example
 * ```ts
 * countTerms(['National security and cyber security.'], ['security', 'national security'], { nested: 'exclusive' });
 * // [{ docId: 'text1', term: 'security', count: 1, tokens: 5, per10k: 2000 },
 * //  { docId: 'text1', term: 'national security', count: 1, tokens: 5, per10k: 2000 }]
 * ```
 */
export function countTerms(
  docs: Iterable<DocumentInput | Document | string>,
  terms: Iterable<TermInput> | TermInput,
  options: CountOptions = {},
): WithProvenance<CountRow> {
  const nested = checkNestedScope(options.nested);
  const compiled = compileTerms(terms);
  const counts = new TermCountsBuilder(emptyTermCounts(compiled, nested));
  createDocuments(docs).forEach((doc, position) => counts.add(countDocument(doc, compiled, nested, position)));
  return rowsOf(counts.build());
}
