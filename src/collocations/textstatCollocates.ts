import { bisector } from 'd3-array';
import { createDocuments, type Document, type DocumentInput } from '../text/document.js';
import { normalizeText } from '../text/normalize.js';
import { isCountedToken, segment, type Token } from '../text/tokenize.js';
import { compileTerms, type TermInput } from '../patterns/terms.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { locate } from '../count/locate.js';
import { checkNestedScope, type NestedScope } from '../count/nested.js';
import { compareCodePoints } from '../text/compareCodePoints.js';
import { signedLogLikelihood } from './signedLogLikelihood.js';
import { checkOptionKeys, choiceOption, wholeNumberOption } from './options.js';

/** The score collocates are ranked by: log-likelihood, mutual information or t-score. */
export type CollocateMeasure = 'll' | 'mi' | 't';

/** Options of {@link textstatCollocates}. */
export interface CollocatesOptions {
  /** Counted tokens (words and numbers) on each side of a node hit; default 5 (L5–R5). At least 1. */
  readonly window?: number;
  /** The score rows are sorted by, descending; default `'ll'`. */
  readonly measure?: CollocateMeasure;
  /** Collocates co-occurring fewer times than this are left out; default 1. */
  readonly minCount?: number;
  /**
   * As in `countTerms`; default `inclusive`. With a single node term both scopes find the same
   * hits (overlapping variants of one term always keep the longest); accepted for symmetry.
   */
  readonly nested?: NestedScope;
}

/**
 * One collocate of the node, with its 2×2 contingency table (see {@link textstatCollocates}) and
 * scores. `windowTokens` (R1) and `corpusTokens` (N) are in every row so that a reviewer can
 * recompute `expected` = R1·C1/N and every score from the row alone.
 */
export interface CollocateRow {
  /** The collocate's normalized form (NFKC, case-folded, simplified Chinese). */
  readonly collocate: string;
  /** O11: tokens of the collocate inside the node's window span. */
  readonly observed: number;
  /** E11 = R1·C1/N. */
  readonly expected: number;
  /** Hits of the node in all documents. */
  readonly nodeCount: number;
  /** C1: tokens of the collocate in all documents. */
  readonly collocateCount: number;
  /** R1: counted tokens inside the window span (each token once, node tokens excluded). */
  readonly windowTokens: number;
  /** N: counted tokens in all documents. */
  readonly corpusTokens: number;
  /** G² of the 2×2 table, negative when observed < expected. */
  readonly ll: number;
  /** log2(O11/E11). */
  readonly mi: number;
  /** (O11 − E11)/√O11. */
  readonly t: number;
}

const OPTION_NAMES = ['window', 'measure', 'minCount', 'nested'] as const;
const MEASURES: readonly CollocateMeasure[] = ['ll', 'mi', 't'];
const firstEndingAfter = bisector((token: Token) => token.end).right;
const firstStartingFrom = bisector((token: Token) => token.start).left;

