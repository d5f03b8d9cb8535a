import type { CountRow } from '../count/countTerms.js';
import { termTrend } from '../stats/termTrend.js';
import type { Document } from '../text/document.js';
import { CHART_WIDTH } from './countsSection.js';
import { html, trustedSvg, type Html } from './html.js';
import { trendSvg } from './trendSvg.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Rates by period (`termTrend`: a period's rate is its total count over its total tokens) as
 * small multiples, when documents carry the docvar `by`; a note saying how to get one otherwise.
 */
export function trendSection(docs: readonly Document[], rows: readonly CountRow[], terms: readonly string[], by: string): Html {
  const trend = termTrend(docs, rows, { by });
  const what = by === 'year' ? html`year (docvar <code>year</code>, or a <code>date</code> starting with the year)` : html`the docvar <code>${by}</code>`;
  const skipped = trend.skipped.map((s) => `${s.docId} (${s.reason})`);
  if (trend.length === 0) {
    return html`<section id="trend"><h2>Trend by ${by}</h2>
<p class="note">No trend: no document carries ${by === 'year' ? html`a year (docvar <code>year</code>, or a <code>date</code> starting with the year)` : what}. Give documents one, e.g. through a metadata file with a <code>${by}</code> column, to see rates by ${by}.</p></section>`;
  }
  const found = new Set(trend.filter((r) => r.count > 0).map((r) => r.term));
  const charted = terms.filter((t) => found.has(t));
  const absent = terms.filter((t) => !found.has(t));
  const periods = new Set(trend.map((r) => r.period)).size;
  const dated = docs.length - trend.skipped.filter((s) => docs.some((d) => d.id === s.docId)).length;
  return html`<section id="trend"><h2>Trend by ${by}</h2>
<p>Rates per 10,000 tokens by ${what}: ${plural(dated, 'document')} in ${plural(periods, 'period')}; a period's rate is its total count over its total tokens.</p>
${skipped.length > 0 ? html`<p class="note">Not in the trend: ${skipped.join('; ')}.</p>` : ''}
${absent.length > 0 ? html`<p class="note">Not charted (no occurrence in a dated document): ${absent.join(', ')}.</p>` : ''}
${
  charted.length === 0
    ? html`<p class="note">No chart: none of the terms occurs in the dated documents.</p>`
    : html`<figure class="chart">${trustedSvg(trendSvg(trend.filter((r) => found.has(r.term)), { width: CHART_WIDTH, colorDomain: terms }))}</figure>`
}
</section>`;
}
