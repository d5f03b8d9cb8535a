import {
  CATEGORIES,
  HELPERS,
  KEEP_PREFIXES,
  KEEP_SUFFIXES,
  LEXEMES,
  LINEAR_CATEGORIES,
  RECURSIVE_CATEGORIES,
} from './winkTables.js';

// A port of the counting part of wink-nlp's tokenizer (wink-nlp 2.4: src/tokenizer.js and
// src/recursive-tokenizer.js), driven by the model's own rules and lexemes (winkTables.ts). It
// returns how many word and number tokens `segment` would give, without building tokens or
// loading the model. Each function mirrors the wink function named in its comment, so that a
// reviewer can compare them side by side.

const WORD = CATEGORIES.word!;
const PUNCTUATION = CATEGORIES.punctuation!;
const UNKNOWN = CATEGORIES.unk!;
const WORD_THEN_PUNCTUATION = CATEGORIES.wordRP!;
// Token types that never count (tokenize.ts maps them to punctuation or symbol).
const NOT_COUNTED = new Set(['punctuation', 'symbol', 'currency', 'emoji', 'emoticon', 'tabCRLF'].map((name) => CATEGORIES[name]!));

type Rule = readonly [RegExp, number];
let tables:
  | {
      readonly linear: readonly Rule[];
      readonly recursive: readonly Rule[];
      readonly withRight: RegExp;
      readonly withLeft: RegExp;
      readonly withBoth: RegExp;
      readonly lexemes: ReadonlyMap<string, number>;
      readonly prefixes: Readonly<Record<string, boolean>>;
      readonly suffixes: Readonly<Record<string, boolean>>;
    }
  | undefined;

