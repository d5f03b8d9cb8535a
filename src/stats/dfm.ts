import { rollup, sum } from 'd3-array';
import { OptionError, ValidationError } from '../errors.js';
import { createDocuments, type Document, type DocumentInput } from '../text/document.js';
import { normalizeText } from '../text/normalize.js';
import { isCountedToken, segment } from '../text/tokenize.js';
import type { TermInput } from '../patterns/terms.js';
import { countTerms, countTokens } from '../count/countTerms.js';
import type { CountOptions } from '../count/matches.js';
import { checkNestedScope } from '../count/nested.js';
import { checkRateBase, rateBaseOf, type RateBase, type RateOptions } from '../count/rateBase.js';
import { countCharacters } from '../text/countCharacters.js';
import { provenance, withProvenance, type Provenance, type WithProvenance } from '../provenance.js';
import { compareCodePoints } from '../text/compareCodePoints.js';

/** One document × feature cell of a document-feature matrix: a tidy row. */
export interface DfmRow {
  readonly docId: string;
  readonly feature: string;
  readonly count: number;
}

/** The size of one document: the denominator of its rates. */
export interface DfmTotal {
  readonly docId: string;
  /** Word and number tokens, as {@link countTokens} counts them. */
  readonly tokens: number;
}

/** The size of one document in a dfm made with `per: 'characters'`. */
export interface CharacterDfmTotal {
  readonly docId: string;
  /** Not counted (no word segmenter runs for the totals), as in count rows per character. */
  readonly tokens: null;
  /** Letters and digits, as `countCharacters` counts them. */
  readonly characters: number;
}

/** A document's size in whichever unit its dfm counts: tokens, or characters. */
export const totalSize = (total: DfmTotal | CharacterDfmTotal): number => total.tokens ?? total.characters;

/**
 * What the rates of a dfm are per: `characters` when its totals are characters, else `tokens`.
 *
 * @throws {ValidationError} when some totals are tokens and others characters.
 * @example
 * ```ts
 * dfmRateBase(dfm(['国家安全。'], { per: 'characters' })); // 'characters'
 * ```
 */
export function dfmRateBase(matrix: AnyDfm): RateBase {
  const { per, mixedAt } = rateBaseOf(matrix.totals);
  if (mixedAt !== undefined) throw new ValidationError('dfm', [{ field: `totals.${mixedAt}`, message: 'some totals are tokens and others characters' }]);
  return per;
}

/**
 * A dfm of rows counted elsewhere (a dictionary's categories, say) or by {@link dfm}, with each
 * document's size, in tokens or (`per: 'characters'`) in characters, as its totals.
 */
export function dfmOf(rows: DfmRow[], documents: readonly Document[], per: RateBase, size: (doc: Document) => number, settings: Readonly<Record<string, unknown>>): AnyDfm {
  const withRows = withProvenance(rows, settings);
  if (per === 'characters') {
    const totals = documents.map((doc): CharacterDfmTotal => ({ docId: doc.id, tokens: null, characters: size(doc) }));
    return { rows: withRows, totals: withProvenance(totals, settings), provenance: provenance(settings) };
  }
  const totals = documents.map((doc): DfmTotal => ({ docId: doc.id, tokens: size(doc) }));
  return { rows: withRows, totals: withProvenance(totals, settings), provenance: provenance(settings) };
}

/**
 * A document-feature matrix in tidy form. `rows` and `totals` are plain arrays of plain objects
 * (each also carries the provenance as a non-enumerable property), ready for Observable Plot,
 * Arquero or `JSON.stringify`.
 */
export interface Dfm<Total extends DfmTotal | CharacterDfmTotal = DfmTotal> {
  readonly rows: WithProvenance<DfmRow>;
  /** One entry per document, in input order, also for documents with no feature left. */
  readonly totals: WithProvenance<Total>;
  readonly provenance: Provenance;
}

/** A dfm whose totals are tokens or (made with `per: 'characters'`) characters. */
export type AnyDfm = Dfm<DfmTotal> | Dfm<CharacterDfmTotal>;

/** Options of {@link dfm}. */
export interface DfmOptions extends CountOptions, RateOptions {
  /**
   * Count these terms (pattern language) instead of every token; the features are the terms'
   * labels and every document × term gets a row, zero counts included, as in `countTerms`.
   */
  readonly select?: Iterable<TermInput> | TermInput;
  /** Features to drop (e.g. stopwords), compared in matching form (case, width and script folded). */
  readonly remove?: Iterable<string> | string;
  /** Drop features whose count over all documents is below this; default 0 (keep all). */
  readonly minCount?: number;
}

