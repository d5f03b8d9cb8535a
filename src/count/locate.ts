import type { Document } from '../text/document.js';
import { prepare } from '../text/prepare.js';
import type { Term } from '../patterns/terms.js';
import type { NestedScope } from './nested.js';
import { compileMatcher, scanText } from './termMatcher.js';
import { termSpans } from './termSpans.js';

/** A located hit in original offsets. */
export interface Located {
  readonly term: number;
  readonly variant: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Every hit of the terms in one document, sorted by start, under the nesting rule. Within one term
 * the variants never double count: overlapping variant hits keep the longest. One scan of the
 * normalized text finds every term (see `scanText`).
 *
 * @example
 * ```ts
 * locate(createDocument('Cyber security.'), compileTerms(['security']), 'inclusive'); // [{ term: 0, variant: 0, start: 6, end: 14 }]
 * ```
 */
export function locate(doc: Document, terms: readonly Term[], nested: NestedScope): Located[] {
  const prepared = prepare(doc);
  const matcher = compileMatcher(terms);
  return termSpans(matcher, scanText(matcher, prepared.text), nested).map(({ start, end, term, variant }) => {
    const [origStart, origEnd] = prepared.offsets.span(start, end);
    return { term, variant, start: origStart, end: origEnd };
  });
}