// Built on first use: 2,000 lexemes and 30 regular expressions are not worth building at import.
function rules(): NonNullable<typeof tables> {
  if (tables !== undefined) return tables;
  const compile = (list: readonly (readonly [string, string, number])[]): Rule[] =>
    list.map(([source, flags, category]) => [new RegExp(source, flags), category]);
  const helper = (name: string): RegExp => new RegExp(HELPERS[name]![0], HELPERS[name]![1]);
  const lexemes = new Map<string, number>();
  for (const row of LEXEMES) {
    const tab = row.lastIndexOf('\t');
    // Two digits: counted tokens when looked up whole (expanded), then when added as one token.
    lexemes.set(row.slice(0, tab), Number(row.slice(tab + 1)));
  }
  // wink tests `preserve.prefix[word]` on a plain object, so the names of Object.prototype
  // ("constructor-based") keep a hyphenated word whole too: the same kind of object does the same.
  const keep = (words: readonly string[]): Record<string, boolean> => {
    const object: Record<string, boolean> = {};
    for (const word of words) object[word] = true;
    return object;
  };
  tables = {
    linear: compile(LINEAR_CATEGORIES),
    recursive: compile(RECURSIVE_CATEGORIES),
    withRight: helper('anyWithRP'),
    withLeft: helper('anyWithLP'),
    withBoth: helper('LPanyRP'),
    lexemes,
    prefixes: keep(KEEP_PREFIXES),
    suffixes: keep(KEEP_SUFFIXES),
  };
  return tables;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SHORT_FORM_WITH_DOT = /^(?:(?:[A-Z])(?:\.))+$/i;
const SHORT_FORM = /^(?:(?:[A-Z])(?:\.))+[a-z]?$/i;
const HYPHENS = /[-–—]/g;
const PERIODS = /[.]/g;
const DIGIT = /[0-9]/;

/** Counted tokens when `text` is looked up whole (cache.lookup: a contraction gives its expansion), or null. */
function lookup(text: string): number | null {
  const packed = rules().lexemes.get(text);
  return packed === undefined ? null : Math.floor(packed / 10);
}

/** Counted tokens of one token added as `text` of `category` (doc._addToken: a lexeme keeps its own type). */
function added(text: string, category: number): number {
  const packed = rules().lexemes.get(text);
  if (packed !== undefined) return packed % 10;
  return !NOT_COUNTED.has(category) && LETTER_OR_DIGIT.test(text) ? 1 : 0;
}

/** detectTokenCategory */
function detect(text: string): number {
  for (const [pattern, category] of rules().linear) if (pattern.test(text)) return category;
  return UNKNOWN;
}

/** processFunctions[category] */
function processAs(text: string, category: number): number {
  if (category === UNKNOWN) return processUnknown(text);
  if (category === WORD_THEN_PUNCTUATION) {
    // processWordRP: "a." stays one token; otherwise the last character is punctuation.
    if (text.length === 2 && text[1] === '.') return added(text, WORD);
    return added(text.slice(0, -1), WORD) + added(text.slice(-1), PUNCTUATION);
  }
  return added(text, category);
}

/** processUnk: punctuation on the right, on the left, on both sides, else the recursive tokenizer. */
function processUnknown(text: string): number {
  const { withRight, withLeft, withBoth } = rules();
  let match = withRight.exec(text);
  if (match !== null) {
    const [, body, right] = match as unknown as [string, string, string];
    const found = lookup(body);
    if (found !== null) return found + added(right, PUNCTUATION);
    const category = detect(body);
    if (category === UNKNOWN) return recursive(text, 0);
    return processAs(body, category) + added(right, PUNCTUATION);
  }
  match = withLeft.exec(text);
  if (match !== null) {
    const [, left, body] = match as unknown as [string, string, string];
    const found = lookup(body);
    if (found !== null) return added(left, PUNCTUATION) + found;
    const category = detect(body);
    if (category === UNKNOWN) return recursive(text, 0);
    return added(left, PUNCTUATION) + processAs(body, category);
  }
  match = withBoth.exec(text);
  if (match !== null) {
    const [, left, body, right] = match as unknown as [string, string, string, string];
    const found = lookup(body);
    if (found !== null) return added(left, PUNCTUATION) + found + added(right, PUNCTUATION);
    const category = detect(body);
    if (category === UNKNOWN) return recursive(text, 0);
    return added(left, PUNCTUATION) + processAs(body, category) + added(right, PUNCTUATION);
  }
  return recursive(text, 0);
}

type Piece = string | readonly [string, number];

/** pushHyphenatedToken */
function pushHyphenated(token: string, pieces: Piece[]): void {
  const { prefixes, suffixes } = rules();
  const hyphens = lookup(token) === null && !DIGIT.test(token) ? token.match(HYPHENS) : null;
  if (hyphens === null) {
    pieces.push([token, WORD]);
    return;
  }
  const words = token.split(HYPHENS);
  if (prefixes[words[0]!] || suffixes[words[words.length - 1]!]) {
    pieces.push([token, WORD]);
    return;
  }
  words.forEach((word, i) => {
    if (word !== '') pieces.push([word, WORD]);
    if (i < hyphens.length) pieces.push([hyphens[i]!, PUNCTUATION]);
  });
}

/** pushWordToken: keeps short forms (U.S., e.g.) and lexemes with periods whole. */
function pushWord(token: string, pieces: Piece[]): void {
  if (lookup(token) !== null || SHORT_FORM_WITH_DOT.test(token)) {
    pieces.push([token, WORD]);
    return;
  }
  const periods = token.match(PERIODS);
  if (periods === null) {
    pushHyphenated(token, pieces);
    return;
  }
  const keeps = (build: string): boolean => SHORT_FORM.test(build) || (lookup(build) !== null && build.length > 2);
  let current = '';
  token.split(PERIODS).forEach((word, i) => {
    const next = current + word;
    if (keeps(next) || current === '') {
      current = next;
    } else {
      pushHyphenated(current, pieces);
      current = word;
    }
    if (i < periods.length) {
      if (keeps(current + periods[i]!)) {
        current += periods[i]!;
      } else {
        pushHyphenated(current, pieces);
        pieces.push([periods[i]!, PUNCTUATION]);
        current = '';
      }
    }
  });
  if (current !== '') pushHyphenated(current, pieces);
}

/** tokenizeTextUnit: the matches of one pattern are tokens, the text between them is tokenized further. */
function splitUnit(text: string, [pattern, category]: Rule): Piece[] {
  const matches = text.match(pattern) ?? [];
  const between = text.split(pattern);
  const pieces: Piece[] = [];
  between.forEach((part, i) => {
    const trimmed = part.trim();
    if (trimmed !== '') pieces.push(trimmed);
    if (i < matches.length) {
      if (category === WORD) pushWord(matches[i]!, pieces);
      else pieces.push([matches[i]!, category]);
    }
  });
  return pieces;
}

/** tokenizeTextRecursively: patterns in order; what no pattern matches is one unknown token. */
function recursive(text: string, level: number): number {
  const patterns = rules().recursive;
  if (level === patterns.length) return added(text, UNKNOWN);
  let count = 0;
  for (const piece of splitUnit(text.trim(), patterns[level]!)) {
    if (typeof piece === 'string') count += recursive(piece, level + 1);
    else count += lookup(piece[0]) ?? added(piece[0], piece[1]);
  }
  return count;
}

/** The counted tokens of one whitespace-free piece (tokenizer's loop body). */
function countPiece(piece: string): number {
  const found = lookup(piece);
  if (found !== null) return found;
  return processAs(piece, detect(piece));
}

// wink splits on these (its `splitter` helper), not on every Unicode space.
const isSplitter = (code: number): boolean =>
  code === 0x20 ||
  code === 0x0a ||
  code === 0x0d ||
  code === 0x09 ||
  code === 0xa0 ||
  (code >= 0x2002 && code <= 0x2005) ||
  code === 0x2009 ||
  code === 0x200a ||
  code === 0x202f ||
  code === 0x205f;

// What an ASCII character is to the scan: a letter, a splitter, a mark that wink's first categories
// take off the right of a plain word as one token, or anything else.
const OTHER = 0;
const LETTER = 1;
const SPLITTER = 2;
const MARK = 3;
const ASCII_KIND = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) {
  const char = String.fromCharCode(code);
  ASCII_KIND[code] = /[A-Za-z]/.test(char) ? LETTER : isSplitter(code) ? SPLITTER : /[,.;:!?)]/.test(char) ? MARK : OTHER;
}

