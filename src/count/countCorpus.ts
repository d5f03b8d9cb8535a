import { DocumentError, OptionError } from '../errors.js';
import { createDocument, createDocuments, type Document, type DocumentInput } from '../text/document.js';
import { compileTerms, type TermInput } from '../patterns/terms.js';
import { checkNestedScope } from './nested.js';
import type { CountOptions } from './matches.js';
import { checkRateBase, type RateOptions } from './rateBase.js';
import { countDocument, emptyTermCounts, TermCountsBuilder, type CharacterTermCounts, type TermCounts, type TokenTermCounts } from './termCounts.js';

/** Options of {@link countCorpus}: how overlapping terms count, what rates are per, and where the part starts. */
export interface CountCorpusOptions extends CountOptions, RateOptions {
  /** Position of the first document in the whole corpus, when this is one part of it; default 0. */
  readonly start?: number;
}

type CorpusInput = DocumentInput | Document | string;
type Docs = AsyncIterable<CorpusInput> | Iterable<CorpusInput>;
type Terms = Iterable<TermInput> | TermInput;

/**
 * Counts terms over a corpus read one document at a time: each document is counted and let go, so
 * memory holds the counts, not the texts, and a corpus larger than memory can be counted (feed it
 * `streamCorpus` documents). `toRows` of the result gives the rows `countTerms` gives for the same
 * documents; `mergeTermCounts` adds the counts of other parts of the corpus. With `per:
 * 'characters'` each document keeps its characters (`countCharacters` of the original text)
 * instead of its tokens, and the counts say `per: 'characters'`.
 *
 * @throws {PatternError} for a malformed term; {DocumentError} for an invalid or repeated document
 * (as `countTerms`); {OptionError} for a bad `nested`, `per` or `start`.
 * @example
 * ```ts
 * async function* documents() {
 *   for await (const item of streamCorpus('corpus/')) if ('document' in item) yield item.document;
 * }
 * const rows = toRows(await countCorpus(documents(), ['national security', '国家安全']));
 * ```
 */
export function countCorpus(docs: Docs, terms: Terms, options: CountCorpusOptions & { readonly per: 'characters' }): Promise<CharacterTermCounts>;
export function countCorpus(docs: Docs, terms: Terms, options?: CountCorpusOptions & { readonly per?: 'tokens' }): Promise<TokenTermCounts>;
export function countCorpus(docs: Docs, terms: Terms, options?: CountCorpusOptions): Promise<TermCounts>;
export async function countCorpus(docs: Docs, terms: Terms, options: CountCorpusOptions = {}): Promise<TermCounts> {
  const nested = checkNestedScope(options.nested);
  const per = checkRateBase(options.per);
  const start = options.start ?? 0;
  if (!Number.isSafeInteger(start) || start < 0) throw new OptionError('start', `expected a whole number >= 0, got ${String(start)}`);
  const compiled = compileTerms(terms);
  const counts = new TermCountsBuilder(emptyTermCounts(compiled, nested, per));
  // Ids only, to refuse a repeated document as countTerms does; the texts are not kept.
  const seen = new Set<string>();
  let position = 0;
  const add = (input: CorpusInput): void => {
    const doc = typeof input === 'string' ? createDocument(input, position) : createDocuments([input])[0]!;
    if (seen.has(doc.id)) throw new DocumentError(`Duplicate document id "${doc.id}"`, { docId: doc.id });
    seen.add(doc.id);
    counts.add(countDocument(doc, compiled, nested, start + position, per));
    position++;
  };
  if (typeof docs === 'object' && docs !== null && Symbol.asyncIterator in docs) {
    for await (const input of docs) add(input);
  } else if (typeof docs === 'object' && docs !== null && Symbol.iterator in docs) {
    for (const input of docs) add(input);
  } else {
    // One document where a list is expected, as countTerms takes it.
    add(docs as CorpusInput);
  }
  return counts.build();
}
