import { countTerms } from '../count/countTerms.js';
import { checkNestedScope, type NestedScope } from '../count/nested.js';
import { DocumentError, OptionError } from '../errors.js';
import { compileTerms, type TermInput } from '../patterns/terms.js';
import { createDocuments, type Document, type DocumentInput } from '../text/document.js';
import { DEFAULT_REPORT_TERMS } from './defaultTerms.js';
import { countsSection } from './countsSection.js';
import { documentsSection } from './documentsSection.js';
import { html, type Html } from './html.js';
import { kwicSection } from './kwicSection.js';
import { reproductionSection, type ReportReproduction } from './reproductionSection.js';
import { lexiconSection } from './lexiconSection.js';
import { profileSection } from './profileSection.js';
import { securitizationLexicon } from '../lexicon/securitizationLexicon.js';
import type { Dictionary } from '../lexicon/schema.js';
import { REPORT_STYLE } from './style.js';
import { trendSection } from './trendSection.js';

/** A file the caller could not read: listed at the top of the report, so nothing is lost silently. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

/** What {@link renderReport} reports on. Only `documents` is required. */
export interface ReportInput {
  readonly documents: Iterable<DocumentInput | Document | string>;
  /** Terms to count, chart and show in context; default {@link DEFAULT_REPORT_TERMS}. */
  readonly terms?: Iterable<TermInput>;
  /** Title of the page; default "Securitization report". */
  readonly title?: string;
  /** Nesting rule of the counts; default `inclusive`. */
  readonly nested?: NestedScope;
  /** Tokens of context on each side of a KWIC line; default 6. */
  readonly kwicWindow?: number;
  /** Most KWIC lines shown per term and document; default 5. */
  readonly kwicLimit?: number;
  /**
   * The docvar that gives a document's period for the trend; default `year` (`meta.year`, else
   * the year of `meta.date`).
   */
  readonly trendBy?: string;
  /**
   * A reproduction to show beside the counts: a spec (e.g. `zeng2021`) and the rows of
   * `reproduce` or `reproduceCorpus`. The CLI adds it when the corpus holds the spec's texts.
   */
  readonly reproduction?: ReportReproduction;
  /** The dictionary whose categories are counted; default `securitizationLexicon`; `null` for none. */
  readonly lexicon?: Dictionary | null;
  /** Whether to show each document's `profile` and `findMoves` (default `true`). */
  readonly profiles?: boolean;
  /** Most moves shown per document; default 3. */
  readonly movesLimit?: number;
  /** Files that could not be read, and why. */
  readonly skipped?: readonly SkippedFile[];
  /** Other warnings to show at the top, e.g. from reading a corpus. */
  readonly warnings?: readonly string[];
}

function wholeNumber(option: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) throw new OptionError(option, `expected a whole number >= ${min}, got ${value}`);
  return value;
}

function warningsBox(skipped: readonly SkippedFile[], warnings: readonly string[]): Html | '' {
  if (skipped.length === 0 && warnings.length === 0) return '';
  return html`<div class="alert" id="warnings"><strong>${skipped.length > 0 ? `${skipped.length} file(s) were not read and are not in this report.` : 'Warnings.'}</strong>
<ul>${skipped.map((s) => html`<li><code>${s.file}</code>: ${s.reason}</li>`)}${warnings.map((w) => html`<li>${w}</li>`)}</ul></div>`;
}