// segment() gives wink a run of more than 500 characters without whitespace in 500-character pieces
// (tokenize.ts, MAX_WINK_RUN): the count follows the same cuts.
const MAX_RUN = 500;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

function countLongPiece(piece: string): number {
  let count = 0;
  let from = 0;
  for (const run of piece.matchAll(LONG_RUN)) {
    if (run.index > from) count += countPiece(piece.slice(from, run.index));
    const runEnd = run.index + run[0].length;
    for (let cut = run.index; cut < runEnd; ) {
      let next = runEnd;
      if (runEnd - cut > MAX_RUN) {
        next = cut + MAX_RUN;
        const code = piece.charCodeAt(next);
        if (code >= 0xdc00 && code <= 0xdfff) next--;
      }
      count += countPiece(piece.slice(cut, next));
      cut = next;
    }
    from = runEnd;
  }
  if (from < piece.length) count += countPiece(piece.slice(from));
  return count;
}

// Plain words whose count is not 1 ("cannot", "wont"): few, and found without hashing every
// letter. A plain word's length, first and last character pick a bit of a small table, and only
// the words whose bit is set (a few in a thousand) are looked up by their text.
let plainExceptions: { readonly counts: ReadonlyMap<string, number>; readonly bits: Uint8Array } | undefined;
const PLAIN_MARKS = [',', '.', ';', ':', '!', '?', ')'];
// ASCII letters and marks differ in their low 5 bits from the other characters of their kind, and
// a letter's case does not change them: the key of "Cannot" is the key of "cannot".
const plainKey = (length: number, first: number, last: number): number => ((length & 15) << 10) | ((first & 31) << 5) | (last & 31);
function exceptions(): NonNullable<typeof plainExceptions> {
  if (plainExceptions === undefined) {
    const counts = new Map<string, number>();
    const bits = new Uint8Array(1 << 14);
    const candidates = new Set<string>();
    for (const lexeme of rules().lexemes.keys()) {
      const word = /^([A-Za-z]+)[,.;:!?)]?$/.exec(lexeme)?.[1];
      if (word === undefined) continue;
      candidates.add(lexeme);
      candidates.add(word);
      for (const mark of PLAIN_MARKS) candidates.add(word + mark);
    }
    for (const candidate of candidates) {
      const count = countPiece(candidate);
      if (count === 1) continue;
      counts.set(candidate, count);
      bits[plainKey(candidate.length, candidate.charCodeAt(0), candidate.charCodeAt(candidate.length - 1))] = 1;
    }
    plainExceptions = { counts, bits };
  }
  return plainExceptions;
}

