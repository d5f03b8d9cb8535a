import type { Document } from '../text/document.js';
import { segment } from '../text/tokenize.js';
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

const LINE_OR_TAB = /[\t\r\n]/u;

/**
 * English tokens of `[start, end)` of the document with wink-nlp's POS tags, lemmas and negation
 * flags. wink keeps every character of its input, so a token's offset is the running sum of the
 * preceding spaces and token values (the same reckoning as `segment`).
 */
export function englishTokens(doc: Document, start: number, end: number): RuleToken[] {
  const nlp = wink();
  const its = nlp.its;
  const text = doc.text.slice(start, end);
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  // Only a tab or a line break makes a token of wink's type tabCRLF: most sentences need no types.
  const types = LINE_OR_TAB.test(text) ? (tokens.out(its.type) as string[]) : undefined;
  const pos = tokens.out(its.pos) as string[];
  // wink's typings give lemma() a third parameter (the model addons) that out() supplies itself.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const negations = tokens.out(its.negationFlag) as unknown as boolean[];
  const result: RuleToken[] = [];
  let cursor = start;
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    let at = cursor + spaces[k]!.length;
    if (!doc.text.startsWith(value, at)) at = doc.text.indexOf(value, cursor);
    if (at < 0 || at + value.length > end) break;
    cursor = at + value.length;
    if (types?.[k] === 'tabCRLF') continue;
    result.push({
      start: at,
      end: cursor,
      text: value,
      lower: value.toLowerCase(),
      pos: pos[k]!,
      lemma: lemmas[k]!.toLowerCase(),
      negated: negations[k] === true,
    });
  }
  return result;
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
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const result: RuleToken[] = [];
  for (let k = lo; k < all.length && all[k]!.end <= end; k++) {
    const t = all[k]!;
    const normalized = normalizeText(t.text).text;
    result.push({ start: t.start, end: t.end, text: t.text, lower: normalized, pos: '', lemma: normalized, negated: false });
  }
  return result;
}

/** Index of the first token that ends after `offset` (binary search); `tokens.length` if none. */
export function tokenAt(tokens: readonly RuleToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The trigger of a token span: its original text and offsets. */
export function triggerOf(doc: Document, start: number, end: number): { text: string; start: number; end: number } {
  return { text: doc.text.slice(start, end), start, end };
}
