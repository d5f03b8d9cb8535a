import { rollup, sum } from 'd3-array';
import { OptionError } from '../errors.js';
import { createDocuments, type Document, type DocumentInput } from '../text/document.js';
import type { TermInput } from '../patterns/terms.js';
import { countTerms } from '../count/countTerms.js';
import type { CountOptions } from '../count/matches.js';
import { checkNestedScope } from '../count/nested.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { compareCodePoints } from '../text/compareCodePoints.js';
import { compareKeys, type GroupKey } from './compareKeys.js';
import { checkGroupBy, docvarKey, type GroupBy } from './docvarKey.js';
import type { SkippedDocument } from './skipped.js';

/** What {@link termTrend} needs of a count row: a document, a count and the document's tokens. */
export interface CountRowLike {
  readonly docId: string;
  readonly count: number;
  readonly tokens: number;
}

/**
 * A count row as `countTerms` (`term`) or the lexicon's `countDictionary` (`category`) gives it.
 */
export type TrendCountRow = CountRowLike & ({ readonly term: string } | { readonly category: string });

/** One period × term. */
export interface TrendRow {
  readonly period: GroupKey;
  /** The term's label, or the dictionary category. */
  readonly term: string;
  readonly count: number;
  /** Tokens of the period's documents. */
  readonly tokens: number;
  /** `count` per 10,000 of the period's tokens; `null` when they have none. */
  readonly per10k: number | null;
  /** Documents in the period. */
  readonly documents: number;
}

/** Rows of {@link termTrend}, with the documents left out and why. */
export type TermTrend = WithProvenance<TrendRow> & { readonly skipped: readonly SkippedDocument[] };

/** Options of {@link termTrend}. */
export interface TrendOptions<Row extends CountRowLike = TrendCountRow> extends CountOptions {
  /** The period of a document: a docvar name or a function of the document; default `year`
   * (`meta.year`, else the year of `meta.date`). */
  readonly by?: GroupBy;
  /** The label of a count row; default its `term`, else its `category`. */
  readonly label?: (row: Row) => string;
}

/** The label of a count row: `term` (countTerms) or `category` (countDictionary). */
function rowLabel(row: CountRowLike): string {
  const { term, category } = row as { term?: unknown; category?: unknown };
  const label = term ?? category;
  if (typeof label !== 'string') {
    throw new OptionError('label', `a count row of "${row.docId}" has no string "term" or "category"; pass options.label`);
  }
  return label;
}

const isCountRow = (item: unknown): boolean =>
  typeof item === 'object' && item !== null && 'docId' in item && 'count' in item && 'tokens' in item;

/**
 * Counts per period, ready to plot (e.g. security talk in the 2016 vs the 2017 plan): one row per
 * period × term, zero counts included, sorted by period then term (code-point order). Give terms
 * (they are counted with `countTerms`) or count rows already made (`countTerms`, `countDictionary`,
 * or any rows with `docId`, `count`, `tokens` and a label). A period's tokens are the sum of its
 * documents' tokens. Documents without a period, count rows of unknown documents, and (with rows)
 * documents that have no row are listed in `skipped`, not dropped silently.
 *
 * @throws {OptionError} when `by` is not a docvar name or function, or terms and rows are mixed.
 * @example
 * ```ts
 * const docs = [
 *   { id: 'p2016', text: 'Development and development.', meta: { year: 2016 } },
 *   { id: 'p2017', text: 'Security and development.', meta: { date: '2017-07-20' } },
 * ];
 * termTrend(docs, ['security']);
 * // [{ period: 2016, term: 'security', count: 0, tokens: 3, per10k: 0, documents: 1 },
 * //  { period: 2017, term: 'security', count: 1, tokens: 3, per10k: 3333.3…, documents: 1 }]
 * ```
 */
export function termTrend<Row extends CountRowLike = TrendCountRow>(
  docs: Iterable<DocumentInput | Document | string>,
  termsOrRows: Iterable<TermInput> | TermInput | Iterable<Row>,
  options: TrendOptions<Row> = {},
): TermTrend {
  const by = checkGroupBy(options.by ?? 'year');
  const nested = checkNestedScope(options.nested);
  const documents = createDocuments(docs);
  const items: unknown[] =
    typeof termsOrRows === 'string' || !(Symbol.iterator in Object(termsOrRows)) ? [termsOrRows] : [...(termsOrRows as Iterable<unknown>)];
  const rowCount = items.filter(isCountRow).length;
  if (rowCount > 0 && rowCount < items.length) {
    throw new OptionError('terms', 'give either terms or count rows, not both');
  }
  const fromRows = rowCount > 0;
  const rows = (fromRows ? items : countTerms(documents, items as TermInput[], { nested })) as Row[];
  const label: (row: Row) => string = options.label ?? rowLabel;

  const skipped: SkippedDocument[] = [];
  const periodOf = new Map<string, GroupKey>();
  for (const doc of documents) {
    const period = docvarKey(doc, by);
    if (period === null) {
      const what = typeof by === 'function' ? 'period' : by === 'year' ? 'year (meta.year or meta.date)' : `docvar "${by}"`;
      skipped.push({ docId: doc.id, reason: `no ${what}` });
    } else {
      periodOf.set(doc.id, period);
    }
  }
  const known = new Set(documents.map((doc) => doc.id));
  const unknown = [...new Set(rows.map((row) => row.docId).filter((id) => !known.has(id)))];
  for (const docId of unknown) skipped.push({ docId, reason: 'count rows for a document not given' });
  if (fromRows) {
    const withRows = new Set(rows.map((row) => row.docId));
    for (const doc of documents) {
      if (!withRows.has(doc.id)) skipped.push({ docId: doc.id, reason: 'no count rows for this document' });
    }
  }

  const dated = rows.filter((row) => periodOf.has(row.docId));
  const period = (row: Row): GroupKey => periodOf.get(row.docId)!;
  // A document's tokens appear on each of its rows: take them once per document.
  const docTokens = rollup(dated, (v) => v[0]!.tokens, period, (row) => row.docId);
  const counts = rollup(dated, (v) => sum(v, (row) => row.count), period, label);
  const labels = [...new Set(rows.map(label))].sort(compareCodePoints);
  const trend: TrendRow[] = [...docTokens.keys()].sort(compareKeys).flatMap((key) => {
    const perDoc = docTokens.get(key)!;
    const tokens = sum(perDoc.values());
    return labels.map((term) => {
      const count = counts.get(key)?.get(term) ?? 0;
      return { period: key, term, count, tokens, per10k: tokens === 0 ? null : (count / tokens) * 10_000, documents: perDoc.size };
    });
  });
  const settings = { by: typeof by === 'string' ? by : 'function', ...(fromRows ? { from: 'rows' } : { from: 'terms', terms: items, nested }) };
  return Object.defineProperty(withProvenance(trend, settings), 'skipped', { value: skipped, enumerable: false }) as TermTrend;
}
