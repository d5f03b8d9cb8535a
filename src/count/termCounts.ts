import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { validate } from '../validate.js';
import type { Document } from '../text/document.js';
import { isCountedToken } from '../text/token.js';
import { countChineseWords } from '../text/segmentChinese.js';
import { segmentIfCached } from '../text/segmentCache.js';
import { countWordTokens } from '../text/countWordTokens.js';
import { countCharacters } from '../text/countCharacters.js';
import { normalizeText } from '../text/normalize.js';
import type { Term } from '../patterns/terms.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { compareCodePoints } from '../text/compareCodePoints.js';
import type { NestedScope } from './nested.js';
import type { RateBase } from './rateBase.js';
import { compileMatcher } from './termMatcher.js';
import { countTermMatches } from './termSpans.js';

/** One document × term: a tidy row, with the rate per 10,000 tokens (the default). */
export interface CountRow {
  readonly docId: string;
  readonly term: string;
  readonly count: number;
  /** Word and number tokens in the document (punctuation and whitespace excluded). */
  readonly tokens: number;
  /** `count` per 10,000 tokens; `null` when the document has no tokens. */
  readonly per10k: number | null;
}

/** One document × term counted with `per: 'characters'`: the rate per 10,000 characters. */
export interface CharacterCountRow {
  readonly docId: string;
  readonly term: string;
  readonly count: number;
  /**
   * Not counted: `null`. Counting Chinese tokens needs a word segmenter, the slow part of counting
   * that a rate per character is meant to do without; count with `per: 'tokens'` to have them.
   */
  readonly tokens: null;
  /** Letters and digits in the document's original text, as {@link countCharacters} counts them. */
  readonly characters: number;
  /** `count` per 10,000 characters; `null` when the document has none. */
  readonly per10k: number | null;
}

/** The counts of one document, rates per token: what is kept of it once it is counted. */
export interface DocumentTokenCounts {
  /** Where the document stands in its corpus (0-based): the order of rows. */
  readonly position: number;
  readonly docId: string;
  /** Word and number tokens, as {@link countTokens} counts them. */
  readonly tokens: number;
  /** One count per term, in the order of `TermCounts.terms`. */
  readonly counts: readonly number[];
}

/** The counts of one document, rates per character (tokens are not counted). */
export interface DocumentCharacterCounts {
  readonly position: number;
  readonly docId: string;
  readonly tokens: null;
  /** Letters and digits of the original text, as {@link countCharacters} counts them. */
  readonly characters: number;
  readonly counts: readonly number[];
}

/** The counts of one document: per token (`tokens` a number) or per character (`tokens` null). */
export type DocumentTermCounts = DocumentTokenCounts | DocumentCharacterCounts;

/** Term counts with rates per 10,000 tokens (the default; `per` absent). */
export interface TokenTermCounts {
  /** Term labels, in the order of the counts. */
  readonly terms: readonly string[];
  /** Each term's pattern as written. */
  readonly patterns: readonly string[];
  readonly nested: NestedScope;
  /** Absent in counts this library builds, so that they stay as they were before `per` existed. */
  readonly per?: 'tokens';
  /** One entry per document, sorted by position, then by id. */
  readonly documents: readonly DocumentTokenCounts[];
  readonly totals: {
    readonly documents: number;
    readonly tokens: number;
    readonly counts: readonly number[];
  };
}

/** Term counts with rates per 10,000 characters (`per: 'characters'`). */
export interface CharacterTermCounts {
  readonly terms: readonly string[];
  readonly patterns: readonly string[];
  readonly nested: NestedScope;
  readonly per: 'characters';
  readonly documents: readonly DocumentCharacterCounts[];
  readonly totals: {
    readonly documents: number;
    readonly tokens: null;
    readonly characters: number;
    readonly counts: readonly number[];
  };
}

/**
 * Term counts of a corpus, small enough to keep while the texts stream by, and mergeable: counts of
 * parts of a corpus merge into the counts of the whole ({@link mergeTermCounts}), in any grouping
 * and order. Plain data: it survives `JSON.stringify` and `structuredClone` (worker threads).
 * Counts per token carry no `per` field; counts per character carry `per: 'characters'` and the
 * characters of each document and in the totals.
 */
export type TermCounts = TokenTermCounts | CharacterTermCounts;

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
 * An empty count of `terms`: the neutral element of {@link mergeTermCounts}. With `per` =
 * `characters` the counts carry characters instead of tokens.
 *
 * @example
 * ```ts
 * emptyTermCounts(compileTerms(['security']), 'inclusive').totals; // { documents: 0, tokens: 0, counts: [0] }
 * emptyTermCounts(compileTerms(['安全']), 'inclusive', 'characters').totals;
 * // { documents: 0, tokens: null, characters: 0, counts: [0] }
 * ```
 */
