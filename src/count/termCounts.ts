import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { validate } from '../validate.js';
import type { Document } from '../text/document.js';
import { isCountedToken } from '../text/token.js';
import { countChineseWords } from '../text/segmentChinese.js';
import { segmentIfCached } from '../text/segmentCache.js';
import { countWordTokens } from '../text/countWordTokens.js';
import { normalizeText } from '../text/normalize.js';
import type { Term } from '../patterns/terms.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { compareCodePoints } from '../text/compareCodePoints.js';
import type { NestedScope } from './nested.js';
import { compileMatcher } from './termMatcher.js';
import { countTermMatches } from './termSpans.js';

/** One document × term: a tidy row. */
export interface CountRow {
  readonly docId: string;
  readonly term: string;
  readonly count: number;
  /** Word and number tokens in the document (punctuation and whitespace excluded). */
  readonly tokens: number;
  /** `count` per 10,000 tokens; `null` when the document has no tokens. */
  readonly per10k: number | null;
}

/** The counts of one document: what is kept of it once it is counted. */
export interface DocumentTermCounts {
  /** Where the document stands in its corpus (0-based): the order of rows. */
  readonly position: number;
  readonly docId: string;
  /** Word and number tokens, as {@link countTokens} counts them. */
  readonly tokens: number;
  /** One count per term, in the order of `TermCounts.terms`. */
  readonly counts: readonly number[];
}

/**
 * Term counts of a corpus, small enough to keep while the texts stream by, and mergeable: counts of
 * parts of a corpus merge into the counts of the whole ({@link mergeTermCounts}), in any grouping
 * and order. Plain data: it survives `JSON.stringify` and `structuredClone` (worker threads).
 */
export interface TermCounts {
  /** Term labels, in the order of the counts. */
  readonly terms: readonly string[];
  /** Each term's pattern as written. */
  readonly patterns: readonly string[];
  readonly nested: NestedScope;
  /** One entry per document, sorted by position, then by id. */
  readonly documents: readonly DocumentTermCounts[];
  readonly totals: {
    readonly documents: number;
    readonly tokens: number;
    readonly counts: readonly number[];
  };
}

/**
 * The denominator of rates: word and number tokens, the ones `segment` gives. English is counted
 * by {@link countWordTokens} (wink-nlp's count without running wink: the same on every text of the
 * corpus, see docs/performance.md), Chinese by {@link countChineseWords} (`Intl.Segmenter` as
 * `segment` uses it, without keeping the tokens).
 *
 * @example
 * ```ts
 * countTokens(createDocument('We spent $5 on U.S. defence... Really?')); // 7
 * ```
 */
export function countTokens(doc: Document): number {
  // English: wink-nlp's count without running wink (countWordTokens); Chinese: Intl.Segmenter,
  // without keeping its tokens unless segment() has made them already.
  if (doc.lang === 'en') return countWordTokens(doc.text);
  const segmented = segmentIfCached(doc);
  if (segmented === undefined) return countChineseWords(doc.text);
  let n = 0;
  for (const token of segmented.tokens) if (isCountedToken(token)) n++;
  return n;
}

/**
 * An empty count of `terms`: the neutral element of {@link mergeTermCounts}.
 *
 * @example
 * ```ts
 * emptyTermCounts(compileTerms(['security']), 'inclusive').totals; // { documents: 0, tokens: 0, counts: [0] }
 * ```
 */
export function emptyTermCounts(terms: readonly Term[], nested: NestedScope): TermCounts {
  return {
    terms: terms.map((term) => term.label),
    patterns: terms.map((term) => term.pattern.source),
    nested,
    documents: [],
    totals: { documents: 0, tokens: 0, counts: terms.map(() => 0) },
  };
}

/**
 * The counts of one document at `position`: one scan for every term, and the token denominator.
 *
 * @example
 * ```ts
 * countDocument(createDocument('Security first.'), compileTerms(['security']), 'inclusive', 0);
 * // { position: 0, docId: 'text1', tokens: 2, counts: [1] }
 * ```
 */
export function countDocument(doc: Document, terms: readonly Term[], nested: NestedScope, position: number): DocumentTermCounts {
  const matcher = compileMatcher(terms);
  const counts = countTermMatches(matcher, normalizeText(doc.text).text, nested);
  return { position, docId: doc.id, tokens: countTokens(doc), counts };
}

/**
 * Builds term counts one document at a time, each after the ones before it (appending keeps the
 * order without merging).
 *
 * @example
 * ```ts
 * const builder = new TermCountsBuilder(emptyTermCounts(terms, 'inclusive'));
 * builder.add(countDocument(doc, terms, 'inclusive', builder.size));
 * builder.build();
 * ```
 */
export class TermCountsBuilder {
  private readonly documents: DocumentTermCounts[] = [];
  private tokens = 0;
  private readonly totals: number[];

  constructor(private readonly base: TermCounts) {
    this.totals = [...base.totals.counts];
  }

  /** Documents added so far. */
  get size(): number {
    return this.documents.length;
  }

  add(counts: DocumentTermCounts): void {
    this.documents.push(counts);
    this.tokens += counts.tokens;
    counts.counts.forEach((count, t) => (this.totals[t]! += count));
  }

  build(): TermCounts {
    return {
      ...this.base,
      documents: this.documents,
      totals: { documents: this.documents.length, tokens: this.tokens, counts: this.totals },
    };
  }
}

