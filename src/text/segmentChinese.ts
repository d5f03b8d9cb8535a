import { simplifyInPlace } from './normalize.js';
import { cutPosition, LETTER_OR_DIGIT, paragraphs, pushSentence, tokenKind, type Segmentation, type Sentence, type Token } from './token.js';

const CHINESE_SENTENCE_END = /[。！？!?]+[」』”’）)]*/gu;
// Intl.Segmenter slows down super-linearly on long strings (100,000 characters take 5–10 s): it
// gets one sentence at a time, and a sentence longer than this in pieces cut after a clause mark.
const MAX_SEGMENTER_INPUT = 1000;
const CLAUSE_BREAK = /[，；：、,;:\s]/u;
let chineseWords: Intl.Segmenter | undefined;

/**
 * Walks Chinese text as `segment` reads it: lines (blank ones skipped), sentences ending at 。！？
 * within a line, and pieces of at most MAX_SEGMENTER_INPUT characters of each sentence, the
 * spans Intl.Segmenter is given.
 */
function walkChinese(text: string, onSentence: (start: number, end: number) => void, onPiece: (start: number, end: number) => void): void {
  for (const [lineStart, lineEnd] of paragraphs(text, /\r\n|\r|\n/gu)) {
    let sentenceStart = lineStart;
    const line = text.slice(lineStart, lineEnd);
    const ends = [...line.matchAll(CHINESE_SENTENCE_END)].map((m) => lineStart + m.index + m[0].length);
    if (ends[ends.length - 1] !== lineEnd) ends.push(lineEnd);
    for (const sentenceEnd of ends) {
      onSentence(sentenceStart, sentenceEnd);
      for (let pieceStart = sentenceStart; pieceStart < sentenceEnd; ) {
        const pieceEnd =
          sentenceEnd - pieceStart > MAX_SEGMENTER_INPUT
            ? cutPosition(text, pieceStart, MAX_SEGMENTER_INPUT, CLAUSE_BREAK)
            : sentenceEnd;
        onPiece(pieceStart, pieceEnd);
        pieceStart = pieceEnd;
      }
      sentenceStart = sentenceEnd;
    }
  }
}

/**
 * Tokens and sentences of Chinese text through `Intl.Segmenter`: sentences end at 。！？ and at
 * line breaks; the segmenter gets one sentence (or a piece of a long one) at a time, in simplified
 * characters (`simplifyInPlace`), so that a traditional text has the words of its simplified form
 * (ICU keeps 呈現出 whole but splits 呈现|出); tokens keep the original text and offsets.
 *
 * @example
 * ```ts
 * segmentChinese('维护国家安全。发展人工智能。').sentences.length; // 2
 * ```
 */
export function segmentChinese(text: string): Segmentation {
  chineseWords ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words = chineseWords;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // The segmenter reads the simplified form (same offsets), so that both scripts give the same words.
  const simplified = simplifyInPlace(text);
  walkChinese(
    text,
    (start, end) => pushSentence(sentences, text, start, end),
    (pieceStart, pieceEnd) => {
      for (const segment of words.segment(simplified.slice(pieceStart, pieceEnd))) {
        if (/^\s+$/u.test(segment.segment)) continue;
        const start = pieceStart + segment.index;
        const end = start + segment.segment.length;
        const claimed = segment.isWordLike ? (/^\p{N}+$/u.test(segment.segment) ? 'number' : 'word') : undefined;
        const original = text.slice(start, end);
        tokens.push({ start, end, text: original, kind: tokenKind(original, claimed) });
      }
    },
  );
  return { tokens, sentences };
}

/**
 * The number of word and number tokens `segment` gives for Chinese text (those `isCountedToken`
 * keeps), without keeping a token: the same pieces go through the same `Intl.Segmenter`, and a
 * segment counts when the segmenter calls it word-like and it holds a letter or digit (the rule
 * of `segment`'s token kinds). Memory stays that of one piece, whatever the length of the text.
 *
 * @example
 * ```ts
 * countChineseWords('维护国家安全，2030年。'); // the counted tokens of segment() for this text
 * ```
 */
export function countChineseWords(text: string): number {
  chineseWords ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words = chineseWords;
  let count = 0;
  const simplified = simplifyInPlace(text);
  walkChinese(
    text,
    () => {},
    (pieceStart, pieceEnd) => {
      for (const segment of words.segment(simplified.slice(pieceStart, pieceEnd))) {
        if (segment.isWordLike === true && LETTER_OR_DIGIT.test(segment.segment)) count++;
      }
    },
  );
  return count;
}

