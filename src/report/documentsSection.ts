import { sha256 } from '../node/loadDocuments.js';
import type { Provenance } from '../provenance.js';
import { segment } from '../text/tokenize.js';
import type { Document, MetaValue } from '../text/document.js';
import type { Term } from '../patterns/terms.js';
import { html, type Html } from './html.js';
import { table } from './table.js';

// Shown in their own columns, not among the docvars.
const OWN_COLUMNS = new Set(['file', 'sha256']);

function docvars(meta: Readonly<Record<string, MetaValue>>): Html {
  const entries = Object.entries(meta).filter(([key]) => !OWN_COLUMNS.has(key));
  if (entries.length === 0) return html`<span class="note">none</span>`;
  return html`<ul class="docvars">${entries.map(([key, value]) => html`<li><span>${key}:</span> ${value === null ? 'null' : value}</li>`)}</ul>`;
}

/**
 * The corpus and how it was read: each document's id, language, size, hash and docvars, then the
 * provenance (library, tokenizer, model, options) and the terms with their patterns.
 */
export function documentsSection(
  docs: readonly Document[],
  tokens: ReadonlyMap<string, number>,
  terms: readonly Term[],
  provenance: Provenance,
): Html {
  const rows = docs.map((doc) => ({
    doc,
    sentences: segment(doc).sentences.length,
    // A loaded file carries the hash of its bytes as read; other documents get the hash of their text.
    hash: typeof doc.meta.sha256 === 'string' ? doc.meta.sha256 : sha256(doc.text),
  }));
  const options = Object.entries(provenance.options).map(([key, value]) => html`<code>${key}=${JSON.stringify(value)}</code> `);
  return html`<section id="corpus"><h2>Corpus</h2>
<p>${docs.length} document${docs.length === 1 ? '' : 's'}. Tokens are word and number tokens (punctuation excluded): the denominator of every rate.</p>
${table(rows, [
  { header: 'document', cell: (r) => html`<strong>${r.doc.id}</strong>` },
  { header: 'language', cell: (r) => r.doc.lang },
  { header: 'tokens', cell: (r) => (tokens.get(r.doc.id) ?? 0).toLocaleString('en-US'), numeric: true },
  { header: 'sentences', cell: (r) => r.sentences.toLocaleString('en-US'), numeric: true },
  { header: 'characters', cell: (r) => r.doc.text.length.toLocaleString('en-US'), numeric: true },
  { header: 'docvars', cell: (r) => docvars(r.doc.meta) },
  { header: 'file / sha256', cell: (r) => html`${r.doc.meta.file ?? ''}<span class="hash">${r.hash}</span>` },
], 'corpus')}
<h3>Provenance</h3>
<dl class="provenance">
<dt>library</dt><dd>${provenance.library} ${provenance.version}</dd>
<dt>English tokenizer</dt><dd>${provenance.tokenizer} (model ${provenance.model})</dd>
<dt>Chinese segmenter</dt><dd>${provenance.segmenter}</dd>
<dt>ICU / Unicode</dt><dd>${provenance.icu ?? 'unknown'} / ${provenance.unicode ?? 'unknown'}</dd>
<dt>options</dt><dd>${options}</dd>
</dl>
<h3>Terms</h3>
${table(terms, [
  { header: 'term', cell: (t) => html`<strong>${t.label}</strong>` },
  { header: 'pattern (variants separated by |)', cell: (t) => html`<code>${t.pattern.source}</code>` },
], 'terms')}
</section>`;
}
