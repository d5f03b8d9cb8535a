import type { CountRow } from '../count/countTerms.js';
import type { Document } from '../text/document.js';
import type { Term } from '../patterns/terms.js';
import { html, trustedSvg, type Html } from './html.js';
import { formatRate, table } from './table.js';
import { termRatesSvg } from './termRatesSvg.js';

/** Width of the report's charts: the width of its text column. */
export const CHART_WIDTH = 1000;

/** The counts as a term × document table (count, and rate per 10,000 tokens below it) and a bar chart. */
export function countsSection(docs: readonly Document[], terms: readonly Term[], rows: readonly CountRow[], nested: string): Html {
  const byKey = new Map(rows.map((r) => [`${r.term}\u0000${r.docId}`, r]));
  const cell = (term: Term, doc: Document): Html => {
    const row = byKey.get(`${term.label}\u0000${doc.id}`);
    return html`${row?.count ?? 0}<span class="rate">${formatRate(row?.per10k ?? null)}</span>`;
  };
  const zero = (term: Term, doc: Document): string => ((byKey.get(`${term.label}\u0000${doc.id}`)?.count ?? 0) === 0 ? 'zero' : '');
  return html`<section id="counts"><h2>Counts</h2>
<p>Occurrences of each term in each document, and below each count its rate per 10,000 tokens. Nesting rule: <code>${nested}</code>${
    nested === 'inclusive' ? ' (a hit of a longer term is also a hit of a shorter term inside it)' : ' (each character counts for the longest match only)'
  }.</p>
${table(terms, [
  { header: 'term', cell: (t) => html`<strong>${t.label}</strong>` },
  ...docs.map((doc) => ({ header: doc.id, cell: (t: Term) => cell(t, doc), numeric: true, className: (t: Term) => zero(t, doc) })),
], 'counts')}
<h3 id="rates">Rates per document</h3>
<figure class="chart">${trustedSvg(termRatesSvg(rows, { width: CHART_WIDTH, colorDomain: terms.map((t) => t.label) }))}</figure>
</section>`;
}