export function emptyTermCounts(terms: readonly Term[], nested: NestedScope, per?: 'tokens'): TokenTermCounts;
export function emptyTermCounts(terms: readonly Term[], nested: NestedScope, per: 'characters'): CharacterTermCounts;
export function emptyTermCounts(terms: readonly Term[], nested: NestedScope, per?: RateBase): TermCounts;
export function emptyTermCounts(terms: readonly Term[], nested: NestedScope, per: RateBase = 'tokens'): TermCounts {
  const labels = terms.map((term) => term.label);
  const patterns = terms.map((term) => term.pattern.source);
  const counts = terms.map(() => 0);
  if (per === 'characters') {
    return { terms: labels, patterns, nested, per, documents: [], totals: { documents: 0, tokens: null, characters: 0, counts } };
  }
  return { terms: labels, patterns, nested, documents: [], totals: { documents: 0, tokens: 0, counts } };
}

/**
 * The counts of one document at `position`: one scan for every term, and the denominator: tokens
 * ({@link countTokens}), or with `per` = `characters` the letters and digits of the original text
 * ({@link countCharacters}) and no tokens, so that Chinese is counted without a word segmenter.
 *
 * @example
 * ```ts
 * countDocument(createDocument('Security first.'), compileTerms(['security']), 'inclusive', 0);
 * // { position: 0, docId: 'text1', tokens: 2, counts: [1] }
 * countDocument(createDocument('维护国家安全。'), compileTerms(['安全']), 'inclusive', 0, 'characters');
 * // { position: 0, docId: 'text1', tokens: null, characters: 6, counts: [1] }
 * ```
 */
export function countDocument(doc: Document, terms: readonly Term[], nested: NestedScope, position: number, per: RateBase = 'tokens'): DocumentTermCounts {
  const matcher = compileMatcher(terms);
  const counts = countTermMatches(matcher, normalizeText(doc.text).text, nested);
  if (per === 'characters') return { position, docId: doc.id, tokens: null, characters: countCharacters(doc.text), counts };
  return { position, docId: doc.id, tokens: countTokens(doc), counts };
}

/**
 * Builds term counts one document at a time, each after the ones before it (appending keeps the
 * order without merging). The documents added must be counted per what `base` is counted per.
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
  private characters = 0;
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
    if (counts.tokens === null) this.characters += counts.characters;
    else this.tokens += counts.tokens;
    counts.counts.forEach((count, t) => (this.totals[t]! += count));
  }

  build(): TermCounts {
    const documents = this.documents.length;
    if (this.base.per === 'characters') {
      return {
        ...this.base,
        documents: this.documents as DocumentCharacterCounts[],
        totals: { documents, tokens: null, characters: this.characters, counts: this.totals },
      };
    }
    return { ...this.base, documents: this.documents as DocumentTokenCounts[], totals: { documents, tokens: this.tokens, counts: this.totals } };
  }
}

const count = z.number().int().nonnegative();
const termsShape = {
  terms: z.array(z.string()),
  patterns: z.array(z.string()),
  nested: z.enum(['inclusive', 'exclusive']),
};
const TokenTermCountsSchema = z.object({
  ...termsShape,
  per: z.literal('tokens').optional(),
  documents: z.array(z.object({ position: z.number().int(), docId: z.string(), tokens: count, counts: z.array(count) })),
  totals: z.object({ documents: count, tokens: count, counts: z.array(count) }),
});
const CharacterTermCountsSchema = z.object({
  ...termsShape,
  per: z.literal('characters'),
  documents: z.array(z.object({ position: z.number().int(), docId: z.string(), tokens: z.null(), characters: count, counts: z.array(count) })),
  totals: z.object({ documents: count, tokens: z.null(), characters: count, counts: z.array(count) }),
});

/** What counts are counted per: `tokens` when they say nothing (counts made before `per` existed). */
const rateBaseOf = (counts: TermCounts): RateBase => counts.per ?? 'tokens';

const compareDocuments = (a: DocumentTermCounts, b: DocumentTermCounts): number =>
  a.position - b.position || compareCodePoints(a.docId, b.docId);