// A piece with inner punctuation goes through the rules once; the same piece ("China’s", "(AI)",
// "2017,") comes back often. Bounded, so that memory does not grow with the corpus.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, number>();
function countComplex(piece: string): number {
  let count = memo.get(piece);
  if (count === undefined) {
    count = piece.length > MAX_RUN ? countLongPiece(piece) : countPiece(piece);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(piece, count);
  }
  return count;
}

/**
 * Counts the word and number tokens of English text as `segment` (wink-nlp) does, without
 * tokenizing the text into objects or loading wink's model: the denominator of rates at the speed
 * of a scan. Plain words are counted in the scan; a piece with inner punctuation, digits or other
 * scripts goes through a port of wink's tokenizer rules (hyphenated words kept whole after
 * prefixes such as `cyber-` or `multi-`, short forms such as `U.S.`, contractions such as
 * `cannot` → can + not, `’s` as its own token, `5G` → 5 + G, URLs as one token).
 *
 * One difference is kept on purpose: wink learns the tokens of every text it reads, so a word it
 * once saw whole ("Xyz’s" before a comma) is later kept whole where a fresh tokenizer splits it;
 * this count is that of a fresh tokenizer, the same for a text wherever and whenever it is read.
 *
 * @example
 * ```ts
 * countWordTokens('We spent $5 on U.S. cyber-security... Really?'); // 7: We spent 5 on U.S. cyber-security Really
 * ```
 */
export function countWordTokens(text: string): number {
  const { counts, bits } = exceptions();
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (code < 0x80 ? ASCII_KIND[code] === SPLITTER : isSplitter(code)) {
      i++;
      continue;
    }
    const start = i;
    // A plain word, alone or with one mark after it ("security", "security,"), is one token unless
    // the lexicon says otherwise ("cannot" is can + not): no rule to run.
    if (code < 0x80 && ASCII_KIND[code] === LETTER) {
      while (++i < n && (code = text.charCodeAt(i)) < 0x80 && ASCII_KIND[code] === LETTER);
      let plain = i === n || (code < 0x80 ? ASCII_KIND[code] === SPLITTER : isSplitter(code));
      if (!plain && code < 0x80 && ASCII_KIND[code] === MARK) {
        const after = i + 1 < n ? text.charCodeAt(i + 1) : 0x20;
        if (after < 0x80 ? ASCII_KIND[after] === SPLITTER : isSplitter(after)) {
          plain = true;
          i++;
        }
      }
      // A run of more than MAX_RUN characters is cut as segment cuts it: not a plain word.
      if (plain && i - start <= MAX_RUN) {
        count += bits[plainKey(i - start, text.charCodeAt(start), text.charCodeAt(i - 1))] === 0 ? 1 : (counts.get(text.slice(start, i)) ?? 1);
        continue;
      }
    }
    // Anything else: the piece up to the next split, through wink's rules.
    while (i < n && ((code = text.charCodeAt(i)) < 0x80 ? ASCII_KIND[code] !== SPLITTER : !isSplitter(code))) i++;
    count += countComplex(text.slice(start, i));
  }
  return count;
}
