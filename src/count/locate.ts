import type { Document } from '../text/document.js';
import { prepare } from '../text/prepare.js';
import { findVariant } from '../patterns/findVariant.js';
import type { Term } from '../patterns/terms.js';
import { longestFirst, type NestedScope, type Span } from './nested.js';

/** A located hit in original offsets. */
export interface Located {
  readonly term: number;
  readonly variant: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Every hit of the terms in one document, sorted by start, under the nesting rule. Within one term
 * the variants never double count: overlapping variant hits keep the longest.
 */
export function locate(doc: Document, terms: readonly Term[], nested: NestedScope): Located[] {
  const prepared = prepare(doc);
  let spans: Span[] = [];
  terms.forEach((term, t) => {
    const perTerm: Span[] = [];
    term.pattern.variants.forEach((variant, v) => {
      for (const [start, end] of findVariant(prepared, variant)) perTerm.push({ start, end, term: t, variant: v });
    });
    // A loop, not push(...spans): a spread of 100,000+ hits overflows the call stack.
    for (const span of term.pattern.variants.length > 1 ? longestFirst(perTerm) : perTerm) spans.push(span);
  });
  spans = nested === 'exclusive' ? longestFirst(spans) : spans.sort((a, b) => a.start - b.start || a.term - b.term);
  return spans.map(({ start, end, term, variant }) => {
    const [origStart, origEnd] = prepared.offsets.span(start, end);
    return { term, variant, start: origStart, end: origEnd };
  });
}