/**
 * A self-contained HTML report of a corpus: its documents and provenance, term counts with rates,
 * a bar chart of rates per document, a trend by year (when documents carry a `year` or `date`
 * docvar), KWIC lines with the keyword marked, the counts of a dictionary's categories (the
 * built-in lexicon by default), a reproduction table when given, and each document's `profile`
 * with its first `findMoves` moves, their trigger words marked. One file with inline CSS
 * and inline SVG charts (Observable Plot): no scripts, fonts or images are fetched to view it, and
 * a Content-Security-Policy forbids any. Every piece of document text and metadata is
 * HTML-escaped. Same input, same output, byte for byte.
 *
 * @throws {DocumentError} when there are no documents, or a document is invalid.
 * @throws {PatternError} when a term is malformed.
 * @throws {OptionError} when an option is out of its domain.
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { renderReport } from 'securitization/report';
 *
 * const page = renderReport({
 *   documents: [{ id: 'plan', text: 'We must safeguard national security.', meta: { year: 2017 } }],
 *   terms: ['security', 'national security'],
 *   title: 'Security talk in the plan',
 * });
 * writeFileSync('report.html', page);
 * ```
 */
export function renderReport(input: ReportInput): string {
  const nested = checkNestedScope(input.nested);
  const kwicWindow = wholeNumber('kwicWindow', input.kwicWindow, 6, 0);
  const kwicLimit = wholeNumber('kwicLimit', input.kwicLimit, 5, 1);
  const movesLimit = wholeNumber('movesLimit', input.movesLimit, 3, 0);
  const lexicon = input.lexicon === undefined ? securitizationLexicon : input.lexicon;
  const profiles = input.profiles ?? true;
  const trendBy = input.trendBy ?? 'year';
  if (typeof trendBy !== 'string' || trendBy.trim() === '') throw new OptionError('trendBy', 'expected a docvar name');
  const title = input.title ?? 'Securitization report';
  const docs = createDocuments(input.documents);
  if (docs.length === 0) throw new DocumentError('A report needs at least one document');
  const termInputs = [...(input.terms ?? DEFAULT_REPORT_TERMS)];
  const terms = compileTerms(termInputs);

  const counts = countTerms(docs, termInputs, { nested });
  const tokens = new Map(counts.map((r) => [r.docId, r.tokens]));
  const provenance = {
    ...counts.provenance,
    options: { nested, kwicWindow, kwicLimit, trendBy, lexicon: lexicon?.name ?? null, profiles, movesLimit },
  };
  const labels = terms.map((t) => t.label);

  const sections: Html[] = [
    documentsSection(docs, tokens, terms, provenance),
    countsSection(docs, terms, counts, nested),
    trendSection(docs, counts, labels, trendBy),
    kwicSection(docs, termInputs, terms, { window: kwicWindow, limit: kwicLimit, nested }),
  ];
  if (lexicon !== null) sections.push(lexiconSection(docs, lexicon, nested));
  if (input.reproduction !== undefined) sections.push(reproductionSection(input.reproduction));
  if (profiles) sections.push(profileSection(docs, movesLimit));

  const nav = [
    ['corpus', 'Corpus'],
    ['counts', 'Counts'],
    ['rates', 'Chart'],
    ['trend', 'Trend'],
    ['kwic', 'Keywords in context'],
    ...(lexicon === null ? [] : [['lexicon', 'Lexicon']]),
    ...(input.reproduction === undefined ? [] : [['reproduction', 'Reproduction']]),
    ...(profiles ? [['profiles', 'Profiles']] : []),
  ];
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="securitization ${provenance.version}">
<title>${title}</title>
<style>${REPORT_STYLE}</style>
</head>
<body><main>
<header><h1>${title}</h1>
<p class="lede">${docs.length} document${docs.length === 1 ? '' : 's'} · ${terms.length} term${terms.length === 1 ? '' : 's'} · made with securitization ${provenance.version}</p>
<nav>${nav.map(([id, text]) => html`<a href="#${id}">${text}</a>`)}</nav></header>
${warningsBox(input.skipped ?? [], input.warnings ?? [])}
${sections}
<footer>Counts follow the library's counting rules (docs/counting-rules.md): whole words, case-insensitive; Chinese matched as substrings after traditional-to-simplified conversion. Offsets are UTF-16 code units into each document's original text.</footer>
</main></body>
</html>
`;
  return page.markup;
}