function checkTermCounts(value: unknown, what: string): TermCounts {
  const perCharacter = typeof value === 'object' && value !== null && (value as { per?: unknown }).per === 'characters';
  const counts = (perCharacter ? validate(CharacterTermCountsSchema, value, what) : validate(TokenTermCountsSchema, value, what)) as TermCounts;
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
 * terms, with another nesting rule or per another rate base (tokens, characters), or a document
 * (same position and id) is in both.
 * @example
 * ```ts
 * const a = await countCorpus([{ id: 'a', text: 'Security first.' }], ['security']);
 * const b = await countCorpus([{ id: 'b', text: 'No security, no safety.' }], ['security'], { start: 1 });
 * toRows(mergeTermCounts(b, a)).map((r) => [r.docId, r.count]); // [['a', 1], ['b', 1]]
 * ```
 */
export function mergeTermCounts(a: CharacterTermCounts, b: CharacterTermCounts): CharacterTermCounts;
export function mergeTermCounts(a: TokenTermCounts, b: TokenTermCounts): TokenTermCounts;
export function mergeTermCounts(a: TermCounts, b: TermCounts): TermCounts;
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
  const per = rateBaseOf(left);
  if (per !== rateBaseOf(right)) {
    throw new ValidationError('term counts', [{ field: 'per', message: `one counts per ${per}, the other per ${rateBaseOf(right)}` }]);
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
  const counts = left.totals.counts.map((c, t) => c + right.totals.counts[t]!);
  const base = { terms: left.terms, patterns: left.patterns, nested: left.nested };
  if (left.per === 'characters' && right.per === 'characters') {
    return {
      ...base,
      per: 'characters',
      documents: documents as DocumentCharacterCounts[],
      totals: {
        documents: left.totals.documents + right.totals.documents,
        tokens: null,
        characters: left.totals.characters + right.totals.characters,
        counts,
      },
    };
  }
  return {
    ...base,
    documents: documents as DocumentTokenCounts[],
    totals: {
      documents: left.totals.documents + right.totals.documents,
      tokens: (left.totals.tokens ?? 0) + (right.totals.tokens ?? 0),
      counts,
    },
  };
}

/**
 * The tidy rows of term counts: one row per document × term, zero counts included, documents in
 * order of position, terms in their order, the same rows (and JSON) as `countTerms` gives for the
 * same documents and options. Counts per character give {@link CharacterCountRow}s.
 *
 * @throws {ValidationError} when `counts` is not a valid `TermCounts`.
 * @example
 * ```ts
 * toRows(await countCorpus(['National security matters.'], ['security']));
 * // [{ docId: 'text1', term: 'security', count: 1, tokens: 3, per10k: 3333.33… }]
 * toRows(await countCorpus(['维护国家安全。'], ['安全'], { per: 'characters' }));
 * // [{ docId: 'text1', term: '安全', count: 1, tokens: null, characters: 6, per10k: 1666.66… }]
 * ```
 */
export function toRows(counts: CharacterTermCounts): WithProvenance<CharacterCountRow>;
export function toRows(counts: TokenTermCounts): WithProvenance<CountRow>;
export function toRows(counts: TermCounts): WithProvenance<CountRow | CharacterCountRow>;
export function toRows(counts: TermCounts): WithProvenance<CountRow | CharacterCountRow> {
  return rowsOf(checkTermCounts(counts, 'term counts'));
}

/** `count` per 10,000 of `base`, or `null` when there is nothing to count per. */
const per10k = (count: number, base: number): number | null => (base === 0 ? null : (count / base) * 10_000);

/**
 * {@link toRows} of counts this library built (no need to check them). The provenance records
 * the nesting rule, and `per` when it is `characters` (so that rows per token keep the provenance
 * they had before `per` existed).
 *
 * @example
 * ```ts
 * rowsOf(builder.build()); // the rows of countTerms
 * ```
 */
export function rowsOf(checked: CharacterTermCounts): WithProvenance<CharacterCountRow>;
export function rowsOf(checked: TokenTermCounts): WithProvenance<CountRow>;
export function rowsOf(checked: TermCounts): WithProvenance<CountRow | CharacterCountRow>;
export function rowsOf(checked: TermCounts): WithProvenance<CountRow | CharacterCountRow> {
  if (checked.per === 'characters') {
    const rows: CharacterCountRow[] = [];
    for (const { docId, characters, counts } of checked.documents) {
      checked.terms.forEach((term, t) => {
        const count = counts[t]!;
        rows.push({ docId, term, count, tokens: null, characters, per10k: per10k(count, characters) });
      });
    }
    return withProvenance(rows, { nested: checked.nested, per: checked.per });
  }
  const rows: CountRow[] = [];
  for (const { docId, tokens, counts } of checked.documents) {
    checked.terms.forEach((term, t) => {
      const count = counts[t]!;
      rows.push({ docId, term, count, tokens, per10k: per10k(count, tokens) });
    });
  }
  return withProvenance(rows, { nested: checked.nested });
}
