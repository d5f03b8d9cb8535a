import { Converter } from 'opencc-js/t2cn';
import { OffsetMap } from './offsets.js';

/** A string prepared for matching, with the way back to the original text. */
export interface NormalizedText {
  /** The normalized text: NFKC, case-folded, punctuation variants unified, Chinese simplified. */
  readonly text: string;
  /** Maps normalized positions to positions in the original text. */
  readonly offsets: OffsetMap;
}

// Invisible characters that break a word for matching without being visible to a reader:
// soft hyphen, zero-width space/joiners, word joiner, BOM, Mongolian vowel separator, bidi marks.
const IGNORABLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const COMBINING_MARK = /^\p{M}$/u;
const DASH = /\p{Pd}/gu;
const SINGLE_QUOTE = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/gu;
const DOUBLE_QUOTE = /[\u201C\u201D\u201E\u201F\u2033]/gu;
const HAN_RUN = /\p{Script=Han}+/gu;
const SYMBOL = /^[\p{S}\p{P}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

let toSimplified: ((text: string) => string) | undefined;
function simplify(text: string): string {
  // OpenCC's tables are large: build the converter only when Chinese text shows up.
  toSimplified ??= Converter({ from: 't', to: 'cn' });
  return toSimplified(text);
}

const foldedClusters = new Map<string, string>();

/**
 * The matching form of one grapheme-like cluster: NFKC (full-width to half-width, ligatures,
 * compatibility ideographs), case folding (upper then lower case, so that ß matches SS), and one
 * form for dashes and quotes.
 */
function foldCluster(cluster: string): string {
  let folded = foldedClusters.get(cluster);
  if (folded === undefined) {
    const compatible = cluster.normalize('NFKC');
    // A symbol whose compatibility form is letters (™ → TM, ㎞ → km, № → No) stays a symbol:
    // its letters would glue onto the word before it, and "Security™" would lose "security".
    folded = (SYMBOL.test(cluster) && LETTER_OR_DIGIT.test(compatible) ? cluster : compatible)
      .toUpperCase()
      .toLowerCase()
      .replace(DASH, '-')
      .replace(SINGLE_QUOTE, "'")
      .replace(DOUBLE_QUOTE, '"');
    if (cluster.length <= 2) foldedClusters.set(cluster, folded);
  }
  return folded;
}

/**
 * Normalizes text for matching while keeping the way back to the original: NFKC, case folding,
 * full-width to half-width, one form of dashes and quotes, soft hyphens and zero-width characters
 * dropped, traditional Chinese converted to simplified (OpenCC `t` → `cn`).
 *
 * @example
 * ```ts
 * const n = normalizeText('ＮＡＴＩＯＮＡＬ 國家安全');
 * n.text;                // 'national 国家安全'
 * n.offsets.span(9, 13); // [9, 13]: the span of 國家安全 in the original
 * ```
 */
export function normalizeText(original: string): NormalizedText {
  const offsets = new OffsetMap();
  const parts: string[] = [];
  const n = original.length;
  const isMarkAt = (k: number): boolean =>
    k < n && original.charCodeAt(k) >= 0x300 && COMBINING_MARK.test(String.fromCodePoint(original.codePointAt(k)!));
  let i = 0;
  while (i < n) {
    let runEnd = i;
    while (runEnd < n && original.charCodeAt(runEnd) < 0x80) runEnd++;
    // A combining mark after the run belongs to the run's last character (e + U+0301 is é).
    if (runEnd > i && isMarkAt(runEnd)) runEnd--;
    if (runEnd > i) {
      const run = original.slice(i, runEnd).toLowerCase();
      parts.push(run);
      offsets.appendRun(i, run.length);
      i = runEnd;
      continue;
    }
    const clusterStart = i;
    i += original.codePointAt(i)! > 0xffff ? 2 : 1;
    while (isMarkAt(i)) i += original.codePointAt(i)! > 0xffff ? 2 : 1;
    const cluster = original.slice(clusterStart, i);
    if (cluster.length === 1 && IGNORABLE.test(cluster)) continue;
    const folded = foldCluster(cluster);
    parts.push(folded);
    if (folded.length === cluster.length) offsets.appendRun(clusterStart, folded.length);
    else offsets.appendCluster(clusterStart, i, folded.length);
  }
  const text = parts.join('').replace(HAN_RUN, (run) => {
    const converted = simplify(run);
    if (converted.length === run.length) return converted;
    // A phrase rule changed the length: convert character by character to keep offsets exact.
    return Array.from(run, (ch) => {
      const one = simplify(ch);
      return one.length === ch.length ? one : ch;
    }).join('');
  });
  return { text, offsets };
}
