import type { Document } from './document.js';
import { wink } from './wink.js';
import { cutPosition, paragraphs, pushSentence, tokenKind, type Segmentation, type Sentence, type Token, type TokenKind } from './token.js';
import { segmentChinese } from './segmentChinese.js';
import { segmentations } from './segmentCache.js';

export { isCountedToken, type Segmentation, type Sentence, type Token, type TokenKind } from './token.js';
export { countChineseWords } from './segmentChinese.js';
export { segmentIfCached } from './segmentCache.js';

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

