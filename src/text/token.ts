// Tokens and sentences as the library gives them, and the helpers both segmenters share; no
// tokenizer is imported here, so that counting (which needs only these) loads no NLP model.

/** What a token is; only `word` and `number` tokens count in rates per token. */
export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol';

/** A token with its span in the original text (UTF-16 offsets, end exclusive). */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
}

/** A sentence with its span in the original text, trimmed of surrounding whitespace. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Tokens and sentences of one document, produced in one pass. */
export interface Segmentation {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/** Paragraph spans: text between blank lines (English) or between line breaks (Chinese). */
export function paragraphs(text: string, separator: RegExp): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    spans.push([start, match.index]);
    start = match.index + match[0].length;
  }
  spans.push([start, text.length]);
  return spans.filter(([s, e]) => text.slice(s, e).trim() !== '');
}

export function pushSentence(sentences: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
}

/**
 * Where to cut a piece of at most `max` UTF-16 units starting at `from`: after the last character
 * matching `preferBreak` in the piece's second half if there is one, else at `max`, moved back
 * off a low surrogate so that no code point is split.
 */
export function cutPosition(text: string, from: number, max: number, preferBreak?: RegExp): number {
  if (preferBreak !== undefined) {
    for (let k = from + max; k > from + max / 2; k--) if (preferBreak.test(text[k - 1]!)) return k;
  }
  const cut = from + max;
  const code = text.charCodeAt(cut);
  return code >= 0xdc00 && code <= 0xdfff ? cut - 1 : cut;
}

export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PUNCTUATION_ONLY = /^\p{P}+$/u;

/**
 * A token's kind: the tokenizer's `word` or `number` only if the token holds a letter or digit
 * (wink-nlp calls •, ，, « and → words, which would inflate the denominator of rates); otherwise
 * punctuation when every character is punctuation, else a symbol.
 */
export function tokenKind(text: string, claimed: TokenKind | undefined): TokenKind {
  if (claimed === 'punctuation' || claimed === 'symbol') return claimed;
  if (claimed !== undefined && LETTER_OR_DIGIT.test(text)) return claimed;
  return PUNCTUATION_ONLY.test(text) ? 'punctuation' : 'symbol';
}

/** True for the tokens that count as words in rates per token: words and numbers. */
export function isCountedToken(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'number';
}
