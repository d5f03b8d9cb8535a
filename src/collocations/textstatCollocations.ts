import { OptionError } from '../errors.js';
import { createDocuments, type Document, type DocumentInput } from '../text/document.js';
import { normalizeText } from '../text/normalize.js';
import { isCountedToken, segment } from '../text/tokenize.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { compareCodePoints } from '../text/compareCodePoints.js';
import { signedLogLikelihood } from './signedLogLikelihood.js';
import { checkOptionKeys, choiceOption, positiveNumberOption, wholeNumberOption } from './options.js';

/** How multi-word expressions are ranked: Blaheta & Johnson's λ (by its z) or G² (size 2 only). */
export type CollocationMethod = 'lambda' | 'll';

/** Options of {@link textstatCollocations}. */
export interface CollocationsOptions {
  /** Words in an expression, 2 to 5; default 2. */
  readonly size?: number;
  /** Expressions occurring fewer times than this are left out (but still count in the tables); default 2. */
  readonly minCount?: number;
  /** Ranking: `'lambda'` (default) sorts by `z`, `'ll'` by `ll` (size 2 only). */
  readonly method?: CollocationMethod;
  /** Added to every cell of the 2^size table before λ and z; default 0.5 (quanteda's default). */
  readonly smoothing?: number;
}

/** One multi-word expression with its scores. */
export interface CollocationRow {
  /** The expression's words, normalized (lower-cased), joined by one space. */
  readonly collocation: string;
  /** Occurrences of the expression. */
  readonly count: number;
  /** Blaheta & Johnson's λ: the size-way interaction of the saturated log-linear model. */
  readonly lambda: number;
  /** Wald z = λ / √(Σ 1/n_i). */
  readonly z: number;
  /** G² of the 2×2 table (w1, not w1) × (w2, not w2) without smoothing, negative for repulsion; `null` for size ≠ 2. */
  readonly ll: number | null;
}

const OPTION_NAMES = ['size', 'minCount', 'method', 'smoothing'] as const;
const METHODS: readonly CollocationMethod[] = ['lambda', 'll'];
const MAX_SIZE = 5;
// Separates word ids in map keys; ids are decimal numbers, so no key can be read two ways.
const SEP = ',';

function popcount(mask: number): number {
  let bits = 0;
  for (let m = mask; m !== 0; m &= m - 1) bits++;
  return bits;
}

/**
 * Multi-word expressions: contiguous sequences of `size` words scored as quanteda's
 * `textstat_collocations` (quanteda.textstats 0.97, method `"lambda"`; Blaheta & Johnson 2001).
 *
 * The sequences are the runs of `size` counted tokens (words and numbers of `segment`) inside one
 * sentence with no punctuation or symbol token between them, in their normalized (NFKC,
 * lower-cased) forms; documents are pooled. For a target expression x = (x_1 … x_K), each of the
 * U sequences z in the corpus is classified by which positions k have z_k = x_k: a 2^K table whose
 * cells n_b (b = the set of matching positions) get `smoothing` added. Then
 *
 *   λ = Σ_b (−1)^(K − |b|) · ln n_b,    z = λ / √(Σ_b 1/n_b).
 *
 * For size 2 this is the log odds ratio of the table
 *
 * |            | w2              | not w2          |
 * |------------|-----------------|-----------------|
 * | w1         | n11 = count + ½ | n12 + ½         |
 * | not w1     | n21 + ½         | n22 + ½         |
 *
 * (n12 = bigrams starting with w1 but not followed by w2, and so on; the four raw cells add up to
 * the number of bigrams U), λ = ln(n11·n22 / (n12·n21)). `ll` is G² = 2 Σ O·ln(O/E) of the raw
 * (unsmoothed) 2×2 table, E_ij = R_i·C_j/U, negative when n11 < E11. All sequences count in the
 * tables; `minCount` only filters the rows.
 *
 * Differences from quanteda: tokens come from wink-nlp (English) or Intl.Segmenter (Chinese) and
 * not from quanteda's tokenizer; every token is lower-cased (quanteda keeps all-capital acronyms
 * such as "AI"); symbol tokens (`+`, `$`) break a sequence as punctuation does (quanteda keeps
 * them as words). Rows are sorted by `z` (or `ll`) descending, ties by collocation in code-point
 * order, as quanteda's radix sort.
 *
 * @throws {OptionError} naming the option: `size` not a whole number from 2 to 5, `minCount` not
 *   a whole number ≥ 1, `method` unknown or `'ll'` with size ≠ 2, `smoothing` not > 0, or an
 *   unknown option.
 * @example
 * ```ts
 * const rows = textstatCollocations([
 *   'National security comes first. We protect national security.', // made up
 *   'Cyber security is national security.',
 * ]);
 * rows; // [{ collocation: 'national security', count: 3, lambda: 3.412…, z: 1.936…, ll: 7.718… }]
 * ```
 */