const count = z.number().int().nonnegative();
const TermCountsSchema = z.object({
  terms: z.array(z.string()),
  patterns: z.array(z.string()),
  nested: z.enum(['inclusive', 'exclusive']),
  documents: z.array(z.object({ position: z.number().int(), docId: z.string(), tokens: count, counts: z.array(count) })),
  totals: z.object({ documents: count, tokens: count, counts: z.array(count) }),
});

const compareDocuments = (a: DocumentTermCounts, b: DocumentTermCounts): number =>
  a.position - b.position || compareCodePoints(a.docId, b.docId);

function checkTermCounts(value: unknown, what: string): TermCounts {
  const counts = validate(TermCountsSchema, value, what) as TermCounts;
  const terms = counts.terms.length;
  const issues: { field: string; message: string }[] = [];
  if (counts.patterns.length !== terms) issues.push({ field: 'patterns', message: `expected ${terms} patterns, one per term` });
  if (counts.totals.counts.length !== terms) issues.push({ field: 'totals.counts', message: `expected ${terms} counts, one per term` });
  counts.documents.forEach((doc, i) => {
    if (doc.counts.length !== terms) issues.push({ field: `documents.${i}.counts`, message: `expected ${terms} counts, one per term` });
    if (i > 0 && compareDocuments(counts.documents[i - 1]!, doc) >= 0) {
      issues.push({ field: `documents.${i}`, message: 'documents are not sorted by position and id, or one is there twice' });
    }
  });
  if (issues.length > 0) throw new ValidationError(what, issues);
  return counts;
}

/**
 * Merges the counts of two parts of a corpus into the counts of both: documents in order of
 * position (then id), totals added. Associative and commutative, with the counts of no document
 * as its neutral element, so parts counted apart (streamed, in worker threads, on other machines)
 * merge into the same result in any order.
 *
 * @throws {ValidationError} when either is not a valid `TermCounts`, the two count different
 * terms or with another nesting rule, or a document (same position and id) is in both.
 * @example
 * ```ts
 * const a = await countCorpus([{ id: 'a', text: 'Security first.' }], ['security']);
 * const b = await countCorpus([{ id: 'b', text: 'No security, no safety.' }], ['security'], { start: 1 });
 * toRows(mergeTermCounts(b, a)).map((r) => [r.docId, r.count]); // [['a', 1], ['b', 1]]
 * ```
 */
export function mergeTermCounts(a: TermCounts, b: TermCounts): TermCounts {
  const left = checkTermCounts(a, 'term counts (first argument)');
  const right = checkTermCounts(b, 'term counts (second argument)');
  const same = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((v, i) => v === y[i]);
  if (!same(left.terms, right.terms) || !same(left.patterns, right.patterns)) {
    throw new ValidationError('term counts', [{ field: 'terms', message: 'the two counts are of different terms or patterns' }]);
  }
  if (left.nested !== right.nested) {
    throw new ValidationError('term counts', [{ field: 'nested', message: `one counts ${left.nested}, the other ${right.nested}` }]);
  }
  const documents: DocumentTermCounts[] = [];
  let i = 0;
  let j = 0;
  while (i < left.documents.length || j < right.documents.length) {
    const x = left.documents[i];
    const y = right.documents[j];
    const order = x === undefined ? 1 : y === undefined ? -1 : compareDocuments(x, y);
    if (order === 0) {
      throw new ValidationError('term counts', [
        { field: `documents.${i}`, message: `document "${x!.docId}" at position ${x!.position} is in both counts` },
      ]);
    }
    if (order < 0) documents.push(left.documents[i++]!);
    else documents.push(right.documents[j++]!);
  }
  return {
    terms: left.terms,
    patterns: left.patterns,
    nested: left.nested,
    documents,
    totals: {
      documents: left.totals.documents + right.totals.documents,
      tokens: left.totals.tokens + right.totals.tokens,
      counts: left.totals.counts.map((c, t) => c + right.totals.counts[t]!),
    },
  };
}

/**
 * The tidy rows of term counts: one row per document × term, zero counts included, documents in
 * order of position, terms in their order, the same rows (and JSON) as `countTerms` gives for the
 * same documents.
 *
 * @throws {ValidationError} when `counts` is not a valid `TermCounts`.
 * @example
 * ```ts
 * toRows(await countCorpus(['National security matters.'], ['security']));
 * // [{ docId: 'text1', term: 'security', count: 1, tokens: 3, per10k: 3333.33… }]
 * ```
 */
export function toRows(counts: TermCounts): WithProvenance<CountRow> {
  return rowsOf(checkTermCounts(counts, 'term counts'));
}

/**
 * {@link toRows} of counts this library built (no need to check them).
 *
 * @example
 * ```ts
 * rowsOf(builder.build()); // the rows of countTerms
 * ```
 */
export function rowsOf(checked: TermCounts): WithProvenance<CountRow> {
  const rows: CountRow[] = [];
  for (const doc of checked.documents) {
    const tokens = doc.tokens;
    checked.terms.forEach((term, t) => {
      const count = doc.counts[t]!;
      rows.push({ docId: doc.docId, term, count, tokens, per10k: tokens === 0 ? null : (count / tokens) * 10_000 });
    });
  }
  return withProvenance(rows, { nested: checked.nested });
}
