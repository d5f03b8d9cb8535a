import type { ItsFunction } from 'wink-nlp';
import { wink } from './wink.js';
import { cutPosition, paragraphs, pushSentence, tokenKind, type Segmentation, type Sentence, type Token, type TokenKind } from './token.js';

/** wink-nlp's reading of each token of a segmentation, in the order of its tokens. */
export interface EnglishTags {
  /** Universal POS tag. */
  readonly pos: readonly string[];
  /** Lemma, lower-cased. */
  readonly lemma: readonly string[];
  /** 1 where the token lies in the scope of a negation. */
  readonly negated: Uint8Array;
}

/** A segmentation with wink-nlp's tags of every token. */
export interface TaggedSegmentation extends Segmentation {
  readonly tags: EnglishTags;
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

// wink-nlp's tokenizer takes time quadratic in the length of a run without whitespace (20,000
// punctuation marks take 1.5 s, 200,000 would take minutes): longer runs are fed to it in pieces.
const MAX_WINK_RUN = 500;

/**
 * Whether `[start, end)` of the text has a run of more than MAX_WINK_RUN UTF-16 units that `\s`
 * does not match: what LONG_RUN would find there.
 */
export function hasLongRun(text: string, start: number, end: number): boolean {
  let run = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    // Every character that \s matches is one of these or at least U+1680.
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x1680 && /\s/u.test(text[k]!));
    run = space ? 0 : run + 1;
    if (run > MAX_WINK_RUN) return true;
  }
  return false;
}

const LONG_RUN = new RegExp(`\\S{${MAX_WINK_RUN + 1},}`, 'g');

/** Spans of [start, end) to give wink one at a time: no span has a whitespace-free run over the limit. */
function winkPieces(text: string, start: number, end: number): [number, number][] {
  // Most paragraphs have no long run: a loop over character codes says so faster than the regex.
  if (!hasLongRun(text, start, end)) return [[start, end]];
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

/**
 * English text through wink-nlp, a paragraph (text between blank lines) at a time: tokens with
 * their offsets, sentences, and with `tagged` wink's POS tag, lemma and negation flag of every
 * token, taken from the same reading.
 */
export function readEnglish(text: string, tagged: true): TaggedSegmentation;
export function readEnglish(text: string, tagged: boolean): Segmentation;
export function readEnglish(text: string, tagged: boolean): Segmentation | TaggedSegmentation {
  const nlp = wink();
  const its = nlp.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const pos: string[] = [];
  const lemma: string[] = [];
  const negated: number[] = [];
  const pieces = paragraphs(text, /\n[^\S\n]*\n/gu).flatMap(([start, end]) => winkPieces(text, start, end));
  for (const [pieceStart, pieceEnd] of pieces) {
    const doc = nlp.readDoc(text.slice(pieceStart, pieceEnd));
    const all = doc.tokens();
    const values = all.out(its.value) as string[];
    const types = all.out(its.type) as string[];
    const spaces = all.out(its.precedingSpaces) as string[];
    const tags = tagged
      ? {
          pos: all.out(its.pos) as string[],
          // wink's typings give lemma() a third parameter (the model addons) that out() supplies itself.
          lemma: all.out(its.lemma as unknown as ItsFunction<string>) as string[],
          negated: all.out(its.negationFlag) as unknown as boolean[],
        }
      : undefined;
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
      if (tags !== undefined) {
        pos.push(tags.pos[k]!);
        lemma.push(tags.lemma[k]!.toLowerCase());
        negated.push(tags.negated[k] === true ? 1 : 0);
      }
    }
    for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
      pushSentence(sentences, text, tokenStart[first]!, tokenEnd[last]!);
    }
  }
  return tagged ? { tokens, sentences, tags: { pos, lemma, negated: Uint8Array.from(negated) } } : { tokens, sentences };
}
