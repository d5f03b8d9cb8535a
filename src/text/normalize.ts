import { simplifyChinese } from './simplifyChinese.js';
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

// What each BMP code unit becomes, filled on first sight: a regular expression test and an NFKC
// call per character would cost more than the rest of counting. Low 3 bits: the kind; bit 3: a
// combining mark; bits 4 and up: the one code unit a MAPPED character folds to.
const SAME = 1;
const MAPPED = 2;
const DROPPED = 3;
const CLUSTER = 4;
const MARK_BIT = 8;
const charInfo = new Uint32Array(0x10000);

function infoOf(code: number): number {
  let info = charInfo[code]!;
  if (info !== 0) return info;
  const char = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) {
    info = CLUSTER; // half of a surrogate pair: the pair is folded as one cluster
  } else if (IGNORABLE.test(char)) {
    info = DROPPED;
  } else {
    const folded = foldCluster(char);
    info = folded === char ? SAME : folded.length === 1 ? MAPPED | (folded.charCodeAt(0) << 4) : CLUSTER;
  }
  if (code >= 0x300 && COMBINING_MARK.test(char)) info |= MARK_BIT;
  charInfo[code] = info;
  return info;
}

/** True if a combining mark starts at `k` (it belongs to the cluster of the character before it). */
function isMarkAt(text: string, k: number): boolean {
  if (k >= text.length) return false;
  const code = text.charCodeAt(k);
  if (code < 0x300) return false;
  if (code >= 0xd800 && code <= 0xdbff) return COMBINING_MARK.test(String.fromCodePoint(text.codePointAt(k)!));
  return (infoOf(code) & MARK_BIT) !== 0;
}

// Code units from which a character may be Chinese (CJK radicals on, and surrogate pairs).
const FIRST_HAN_CANDIDATE = 0x2e80;

/**
 * `text` with its traditional Chinese converted to simplified, character for character in
 * length: every offset of the result is the offset of the same character in `text` (a character
 * whose simplified form would have another length is kept). Segmenting this form instead of the
 * original gives traditional and simplified texts the same words.
 *
 * @example
 * ```ts
 * simplifyInPlace('呈現出新特徵'); // '呈现出新特征'
 * ```
 */
export function simplifyInPlace(text: string): string {
  return simplifyHan(text, 0, text.length);
}

/**
 * Converts the Han characters of `text[from, to)` from traditional to simplified Chinese, each run
 * of Han characters as OpenCC converts it. OpenCC's rules are Han to Han, so converting the span at
 * once is converting each run. A rule that changes the length (a character simplified to one
 * outside the BMP) would shift offsets: then each run is converted alone, and a run whose length
 * would change is converted character by character, keeping a character that would change length.
 */
function simplifyHan(text: string, from: number, to: number): string {
  const converted = simplifyChinese(text, from, to);
  if (!converted.lengthChanged) return converted.text;
  return text.replace(HAN_RUN, (run) => {
    const whole = simplifyChinese(run).text;
    if (whole.length === run.length) return whole;
    return Array.from(run, (ch) => {
      const one = simplifyChinese(ch).text;
      return one.length === ch.length ? one : ch;
    }).join('');
  });
}

const NON_ASCII = /[^\0-\x7f]/g;

/**
 * The index of the first code unit from `from` on that is not ASCII, or the length of `text`.
 *
 * @example
 * ```ts
 * nextNonAscii('naïve', 0); // 2
 * ```
 */
function nextNonAscii(text: string, from: number): number {
  const n = text.length;
  let i = from;
  // A short run of ASCII is passed here; a long one by the regular expression engine, which
  // passes it several times faster than a loop over its characters.
  for (const stop = Math.min(n, from + 16); i < stop; i++) if (text.charCodeAt(i) >= 0x80) return i;
  if (i >= n) return n;
  NON_ASCII.lastIndex = i;
  return NON_ASCII.test(text) ? NON_ASCII.lastIndex - 1 : n;
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
  const { text, offsets } = normalizeAligned(original);
  return { text, offsets };
}

/**
 * {@link normalizeText}, and whether the normalized text is aligned with the original: the same
 * length, each character at the offset of the one it comes from (nothing dropped, no cluster
 * folded to another length), so that a span of one is the same span of the other.
 *
 * @example
 * ```ts
 * normalizeAligned('Ｓecurity').aligned; // true
 * normalizeAligned('se\u00ADcurity').aligned; // false: the soft hyphen is dropped
 * ```
 */
