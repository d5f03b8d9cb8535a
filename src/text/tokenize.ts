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

function segmentEnglish(text: string): Segmentation {
  const nlp = wink();
  const its = nlp.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const [paraStart, paraEnd] of paragraphs(text, /\n[^\S\n]*\n/gu)) {
    const doc = nlp.readDoc(text.slice(paraStart, paraEnd));
    const values = doc.tokens().out(its.value) as string[];
    const types = doc.tokens().out(its.type) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    // wink keeps every character (doc.out() is the input), so offsets are the running sum of
    // preceding spaces and token values; the check guards against a future change of that.
    const tokenStart: number[] = [];
    const tokenEnd: number[] = [];
    let cursor = paraStart;
    for (let k = 0; k < values.length; k++) {
      const value = values[k]!;
      let start = cursor + spaces[k]!.length;
      if (!text.startsWith(value, start)) start = text.indexOf(value, cursor);
      const end = start + value.length;
      tokenStart.push(start);
      tokenEnd.push(end);
      cursor = end;
      const type = types[k]!;
      if (type === 'tabCRLF') continue;
      tokens.push({ start, end, text: value, kind: WINK_KIND[type] ?? 'word' });
    }
    for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
      pushSentence(sentences, text, tokenStart[first]!, tokenEnd[last]!);
    }
  }
  return { tokens, sentences };
}

const CHINESE_SENTENCE_END = /[。！？!?]+[」』”’）)]*/gu;
let chineseWords: Intl.Segmenter | undefined;

function segmentChinese(text: string): Segmentation {
  // Intl.Segmenter slows down super-linearly on long strings: feed it one sentence at a time.
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
      for (const segment of chineseWords.segment(text.slice(sentenceStart, sentenceEnd))) {
        if (/^\s+$/u.test(segment.segment)) continue;
        const start = sentenceStart + segment.index;
        const kind: TokenKind = segment.isWordLike
          ? /^\p{N}+$/u.test(segment.segment) ? 'number' : 'word'
          : /^\p{P}+$/u.test(segment.segment) ? 'punctuation' : 'symbol';
        tokens.push({ start, end: start + segment.segment.length, text: segment.segment, kind });
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