const asList = <T>(value: Iterable<T> | T): T[] =>
  typeof value === 'string' || typeof value !== 'object' || value === null || !(Symbol.iterator in value)
    ? [value as T]
    : [...(value as Iterable<T>)];

/**
 * The document-feature matrix of documents, as tidy rows. A feature is a counted token (word or
 * number) in matching form (`normalizeText`: case, full-width and traditional Chinese folded), so
 * `Security`, `SECURITY` and `ｓｅｃｕｒｉｔｙ` are one feature and 國家 counts as 国家. Without
 * `select` only features that occur get a row; the counts of a document then sum to its
 * `totals.tokens` (unless `remove` or `minCount` dropped some). Rows are in input order of the
 * documents, then in code-point order of the features.
 *
 * @throws {OptionError} when `minCount` is not a whole number ≥ 0 or `nested` is unknown.
 * @throws {PatternError} when a `select` term is malformed.
 * @example
 * ```ts
 * const m = dfm([{ id: 'a', text: 'Security first: security, then safety.' }], { remove: ['then'] });
 * m.rows;   // [{ docId: 'a', feature: 'first', count: 1 }, { docId: 'a', feature: 'safety', count: 1 },
 *           //  { docId: 'a', feature: 'security', count: 2 }]
 * m.totals; // [{ docId: 'a', tokens: 5 }]
 * dfm(['维护国家安全。'], { select: ['安全'], per: 'characters' }).totals;
 * // [{ docId: 'text1', tokens: null, characters: 6 }]
 * ```
 */
export function dfm(docs: Iterable<DocumentInput | Document | string>, options: DfmOptions & { readonly per: 'characters' }): Dfm<CharacterDfmTotal>;
export function dfm(docs: Iterable<DocumentInput | Document | string>, options?: DfmOptions & { readonly per?: 'tokens' }): Dfm<DfmTotal>;
export function dfm(docs: Iterable<DocumentInput | Document | string>, options?: DfmOptions): AnyDfm;
export function dfm(docs: Iterable<DocumentInput | Document | string>, options: DfmOptions = {}): AnyDfm {
  const minCount = options.minCount ?? 0;
  if (!Number.isInteger(minCount) || minCount < 0) {
    throw new OptionError('minCount', `expected a whole number >= 0, got ${String(minCount)}`);
  }
  const nested = checkNestedScope(options.nested);
  const per = checkRateBase(options.per);
  const folded = new Map<string, string>();
  const fold = (text: string): string => {
    let form = folded.get(text);
    if (form === undefined) {
      // A token made only of ignorable characters would fold to '': keep it as written.
      form = normalizeText(text).text || text;
      folded.set(text, form);
    }
    return form;
  };
  const remove = [...new Set(asList(options.remove ?? []).map(fold))].sort(compareCodePoints);
  const removed = new Set(remove);
  const select = options.select === undefined ? undefined : asList(options.select);
  const documents = createDocuments(docs);

  let cells: DfmRow[];
  if (select === undefined) {
    cells = documents.flatMap((doc) => {
      const counted = rollup(
        segment(doc).tokens.filter(isCountedToken),
        (tokens) => tokens.length,
        (token) => fold(token.text),
      );
      return Array.from(counted, ([feature, count]) => ({ docId: doc.id, feature, count }));
    });
  } else {
    cells = countTerms(documents, select, { nested, per }).map(({ docId, term, count }) => ({ docId, feature: term, count }));
  }
  if (removed.size > 0) cells = cells.filter((cell) => !removed.has(fold(cell.feature)));
  if (minCount > 0) {
    const featureCounts = rollup(cells, (v) => sum(v, (cell) => cell.count), (cell) => cell.feature);
    cells = cells.filter((cell) => featureCounts.get(cell.feature)! >= minCount);
  }
  const position = new Map(documents.map((doc, i) => [doc.id, i]));
  cells.sort((a, b) => position.get(a.docId)! - position.get(b.docId)! || compareCodePoints(a.feature, b.feature));

  const settings = {
    features: select === undefined ? 'tokens' : 'select',
    ...(select === undefined ? {} : { select, nested }),
    remove,
    minCount,
    // Recorded only when it is characters, so that dfms per token keep their provenance.
    ...(per === 'characters' ? { per } : {}),
  };
  return dfmOf(cells, documents, per, per === 'characters' ? (doc) => countCharacters(doc.text) : countTokens, settings);
}
