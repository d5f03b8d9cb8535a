import { createDocuments, type Document, type DocumentInput } from '../text/document.js';
import { isCountedToken, segment } from '../text/tokenize.js';
import { compileTerms, type TermInput } from '../patterns/terms.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { checkNestedScope } from './nested.js';
import { locate } from './locate.js';
import type { CountOptions } from './matches.js';

/** One document × term: a tidy row. */
export interface CountRow {
  readonly docId: string;
  readonly term: string;
  readonly count: number;
  /** Word and number tokens in the document (punctuation and whitespace excluded). */
  readonly tokens: number;
  /** `count` per 10,000 tokens; `null` when the document has no tokens. */
  readonly per10k: number | null;
}

/** The denominator of rates: word and number tokens (wink-nlp for English, Intl.Segmenter for Chinese). */
export function countTokens(doc: Document): number {
  let n = 0;
  for (const token of segment(doc).tokens) if (isCountedToken(token)) n++;
  return n;
}

/**
 * Counts terms in documents: one row per document × term, zero counts included, in the order
 * of the documents and then of the terms.
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
  const rows: CountRow[] = [];
  for (const doc of createDocuments(docs)) {
    const counts = new Array<number>(compiled.length).fill(0);
    for (const hit of locate(doc, compiled, nested)) counts[hit.term]!++;
    const tokens = countTokens(doc);
    compiled.forEach((term, t) => {
      const count = counts[t]!;
      rows.push({ docId: doc.id, term: term.label, count, tokens, per10k: tokens === 0 ? null : (count / tokens) * 10_000 });
    });
  }
  return withProvenance(rows, { nested });
}