export function normalizeAligned(original: string): NormalizedText & { readonly aligned: boolean } {
  const offsets = new OffsetMap();
  const parts: string[] = [];
  const n = original.length;
  // Characters [copyFrom, i) go to the output as they are (ASCII is lower-cased at the end, in
  // one call); [oneToOneFrom, i) map one to one onto the original. `copiedBefore` is the output
  // length before copyFrom, to know where Han characters land in the output.
  let copyFrom = 0;
  let copiedBefore = 0;
  let oneToOneFrom = 0;
  let firstHan = -1;
  let lastHan = -1;
  let i = 0;
  while (i < n) {
    i = nextNonAscii(original, i);
    if (i >= n) break;
    const code = original.charCodeAt(i);
    let info = charInfo[code]! || infoOf(code);
    let clusterStart = i;
    const markAfterAscii = i > 0 && original.charCodeAt(i - 1) < 0x80 && ((info & MARK_BIT) !== 0 || (code >= 0xd800 && code <= 0xdbff && isMarkAt(original, i)));
    if (markAfterAscii) {
      // A combining mark after an ASCII character: both are one cluster (e + U+0301 is é).
      clusterStart = i - 1;
      info = CLUSTER;
    } else if ((info & 7) !== CLUSTER) {
      const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
      if (next < 0x300 || !isMarkAt(original, i + 1)) {
        const kind = info & 7;
        if (kind === SAME) {
          if (code >= FIRST_HAN_CANDIDATE) {
            lastHan = copiedBefore + (i - copyFrom);
            if (firstHan < 0) firstHan = lastHan;
          }
          i++;
          continue;
        }
        if (i > copyFrom) parts.push(original.slice(copyFrom, i));
        copiedBefore += i - copyFrom;
        if (kind === MAPPED) {
          const mapped = info >>> 4;
          if (mapped >= FIRST_HAN_CANDIDATE) {
            lastHan = copiedBefore;
            if (firstHan < 0) firstHan = lastHan;
          }
          parts.push(String.fromCharCode(mapped));
          copiedBefore++;
        } else {
          // Dropped: the one-to-one run ends before it.
          if (i > oneToOneFrom) offsets.appendRun(oneToOneFrom, i - oneToOneFrom);
          oneToOneFrom = i + 1;
        }
        copyFrom = ++i;
        continue;
      }
    }
    // A cluster: a base character with its combining marks, a surrogate pair, or a character
    // whose folded form has another length (ligatures, ß).
    if (clusterStart > copyFrom) parts.push(original.slice(copyFrom, clusterStart));
    copiedBefore += clusterStart - copyFrom;
    i = clusterStart + (original.codePointAt(clusterStart)! > 0xffff ? 2 : 1);
    while (isMarkAt(original, i)) i += original.codePointAt(i)! > 0xffff ? 2 : 1;
    copyFrom = i;
    const cluster = original.slice(clusterStart, i);
    const folded = cluster.length === 1 && IGNORABLE.test(cluster) ? '' : foldCluster(cluster);
    parts.push(folded);
    if (folded.length !== cluster.length) {
      if (clusterStart > oneToOneFrom) offsets.appendRun(oneToOneFrom, clusterStart - oneToOneFrom);
      offsets.appendCluster(clusterStart, i, folded.length);
      oneToOneFrom = i;
    }
    if (folded.length > 0 && (folded.charCodeAt(0) >= FIRST_HAN_CANDIDATE || folded.charCodeAt(folded.length - 1) >= FIRST_HAN_CANDIDATE)) {
      if (firstHan < 0) firstHan = copiedBefore;
      lastHan = copiedBefore + folded.length - 1;
    }
    copiedBefore += folded.length;
  }
  if (n > copyFrom) parts.push(original.slice(copyFrom, n));
  if (n > oneToOneFrom) offsets.appendRun(oneToOneFrom, n - oneToOneFrom);
  // Every character already folded or kept is its own lower case (checked over all code points in
  // test/perf/normalizeText.test.ts), so one call lower-cases the ASCII letters and nothing else.
  let text = (parts.length === 1 ? parts[0]! : parts.join('')).toLowerCase();
  if (firstHan >= 0) text = simplifyHan(text, firstHan, lastHan + 1);
  return { text, offsets, aligned: oneToOneFrom === 0 };
}