/**
 * Collocates of a node term: the words within `window` counted tokens left and right of each hit
 * of the node, scored against their frequency in all documents, as AntConc's Collocate tool and
 * Evert's (2008) surface co-occurrence.
 *
 * Hits are found with the pattern language (`locate`), tokens are those of `segment` that are
 * words or numbers (punctuation neither counts nor takes a window slot), and a window stops at the
 * document's edges but not at sentence ends. Tokens overlapping a hit are that hit's own and never
 * its collocates. The window span is the union of all windows: a token within the windows of two
 * nearby hits counts once, so that the table below stays a cross-classification of the corpus
 * (AntConc counts such a token once per hit; the two agree whenever windows do not overlap).
 *
 * Every counted token of the corpus falls in one cell:
 *
 * |                      | collocate   | other word  | total  |
 * |----------------------|-------------|-------------|--------|
 * | inside window span   | O11         | O12 = R1−O11 | R1    |
 * | outside window span  | O21 = C1−O11 | O22        | N − R1 |
 * | total                | C1          | N − C1      | N      |
 *
 * R1 = the real number of window token slots (at most nodeCount·2·window, less at document edges
 * and where windows overlap or hits are adjacent), C1 = the collocate's frequency, N = all counted
 * tokens. Expected E_ij = R_i·C_j/N; `mi` = log2(O11/E11) (Church & Hanks 1990), `t` =
 * (O11 − E11)/√O11, `ll` = G² = 2 Σ O_ij·ln(O_ij/E_ij) over the four cells, cells with O = 0
 * contributing 0 (Dunning 1993), given a minus sign when O11 < E11 (Evert 2008, one-sided).
 *
 * Rows are sorted by `measure` descending, ties by collocate in code-point order.
 *
 * @throws {OptionError} naming the option: `window` not a whole number ≥ 1, `measure` not
 *   `ll`/`mi`/`t`, `minCount` not a whole number ≥ 1, `nested` unknown, or an unknown option.
 * @throws {PatternError} when the node's pattern is empty or malformed.
 * @example
 * ```ts
 * const rows = textstatCollocates(
 *   ['National security matters. Cyber security and data security matter too.'], // made up
 *   'security', { window: 1 },
 * );
 * rows.map((r) => [r.collocate, r.observed]);
 * // [['and', 1], ['cyber', 1], ['data', 1], ['matter', 1], ['matters', 1], ['national', 1]]
 * // (equal ll, so in code-point order)
 * ```
 */
export function textstatCollocates(
  docs: Iterable<DocumentInput | Document | string>,
  node: TermInput,
  options: CollocatesOptions = {},
): WithProvenance<CollocateRow> {
  const given = checkOptionKeys(options, OPTION_NAMES);
  const window = wholeNumberOption('window', given.window, 5, 1);
  const measure = choiceOption('measure', given.measure, MEASURES, 'll');
  const minCount = wholeNumberOption('minCount', given.minCount, 1, 1);
  const nested = checkNestedScope(given.nested);
  const compiled = compileTerms([node]);

  const formOf = new Map<string, string>();
  const normalized = (text: string): string => {
    let form = formOf.get(text);
    if (form === undefined) formOf.set(text, (form = normalizeText(text).text));
    return form;
  };
  const frequency = new Map<string, number>();
  const inSpan = new Map<string, number>();
  let corpusTokens = 0;
  let windowTokens = 0;
  let nodeCount = 0;

  for (const doc of createDocuments(docs)) {
    const counted = segment(doc).tokens.filter(isCountedToken);
    const forms = counted.map((token) => normalized(token.text));
    corpusTokens += forms.length;
    for (const form of forms) frequency.set(form, (frequency.get(form) ?? 0) + 1);

    const span = new Uint8Array(forms.length);
    for (const hit of locate(doc, compiled, nested)) {
      nodeCount++;
      const first = firstEndingAfter(counted, hit.start);
      const afterLast = Math.max(first, firstStartingFrom(counted, hit.end));
      span.fill(1, Math.max(0, first - window), first);
      span.fill(1, afterLast, Math.min(forms.length, afterLast + window));
    }
    span.forEach((inside, k) => {
      if (inside === 0) return;
      windowTokens++;
      inSpan.set(forms[k]!, (inSpan.get(forms[k]!) ?? 0) + 1);
    });
  }

  const rows: CollocateRow[] = [];
  for (const [collocate, observed] of inSpan) {
    if (observed < minCount) continue;
    const collocateCount = frequency.get(collocate)!;
    const expected = (windowTokens * collocateCount) / corpusTokens;
    const outside = collocateCount - observed;
    rows.push({
      collocate,
      observed,
      expected,
      nodeCount,
      collocateCount,
      windowTokens,
      corpusTokens,
      ll: signedLogLikelihood({
        o11: observed,
        o12: windowTokens - observed,
        o21: outside,
        o22: corpusTokens - windowTokens - outside,
      }),
      mi: Math.log2(observed / expected),
      t: (observed - expected) / Math.sqrt(observed),
    });
  }
  rows.sort((a, b) => b[measure] - a[measure] || compareCodePoints(a.collocate, b.collocate));
  return withProvenance(rows, { node: compiled[0]!.label, window, measure, minCount, nested });
}
