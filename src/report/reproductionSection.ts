import type { ReproductionRow } from '../reproduce/reproduce.js';
import type { ReproductionSpec } from '../reproduce/reproductionSpec.js';
import { html, type Html } from './html.js';
import { table } from './table.js';

/** A reproduction to show: the spec and the rows of `reproduce` or `reproduceCorpus`. */
export interface ReportReproduction {
  readonly spec: ReproductionSpec;
  readonly rows: readonly ReproductionRow[];
}

const STATUS_CLASS: Readonly<Record<string, string>> = { match: 'status-match', differs: 'status-mismatch' };

/** The published figures of a reproduced analysis beside the measured counts, with each status and note. */
export function reproductionSection({ spec, rows }: ReportReproduction): Html {
  const { citation } = spec;
  return html`<section id="reproduction"><h2>Reproduction: ${spec.title}</h2>
<p>${citation.author}, “${citation.title}”${citation.venue === undefined ? '' : `, ${citation.venue}`} (${citation.year})${citation.doi === undefined ? '' : html`, doi:${citation.doi}`}. Published figures beside the counts measured here under the paper's counting rule (<code>${spec.counting.nested}</code> nesting); only an original full text can match or differ, and the note says how to read each row.</p>
${table(rows, [
  { header: 'document', cell: (r) => r.doc },
  { header: 'text', cell: (r) => (r.input === null ? '–' : html`${r.input}<span class="rate">${r.kind}</span>`) },
  { header: 'term', cell: (r) => html`<strong>${r.term}</strong>${r.pattern !== null && r.pattern !== r.term ? html`<span class="rate"><code>${r.pattern}</code></span>` : ''}` },
  { header: 'published', cell: (r) => r.published ?? '–', numeric: true },
  { header: 'measured', cell: (r) => r.measured ?? '–', numeric: true },
  { header: 'difference', cell: (r) => (r.difference === null ? '–' : r.difference > 0 ? `+${r.difference}` : r.difference), numeric: true },
  { header: 'status', cell: (r) => r.status, className: (r) => STATUS_CLASS[r.status] ?? '' },
  { header: 'note', cell: (r) => r.note },
], 'reproduction')}</section>`;
}
