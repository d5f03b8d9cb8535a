import { rollup, sum } from 'd3-array';
import { OptionError } from '../errors.js';
import { createDocuments, type Document, type DocumentInput } from '../text/document.js';
import type { TermInput } from '../patterns/terms.js';
import { countTerms } from '../count/countTerms.js';
import type { CountOptions } from '../count/matches.js';
import { checkNestedScope } from '../count/nested.js';
import { checkRateBase, rateBaseOf, type RateBase, type RateOptions } from '../count/rateBase.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { compareCodePoints } from '../text/compareCodePoints.js';
import { compareKeys, type GroupKey } from './compareKeys.js';
import { checkGroupBy, docvarKey, type GroupBy } from './docvarKey.js';
import type { SkippedDocument } from './skipped.js';

/**
 * What {@link termTrend} needs of a count row: a document, a count and the document's tokens, or
 * (rows counted with `per: 'characters'`) `tokens: null` and the document's characters.
 */
export type CountRowLike =
  | { readonly docId: string; readonly count: number; readonly tokens: number }
  | { readonly docId: string; readonly count: number; readonly tokens: null; readonly characters: number };

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

/** One period × term with rates per character (`per: 'characters'`, or rows counted so). */
export interface CharacterTrendRow {
  readonly period: GroupKey;
  readonly term: string;
  readonly count: number;
  /** Not counted, as in the count rows per character. */
  readonly tokens: null;
  /** Letters and digits of the period's documents. */
  readonly characters: number;
  /** `count` per 10,000 of the period's characters; `null` when they have none. */
  readonly per10k: number | null;
  readonly documents: number;
}

/** Rows of {@link termTrend}, with the documents left out and why. */
export type TermTrend<Row = TrendRow> = WithProvenance<Row> & { readonly skipped: readonly SkippedDocument[] };

/** Options of {@link termTrend}. */
export interface TrendOptions<Row extends CountRowLike = TrendCountRow> extends CountOptions, RateOptions {
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

/** What count rows are per: tokens, or characters when their tokens are `null`. */
function rowsBase(rows: readonly CountRowLike[]): RateBase {
  const { per, mixedAt } = rateBaseOf(rows);
  if (mixedAt !== undefined) throw new OptionError('terms', `count rows per token and per character are mixed (document "${rows[mixedAt]!.docId}")`);
  return per;
}

/**
 * Counts per period, ready to plot (e.g. security talk in the 2016 vs the 2017 plan): one row per
 * period × term, zero counts included, sorted by period then term (code-point order). Give terms
 * (they are counted with `countTerms`) or count rows already made (`countTerms`, `countDictionary`,
 * or any rows with `docId`, `count`, `tokens` and a label). A period's tokens are the sum of its
 * documents' tokens. With `per: 'characters'` (or rows counted so) rates are per 10,000 of the
 * period's characters, the usual convention for Chinese, and rows carry `characters` (`tokens` is
 * `null`). Documents without a period, count rows of unknown documents, and (with rows)
 * documents that have no row are listed in `skipped`, not dropped silently.
 *
 * @throws {OptionError} when `by` is not a docvar name or function, terms and rows are mixed, rows
 * per token and per character are mixed, or `per` disagrees with the rows.
 * @example
 * ```ts
 * const docs = [
 *   { id: 'p2016', text: 'Development and development.', meta: { year: 2016 } },
 *   { id: 'p2017', text: 'Security and development.', meta: { date: '2017-07-20' } },
 * ];
 * termTrend(docs, ['security']);
 * // [{ period: 2016, term: 'security', count: 0, tokens: 3, per10k: 0, documents: 1 },
 * //  { period: 2017, term: 'security', count: 1, tokens: 3, per10k: 3333.3…, documents: 1 }]
 * termTrend(docs, ['security'], { per: 'characters' })[1];
 * // { period: 2017, term: 'security', count: 1, tokens: null, characters: 22, per10k: 454.5…, documents: 1 }
 * ```
 */
export function termTrend<Row extends CountRowLike = TrendCountRow>(
  docs: Iterable<DocumentInput | Document | string>,
  termsOrRows: Iterable<TermInput> | TermInput | Iterable<Row>,
  options: TrendOptions<Row> & { readonly per: 'characters' },
): TermTrend<CharacterTrendRow>;
export function termTrend<Row extends CountRowLike = TrendCountRow>(
  docs: Iterable<DocumentInput | Document | string>,
  termsOrRows: Iterable<TermInput> | TermInput | Iterable<Row>,
  options?: TrendOptions<Row>,
): TermTrend<TrendRow | CharacterTrendRow>;
export function termTrend<Row extends CountRowLike = TrendCountRow>(
  docs: Iterable<DocumentInput | Document | string>,
  termsOrRows: Iterable<TermInput> | TermInput | Iterable<Row>,
  options: TrendOptions<Row> = {},
): TermTrend<TrendRow | CharacterTrendRow> {
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
  const asked = options.per === undefined ? undefined : checkRateBase(options.per);
  const rows = (fromRows ? items : countTerms(documents, items as TermInput[], { nested, per: asked ?? 'tokens' })) as Row[];
  const per = rows.length === 0 ? (asked ?? 'tokens') : rowsBase(rows);
  if (asked !== undefined && asked !== per) throw new OptionError('per', `the count rows are per ${per === 'tokens' ? 'token' : 'character'}, not per ${asked === 'tokens' ? 'token' : 'character'}`);
  const denominator = (row: Row): number => (per === 'characters' ? (row as { characters: number }).characters : (row.tokens as number));
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
  // A document's tokens (or characters) appear on each of its rows: take them once per document.
  const docTokens = rollup(dated, (v) => denominator(v[0]!), period, (row) => row.docId);
  const counts = rollup(dated, (v) => sum(v, (row) => row.count), period, label);
  const labels = [...new Set(rows.map(label))].sort(compareCodePoints);
  const trend: (TrendRow | CharacterTrendRow)[] = [...docTokens.keys()].sort(compareKeys).flatMap((key) => {
    const perDoc = docTokens.get(key)!;
    const base = sum(perDoc.values());
    return labels.map((term) => {
      const count = counts.get(key)?.get(term) ?? 0;
      const per10k = base === 0 ? null : (count / base) * 10_000;
      return per === 'characters'
        ? { period: key, term, count, tokens: null, characters: base, per10k, documents: perDoc.size }
        : { period: key, term, count, tokens: base, per10k, documents: perDoc.size };
    });
  });
  // `per` is recorded only when it is characters, so that rows per token keep their provenance.
  const settings = {
    by: typeof by === 'string' ? by : 'function',
    ...(fromRows ? { from: 'rows' } : { from: 'terms', terms: items, nested }),
    ...(per === 'characters' ? { per } : {}),
  };
  return Object.defineProperty(withProvenance(trend, settings), 'skipped', { value: skipped, enumerable: false }) as TermTrend;
}
