import { countDictionary } from '../lexicon/countDictionary.js';
import type { Dictionary } from '../lexicon/schema.js';
import type { NestedScope } from '../count/nested.js';
import type { Document } from '../text/document.js';
import { html, type Html } from './html.js';
import { formatRate, table } from './table.js';

/** A dictionary's categories counted in each document (`countDictionary`), with rates. */
export function lexiconSection(docs: readonly Document[], dict: Dictionary, nested: NestedScope): Html {
  const rows = countDictionary(docs, dict, { nested });
  const byKey = new Map(rows.map((r) => [`${r.category}\u0000${r.docId}`, r]));
  const entries = (key: string): number => dict.categories.find((c) => c.key === key)?.entries.length ?? 0;
  return html`<section id="lexicon"><h2>Lexicon categories</h2>
<p>Categories of the dictionary <code>${dict.name}</code>: hits of every entry of a category in each document, and below each count its rate per 10,000 tokens. An entry with a language counts only in documents of that language.</p>
${table(dict.categories, [
  { header: 'category', cell: (c) => html`<strong>${c.key}</strong> <span class="note">(${entries(c.key)} entries)</span>${c.description === undefined ? '' : html`<span class="rate">${c.description}</span>`}` },
  ...docs.map((doc) => ({
    header: doc.id,
    numeric: true,
    cell: (c: Dictionary['categories'][number]) => {
      const row = byKey.get(`${c.key}\u0000${doc.id}`);
      return html`${row?.count ?? 0}<span class="rate">${formatRate(row?.per10k ?? null)}</span>`;
    },
    className: (c: Dictionary['categories'][number]) => ((byKey.get(`${c.key}\u0000${doc.id}`)?.count ?? 0) === 0 ? 'zero' : ''),
  })),
], 'lexicon')}</section>`;
}
