import { bisector } from 'd3-array';
import { OptionError } from '../errors.js';
import { createDocuments, type Document, type DocumentInput } from '../text/document.js';
import { segment, type Token } from '../text/tokenize.js';
import { compileTerms, type TermInput } from '../patterns/terms.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { checkNestedScope } from './nested.js';
import { locate } from './locate.js';
import type { CountOptions } from './matches.js';

/** Options of {@link kwic}. */
export interface KwicOptions extends CountOptions {
  /** Tokens of context on each side (punctuation counts as a token); default 5. */
  readonly window?: number;
}

/** A keyword-in-context line. Context has its whitespace collapsed; `start`/`end` are exact. */
export interface KwicRow {
  readonly docId: string;
  readonly start: number;
  readonly end: number;
  readonly pre: string;
  readonly keyword: string;
  readonly post: string;
}

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

// The tokens before index `byEnd.right(tokens, offset)` end at or before `offset`; the tokens from
// index `byStart.left(tokens, offset)` on start at or after it.
const byEnd = bisector((token: Token) => token.end);
const byStart = bisector((token: Token) => token.start);

/**
 * Keyword in context: every hit of `term` with `window` tokens before and after.
 *
 * @example
 * ```ts
 * kwic(['We must safeguard national security in the new era.'], 'national security', { window: 2 });
 * // [{ docId: 'text1', start: 18, end: 35, pre: 'must safeguard', keyword: 'national security', post: 'in the' }]
 * ```
 */
export function kwic(
  docs: Iterable<DocumentInput | Document | string>,
  term: TermInput,
  options: KwicOptions = {},
): WithProvenance<KwicRow> {
  const window = options.window ?? 5;
  if (!Number.isInteger(window) || window < 0) throw new OptionError('window', `expected a whole number >= 0, got ${window}`);
  const nested = checkNestedScope(options.nested);
  const compiled = compileTerms([term]);
  const rows: KwicRow[] = [];
  for (const doc of createDocuments(docs)) {
    const { tokens } = segment(doc);
    for (const hit of locate(doc, compiled, nested)) {
      // `window` whole tokens on each side; the part of a token the hit starts or ends inside (安全
      // in 国家安全性) is context too, on top of them.
      const before = byEnd.right(tokens, hit.start);
      const preStart = tokens[Math.max(0, before - window)]?.start ?? hit.start;
      const after = byStart.left(tokens, hit.end);
      const lastPost = tokens[Math.min(after + window, tokens.length) - 1];
      const postEnd = window === 0 ? hit.end : Math.max(hit.end, lastPost?.end ?? hit.end);
      rows.push({
        docId: doc.id,
        start: hit.start,
        end: hit.end,
        pre: window === 0 ? '' : collapse(doc.text.slice(Math.min(preStart, hit.start), hit.start)),
        keyword: doc.text.slice(hit.start, hit.end),
        post: collapse(doc.text.slice(hit.end, postEnd)),
      });
    }
  }
  return withProvenance(rows, { nested, window });
}
