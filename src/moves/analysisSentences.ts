import type { Document } from '../text/document.js';
import { segment } from '../text/tokenize.js';
import { tagEnglish } from '../text/tagEnglish.js';

/** A sentence as the move rules read it: one line at most, list labels stripped. */
export interface AnalysisSentence {
  /** 0-based index among the analysed sentences (headings are not counted). */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Guideline §2.3: list labels at the start of a segment are not part of the sentence.
const ENGLISH_LABEL = /^(?:[•·▪◦‣●■\-–—]\s*|\(\s*(?:\d+|[ivxlc]+|[a-z])\s*\)\s*|\d+(?:\.\d+)*\.\s+|[IVXLC]+\.\s+|(?:Box|Pillar|Part|Section|Chapter)\s+(?:\d+|[IVXLC]+)\s*[:.]\s*)/u;
const CHINESE_LABEL = /^(?:[（(]\s*[一二三四五六七八九十\d]+\s*[）)]\s*|[一二三四五六七八九十]+、\s*|\d+[.、．]\s*|[•·▪●■]\s*)/u;
const FINAL_PUNCTUATION = /[.!?…。！？:;：；]["'”’)）」』\]]*$/u;

let chineseWords: Intl.Segmenter | undefined;

function wordCount(text: string, lang: Document['lang']): number {
  if (lang === 'en') return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  chineseWords ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let n = 0;
  for (const word of chineseWords.segment(text)) if (word.isWordLike) n++;
  return n;
}

const cache = new WeakMap<Document, readonly AnalysisSentence[]>();

/**
 * The sentences the move rules analyse, following the gold guidelines' segmentation (§2): the
 * library's sentences (`segment`), split again at line breaks (no sentence spans two lines), list
 * labels such as `•`, `(3)`, `3.`, `III.`, `Box 2:` stripped from the start, and headings of fewer
 * than five words skipped (a line without final punctuation, or the run-in head of a paragraph).
 * Spans are UTF-16 offsets into the original text. Cached per document.
 *
 * @example
 * ```ts
 * analysisSentences(createDocument({ id: 'p', text: 'Key Tasks\n\n(3) Build new river ports now.' }))
 *   .map((s) => s.text); // ['Build new river ports now.']
 * ```
 */
export function analysisSentences(doc: Document): readonly AnalysisSentence[] {
  const cached = cache.get(doc);
  if (cached !== undefined) return cached;
  const text = doc.text;
  const label = doc.lang === 'zh' ? CHINESE_LABEL : ENGLISH_LABEL;
  // Pieces of the library's sentences, cut at line breaks, grouped by line.
  const pieces: { start: number; end: number; line: number }[] = [];
  let line = 0;
  let lineScan = 0;
  // Where each line's text starts once its list label is stripped (guideline §2.3).
  const contentStart = new Map<number, number>();
  const lineContent = (first: number): number => {
    let at = contentStart.get(first);
    if (at === undefined) {
      const lineEnd = text.slice(first, first + 40).search(/[\r\n]/u);
      const head = text.slice(first, lineEnd < 0 ? first + 40 : first + lineEnd);
      const leading = /^\s*/u.exec(head)![0].length;
      at = first + leading + (label.exec(head.slice(leading))?.[0].length ?? 0);
      contentStart.set(first, at);
    }
    return at;
  };
  // The pieces come in text order, so the start of the current line is tracked by one forward
  // scan (a backward search per piece is quadratic in long texts without \r).
  let lineStart = 0;
  let breakScan = 0;
  // English is read with its tags at once: the rules need them for every sentence (englishTokens).
  const documentSentences = doc.lang === 'en' ? tagEnglish(doc).sentences : segment(doc).sentences;
  for (const sentence of documentSentences) {
    for (const part of sentence.text.matchAll(/[^\r\n]+/gu)) {
      let start = sentence.start + part.index;
      let end = start + part[0].length;
      for (; breakScan < start; breakScan++) {
        const c = text.charCodeAt(breakScan);
        if (c === 10 || c === 13) lineStart = breakScan + 1;
      }
      start = Math.max(start, lineContent(lineStart));
      while (start < end && /\s/u.test(text[start]!)) start++;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      const stripped = label.exec(text.slice(start, end));
      if (stripped !== null) start += stripped[0].length;
      if (end <= start) continue;
      for (; lineScan < start; lineScan++) if (text[lineScan] === '\n') line++;
      pieces.push({ start, end, line });
    }
  }
  const sentences: AnalysisSentence[] = [];
  pieces.forEach((piece, k) => {
    const body = text.slice(piece.start, piece.end);
    const alone = pieces[k - 1]?.line !== piece.line && pieces[k + 1]?.line !== piece.line;
    // Run-in heads ("Smart ports. Build …") are an English convention; short Chinese sentences are common.
    const runInHead = doc.lang === 'en' && !alone && pieces[k - 1]?.line !== piece.line;
    // Only "fewer than five words?" matters: the first 200 characters tell, however long the sentence.
    const short = wordCount(body.slice(0, 200), doc.lang) < 5;
    const heading = short && ((alone && !FINAL_PUNCTUATION.test(body)) || runInHead);
    if (!heading) sentences.push({ index: sentences.length, start: piece.start, end: piece.end, text: body });
  });
  cache.set(doc, sentences);
  return sentences;
}
