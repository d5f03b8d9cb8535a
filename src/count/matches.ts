import { createDocuments, type Document, type DocumentInput } from '../text/document.js';
import { segment } from '../text/tokenize.js';
import { compileTerms, type TermInput } from '../patterns/terms.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { checkNestedScope, type NestedScope } from './nested.js';
import { locate } from './locate.js';
import { sentenceAt } from './sentenceAt.js';

/** Options shared by the counting functions. */
export interface CountOptions {
  /** How overlapping terms count; default `inclusive`. */
  readonly nested?: NestedScope;
}

/** One hit: a concordance line a reviewer can check against the text. */
export interface MatchRow {
  readonly docId: string;
  /** The term's label. */
  readonly term: string;
  /** The variant of the term's pattern that matched, as written. */
  readonly variant: string;
  /** Span in the original document text: UTF-16 offsets, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The original text of the span: `doc.text.slice(start, end)`. */
  readonly surface: string;
  /** The sentence the hit starts in, as it stands in the text. */
  readonly sentence: string;
  /** 0-based index of that sentence in the document. */
  readonly sentenceIndex: number;
}

/**
 * Every hit of the terms in the documents, in document order, then text order.
 *
 * @example
 * ```ts
 * const rows = matches(['Cyber security is national security.'], ['security', 'national security']);
 * rows.map((r) => [r.term, r.start, r.end]);
 * // [['security', 6, 14], ['national security', 18, 35], ['security', 27, 35]]
 * ```
 */
export function matches(
  docs: Iterable<DocumentInput | Document | string>,
  terms: Iterable<TermInput> | TermInput,
  options: CountOptions = {},
): WithProvenance<MatchRow> {
  const nested = checkNestedScope(options.nested);
  const compiled = compileTerms(terms);
  const rows: MatchRow[] = [];
  for (const doc of createDocuments(docs)) {
    const { sentences } = segment(doc);
    for (const hit of locate(doc, compiled, nested)) {
      const sentence = sentenceAt(sentences, hit.start);
      const term = compiled[hit.term]!;
      rows.push({
        docId: doc.id,
        term: term.label,
        variant: term.pattern.variants[hit.variant]!.source,
        start: hit.start,
        end: hit.end,
        surface: doc.text.slice(hit.start, hit.end),
        sentence: sentence?.text ?? '',
        sentenceIndex: sentence?.index ?? -1,
      });
    }
  }
  return withProvenance(rows, { nested });
}
