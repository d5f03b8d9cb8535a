import type { Document } from './document.js';
import { wink } from './wink.js';

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
function paragraphs(text: string, separator: RegExp): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    spans.push([start, match.index]);
    start = match.index + match[0].length;
  }
  spans.push([start, text.length]);
  return spans.filter(([s, e]) => text.slice(s, e).trim() !== '');
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
}

const WINK_KIND: Readonly<Record<string, TokenKind | undefined>> = {
  word: 'word',
  number: 'number',
  ordinal: 'number',
  punctuation: 'punctuation',
  symbol: 'symbol',
  currency: 'symbol',
  emoji: 'symbol',
  emoticon: 'symbol',
};

/**
 * Where to cut a piece of at most `max` UTF-16 units starting at `from`: after the last character
 * matching `preferBreak` in the piece's second half if there is one, else at `max`, moved back
 * off a low surrogate so that no code point is split.
 */
function cutPosition(text: string, from: number, max: number, preferBreak?: RegExp): number {
  if (preferBreak !== undefined) {
    for (let k = from + max; k > from + max / 2; k--) if (preferBreak.test(text[k - 1]!)) return k;
  }
  const cut = from + max;
  const code = text.charCodeAt(cut);
  return code >= 0xdc00 && code <= 0xdfff ? cut - 1 : cut;
}

// wink-nlp's tokenizer takes time quadratic in the length of a run without whitespace (20,000
// punctuation marks take 1.5 s, 200,000 would take minutes): longer runs are fed to it in pieces.
const MAX_WINK_RUN = 500;
const LONG_RUN = new RegExp(`\\S{${MAX_WINK_RUN + 1},}`, 'g');

/** Spans of [start, end) to give wink one at a time: no span has a whitespace-free run over the limit. */
function winkPieces(text: string, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  for (const run of text.slice(start, end).matchAll(LONG_RUN)) {
    const runStart = start + run.index;
    const runEnd = runStart + run[0].length;
    if (runStart > from) pieces.push([from, runStart]);
    for (let cut = runStart; cut < runEnd; ) {
      const next = runEnd - cut > MAX_WINK_RUN ? cutPosition(text, cut, MAX_WINK_RUN) : runEnd;
      pieces.push([cut, next]);
      cut = next;
    }
    from = runEnd;
  }
  if (from < end) pieces.push([from, end]);
  return pieces;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PUNCTUATION_ONLY = /^\p{P}+$/u;

/**
 * A token's kind: the tokenizer's `word` or `number` only if the token holds a letter or digit
 * (wink-nlp calls •, ，, « and → words, which would inflate the denominator of rates); otherwise
 * punctuation when every character is punctuation, else a symbol.
 */
function tokenKind(text: string, claimed: TokenKind | undefined): TokenKind {
  if (claimed === 'punctuation' || claimed === 'symbol') return claimed;
  if (claimed !== undefined && LETTER_OR_DIGIT.test(text)) return claimed;
  return PUNCTUATION_ONLY.test(text) ? 'punctuation' : 'symbol';
}

function segmentEnglish(text: string): Segmentation {
  const nlp = wink();
  const its = nlp.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const pieces = paragraphs(text, /\n[^\S\n]*\n/gu).flatMap(([start, end]) => winkPieces(text, start, end));
  for (const [pieceStart, pieceEnd] of pieces) {
    const doc = nlp.readDoc(text.slice(pieceStart, pieceEnd));
    const values = doc.tokens().out(its.value) as string[];
    const types = doc.tokens().out(its.type) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    // wink keeps every character (doc.out() is the input), so offsets are the running sum of
    // preceding spaces and token values; the check guards against a future change of that.
    const tokenStart: number[] = [];
    const tokenEnd: number[] = [];
    let cursor = pieceStart;
    for (let k = 0; k < values.length; k++) {
      const value = values[k]!;
      let start = cursor + spaces[k]!.length;
      if (!text.startsWith(value, start)) start = text.indexOf(value, cursor);
      const end = start + value.length;
      tokenStart.push(start);
      tokenEnd.push(end);
      cursor = end;
      const type = types[k]!;
      // wink emits an empty token inside ".." after a non-ASCII word ("naïve..a"): not a token.
      if (type === 'tabCRLF' || value === '') continue;
      tokens.push({ start, end, text: value, kind: tokenKind(value, WINK_KIND[type] ?? 'word') });
    }
    for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
      pushSentence(sentences, text, tokenStart[first]!, tokenEnd[last]!);
    }
  }
  return { tokens, sentences };
}

const CHINESE_SENTENCE_END = /[。！？!?]+[」』”’）)]*/gu;
// Intl.Segmenter slows down super-linearly on long strings (100,000 characters take 5–10 s): it
// gets one sentence at a time, and a sentence longer than this in pieces cut after a clause mark.
const MAX_SEGMENTER_INPUT = 1000;
const CLAUSE_BREAK = /[，；：、,;:\s]/u;
let chineseWords: Intl.Segmenter | undefined;

function segmentChinese(text: string): Segmentation {
  chineseWords ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const [lineStart, lineEnd] of paragraphs(text, /\r\n|\r|\n/gu)) {
    let sentenceStart = lineStart;
    const line = text.slice(lineStart, lineEnd);
    const ends = [...line.matchAll(CHINESE_SENTENCE_END)].map((m) => lineStart + m.index + m[0].length);
    if (ends[ends.length - 1] !== lineEnd) ends.push(lineEnd);
    for (const sentenceEnd of ends) {
      pushSentence(sentences, text, sentenceStart, sentenceEnd);
      for (let pieceStart = sentenceStart; pieceStart < sentenceEnd; ) {
        const pieceEnd =
          sentenceEnd - pieceStart > MAX_SEGMENTER_INPUT
            ? cutPosition(text, pieceStart, MAX_SEGMENTER_INPUT, CLAUSE_BREAK)
            : sentenceEnd;
        for (const segment of chineseWords.segment(text.slice(pieceStart, pieceEnd))) {
          if (/^\s+$/u.test(segment.segment)) continue;
          const start = pieceStart + segment.index;
          const claimed = segment.isWordLike ? (/^\p{N}+$/u.test(segment.segment) ? 'number' : 'word') : undefined;
          const kind = tokenKind(segment.segment, claimed);
          tokens.push({ start, end: start + segment.segment.length, text: segment.segment, kind });
        }
        pieceStart = pieceEnd;
      }
      sentenceStart = sentenceEnd;
    }
  }
  return { tokens, sentences };
}

const segmentations = new WeakMap<Document, Segmentation>();

/**
 * Tokens and sentences of a document: English through wink-nlp (sentences within paragraphs,
 * which are separated by blank lines), Chinese through `Intl.Segmenter` with sentences ending at
 * 。！？ and at line breaks. Cached per document object.
 *
 * @example
 * ```ts
 * const { tokens, sentences } = segment(createDocument('Security matters. So does safety.'));
 * sentences.length; // 2
 * ```
 */
export function segment(doc: Document): Segmentation {
  let result = segmentations.get(doc);
  if (result === undefined) {
    result = doc.lang === 'zh' ? segmentChinese(doc.text) : segmentEnglish(doc.text);
    segmentations.set(doc, result);
  }
  return result;
}

/** True for the tokens that count as words in rates per token: words and numbers. */
export function isCountedToken(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'number';
}
