import { kwic } from '../count/kwic.js';
import type { NestedScope } from '../count/nested.js';
import type { TermInput, Term } from '../patterns/terms.js';
import type { Document } from '../text/document.js';
import { html, type Html } from './html.js';
import { table } from './table.js';

/** Concordance lines of every term, the keyword in `<mark>`, at most `limit` lines per term and document. */
export function kwicSection(
  docs: readonly Document[],
  inputs: readonly TermInput[],
  terms: readonly Term[],
  options: { readonly window: number; readonly limit: number; readonly nested: NestedScope },
): Html {
  const blocks = inputs.map((input, i) => {
    const lines = kwic(docs, input, { window: options.window, nested: options.nested });
    const label = terms[i]!.label;
    if (lines.length === 0) return html`<h3>${label}</h3><p class="note">No occurrences.</p>`;
    // The first lines of each document, so that every document with hits shows some.
    const seen = new Map<string, number>();
    const shown = lines.filter((line) => {
      const n = (seen.get(line.docId) ?? 0) + 1;
      seen.set(line.docId, n);
      return n <= options.limit;
    });
    const total = `${lines.length} line${lines.length === 1 ? '' : 's'}`;
    const note = shown.length < lines.length ? `${total}; the first ${options.limit} of each document shown` : total;
    return html`<h3>${label} <span class="note">(${note})</span></h3>
${table(shown, [
  { header: 'document', cell: (r) => r.docId, className: () => 'doc' },
  { header: 'offset', cell: (r) => r.start, numeric: true },
  { header: 'before', cell: (r) => r.pre, className: () => 'pre' },
  { header: 'keyword', cell: (r) => html`<mark>${r.keyword}</mark>`, className: () => 'kw' },
  { header: 'after', cell: (r) => r.post, className: () => 'post' },
], 'kwic')}`;
  });
  return html`<section id="kwic"><h2>Keywords in context</h2>
<p>Hits with ${options.window} tokens of context on each side, at most ${options.limit} per term and document, in document and text order; the offset is the hit's start in the document text (UTF-16 code units).</p>
${blocks}</section>`;
}
