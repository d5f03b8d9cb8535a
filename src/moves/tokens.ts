import { bisector } from 'd3-array';
import type { Document } from '../text/document.js';
import { segment } from '../text/tokenize.js';
import type { Token } from '../text/token.js';
import { tagEnglish } from '../text/tagEnglish.js';
import { readEnglish, type EnglishTags } from '../text/readEnglish.js';
import { normalizeText } from '../text/normalize.js';
import type { ItsFunction } from 'wink-nlp';
import { wink } from '../text/wink.js';

/** A token of a sentence as the rules read it; offsets into the original document text. */
export interface RuleToken {
  readonly start: number;
  readonly end: number;
  /** The original text. */
  readonly text: string;
  /**
   * The text as the cue lists are written: lower-cased; for Chinese also normalized as matching
   * normalizes it (NFKC, traditional to simplified), so that 成為 reads as 成为.
   */
  readonly lower: string;
  /** Universal POS tag from wink-nlp (English); `''` for Chinese. */
  readonly pos: string;
  /** Lemma from wink-nlp (English); for Chinese the word as `lower` gives it. */
  readonly lemma: string;
  /** wink-nlp's negation flag (English): the token lies in the scope of a negation. */
  readonly negated: boolean;
}

/**
 * English tokens of `[start, end)` of the document with wink-nlp's POS tags, lemmas and negation
 * flags. They come from the reading of the whole document (`tagEnglish`, one wink-nlp pass per
 * paragraph, shared with `segment`), so a sentence is tagged in the context of its paragraph.
 * A span that cuts through one of that reading's tokens (a span given by the caller, not one of
 * the document's sentences) is read through wink-nlp on its own.
 */
export function englishTokens(doc: Document, start: number, end: number): RuleToken[] {
  const { tokens, tags } = tagEnglish(doc);
  const first = tokenAt(tokens, start);
  let last = first;
  while (last < tokens.length && tokens[last]!.end <= end) last++;
  const cutsToken = (first < tokens.length && tokens[first]!.start < start) || (last < tokens.length && tokens[last]!.start < end);
  if (cutsToken) return englishTokensAlone(doc, start, end);
  const result: RuleToken[] = [];
  for (let k = first; k < last; k++) result.push(ruleToken(tokens[k]!, tags, k, 0));
  return result;
}

/** Token `k` of a tagged reading as the rules read it; `shift` is added to its offsets. */
function ruleToken(t: Token, tags: EnglishTags, k: number, shift: number): RuleToken {
  const { start, end, text } = t;
  return { start: start + shift, end: end + shift, text, lower: text.toLowerCase(), pos: tags.pos[k]!, lemma: tags.lemma[k]!, negated: tags.negated[k] === 1 };
}

/**
 * English tokens of `[start, end)` read through wink-nlp on their own, as `readEnglish` reads a
 * text, with offsets into the document.
 */
export function englishTokensAlone(doc: Document, start: number, end: number): RuleToken[] {
  const { tokens, tags } = readEnglish(doc.text.slice(start, end), true);
  return tokens.map((t, k) => ruleToken(t, tags, k, start));
}

const verbReadings = new Map<string, boolean>();

/**
 * Whether an English word has a base-form verb reading: wink-nlp tags it VERB, with itself as
 * lemma, in the frame "to WORD the". Used for the first word of a clause, which the tagger often
 * reads as a noun when it is capitalised ("Mandate that …", "Reform power markets …"). Cached per word.
 */
export function canBeBaseVerb(word: string): boolean {
  const lower = word.toLowerCase();
  let reading = verbReadings.get(lower);
  if (reading === undefined) {
    reading = false;
    if (/^[a-z][a-z-]*[a-z]$/u.test(lower)) {
      const nlp = wink();
      const tokens = nlp.readDoc(`to ${lower} the`).tokens();
      const pos = tokens.out(nlp.its.pos) as string[];
      const lemmas = tokens.out(nlp.its.lemma as unknown as ItsFunction<string>) as string[];
      reading = pos.length === 3 && pos[1] === 'VERB' && lemmas[1]?.toLowerCase() === lower;
    }
    verbReadings.set(lower, reading);
  }
  return reading;
}

/**
 * Chinese words of `[start, end)` from the library's segmentation (`Intl.Segmenter`), each with
 * its simplified form in `lower`: traditional and simplified text read the same.
 */
export function chineseTokens(doc: Document, start: number, end: number): RuleToken[] {
  const all = segment(doc).tokens;
  const result: RuleToken[] = [];
  for (let k = firstStartingFrom(all, start); k < all.length && all[k]!.end <= end; k++) {
    const t = all[k]!;
    const normalized = normalizeText(t.text).text;
    result.push({ start: t.start, end: t.end, text: t.text, lower: normalized, pos: '', lemma: normalized, negated: false });
  }
  return result;
}

const firstStartingFrom = bisector((span: { readonly start: number }) => span.start).left;
const firstEndingAfter = bisector((span: { readonly end: number }) => span.end).right;

/**
 * Index of the first token (or any span, of sorted disjoint spans) that ends after `offset`, by
 * binary search; `tokens.length` if none. It is also the number of spans that end by `offset`.
 */
export function tokenAt(tokens: readonly { readonly end: number }[], offset: number): number {
  return firstEndingAfter(tokens, offset);
}

/** The trigger of a token span: its original text and offsets. */
export function triggerOf(doc: Document, start: number, end: number): { text: string; start: number; end: number } {
  return { text: doc.text.slice(start, end), start, end };
}