export function textstatCollocations(
  docs: Iterable<DocumentInput | Document | string>,
  options: CollocationsOptions = {},
): WithProvenance<CollocationRow> {
  const given = checkOptionKeys(options, OPTION_NAMES);
  const size = wholeNumberOption('size', given.size, 2, 2, MAX_SIZE);
  const minCount = wholeNumberOption('minCount', given.minCount, 2, 1);
  const method = choiceOption('method', given.method, METHODS, 'lambda');
  const smoothing = positiveNumberOption('smoothing', given.smoothing, 0.5);
  if (method === 'll' && size !== 2) {
    throw new OptionError('method', `'ll' scores a 2×2 table and needs size 2, got size ${size}; use method 'lambda'`);
  }

  const words: string[] = [];
  const idOfForm = new Map<string, number>();
  const idOfText = new Map<string, number>();
  const wordId = (text: string): number => {
    let id = idOfText.get(text);
    if (id === undefined) {
      const form = normalizeText(text).text;
      id = idOfForm.get(form);
      if (id === undefined) {
        id = words.length;
        words.push(form);
        idOfForm.set(form, id);
      }
      idOfText.set(text, id);
    }
    return id;
  };

  // g[mask] counts, for each tuple of words at the positions in `mask`, the sequences that have
  // those words there: the marginal counts the 2^K cells are recovered from.
  const fullMask = (1 << size) - 1;
  const marginals = Array.from({ length: fullMask + 1 }, () => new Map<string, number>());
  const project = (ids: readonly number[], mask: number): string => ids.filter((_, k) => (mask >> k) & 1).join(SEP);
  let sequences = 0;
  const addSequence = (ids: readonly number[]): void => {
    sequences++;
    for (let mask = 1; mask <= fullMask; mask++) {
      const key = project(ids, mask);
      marginals[mask]!.set(key, (marginals[mask]!.get(key) ?? 0) + 1);
    }
  };

  for (const doc of createDocuments(docs)) {
    const { tokens, sentences } = segment(doc);
    let run: number[] = [];
    let runSentence = -1;
    let s = 0;
    for (const token of tokens) {
      while (s < sentences.length && sentences[s]!.end <= token.start) s++;
      const sentence = s < sentences.length && sentences[s]!.start <= token.start ? s : -1;
      if (!isCountedToken(token) || sentence !== runSentence || sentence === -1) run = [];
      runSentence = sentence;
      if (!isCountedToken(token) || sentence === -1) continue;
      run.push(wordId(token.text));
      if (run.length >= size) addSequence(run.slice(run.length - size));
    }
  }

  const rows: CollocationRow[] = [];
  for (const [key, count] of marginals[fullMask]!) {
    if (count < minCount) continue;
    const ids = key.split(SEP).map(Number);
    // g(S) for every subset S of positions; g(∅) = all sequences.
    const g = (mask: number): number => (mask === 0 ? sequences : (marginals[mask]!.get(project(ids, mask)) ?? 0));
    const cells: number[] = [];
    for (let b = 0; b <= fullMask; b++) {
      // Exactly the positions in b match: inclusion–exclusion over the supersets of b.
      let exact = 0;
      for (let superset = b; superset <= fullMask; superset = (superset + 1) | b) {
        exact += (popcount(superset ^ b) % 2 === 0 ? 1 : -1) * g(superset);
      }
      cells.push(exact);
    }
    let lambda = 0;
    let variance = 0;
    cells.forEach((raw, b) => {
      const n = raw + smoothing;
      lambda += ((size - popcount(b)) % 2 === 0 ? 1 : -1) * Math.log(n);
      variance += 1 / n;
    });
    rows.push({
      collocation: ids.map((id) => words[id]!).join(' '),
      count,
      lambda,
      z: lambda / Math.sqrt(variance),
      ll: size === 2 ? signedLogLikelihood({ o11: cells[3]!, o12: cells[1]!, o21: cells[2]!, o22: cells[0]! }) : null,
    });
  }
  const score = method === 'll' ? (row: CollocationRow): number => row.ll! : (row: CollocationRow): number => row.z;
  rows.sort((a, b) => score(b) - score(a) || compareCodePoints(a.collocation, b.collocation));
  return withProvenance(rows, { size, minCount, method, smoothing });
}
