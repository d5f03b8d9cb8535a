import { WORD_CHAR } from '../text/scripts.js';
import { ANY_RUN, matchesGlob, type Glob } from '../patterns/glob.js';
import type { PatternElement, PatternVariant } from '../patterns/parsePattern.js';
import type { Term } from '../patterns/terms.js';

// Matching every variant of every term in one pass over a normalized text. A variant that starts
// with a word is found where a word starts: the scan walks a trie of whole variants (words,
// punctuation, CJK characters, and a space that stands for any run of whitespace) while it reads
// the text, so a text is read once whatever the number of terms and a phrase is checked only as
// far as the text follows it. A variant that starts with a glob is found through the letters
// before its first wildcard; one that starts with CJK characters or punctuation by substring
// search. Each variant keeps its leftmost non-overlapping matches, as a regular expression scan
// would.

// The trie is a table of states: state 0 is "no path", state 1 the root. ASCII transitions are an
// array indexed by state × 128 + code; other code units go through a map keyed by
// state × 65536 + code. The space of a phrase is the transition on U+0020, taken by a whole run of
// whitespace in the text. Typed arrays keep the scan's inner loop to one array read per character.
const SPACE_KEY = 0x20;
// Bits of `flags`, per state.
const ENDS = 1; // variants end here (`ends`)
const REST = 2; // variants go on from here element by element (`rest`: a glob after the first element)
const GOES_ON = 4; // a transition on a character that is not a word character (the variant goes on after a word)
const BOUNDARY = 8; // the variants that end here end with a word: no word character may follow

/** A variant whose elements from `element` on (a glob, and what follows it) are matched one by one. */
interface RestOfVariant {
  readonly id: number;
  readonly element: number;
  /** Characters of the glob before its first wildcard: the trie has read them already. */
  readonly prefix: number;
  /** The glob is its letters then one `*`: it matches whatever word they start. */
  readonly prefixOnly: boolean;
}

interface Trie {
  readonly ascii: Int32Array;
  readonly other: ReadonlyMap<number, number>;
  readonly flags: Uint8Array;
  /** Per state: variants whose elements all lead here. */
  readonly ends: readonly (readonly number[] | undefined)[];
  /**
   * Per state: variants that start with a glob whose letters before the first wildcard lead to
   * this state or to one before it on its path, so that a word is tested against them once, where
   * the trie leaves it.
   */
  readonly globsTo: readonly (readonly number[] | undefined)[];
  readonly rest: readonly (readonly RestOfVariant[] | undefined)[];
}

class TrieBuilder {
  private readonly ascii: number[][] = [[], []];
  private readonly other = new Map<number, number>();
  private readonly flags: number[] = [0, 0];
  private readonly parent: number[] = [0, 0];
  readonly ends: (number[] | undefined)[] = [undefined, undefined];
  readonly globs: (number[] | undefined)[] = [undefined, undefined];
  readonly rest: (RestOfVariant[] | undefined)[] = [undefined, undefined];

  /** The state reached from `state` by `key`, adding states as needed. */
  insert(key: string, state = 1): number {
    for (let k = 0; k < key.length; k++) {
      const code = key.charCodeAt(k);
      let next = code < 0x80 ? this.ascii[state]![code] : this.other.get(state * 0x10000 + code);
      if (next === undefined) {
        next = this.ascii.length;
        this.ascii.push([]);
        this.flags.push(0);
        this.parent.push(state);
        this.ends.push(undefined);
        this.globs.push(undefined);
        this.rest.push(undefined);
        if (code < 0x80) this.ascii[state]![code] = next;
        else this.other.set(state * 0x10000 + code, next);
        // A word character never follows the end of a word in a key: any other character means
        // that a variant goes on past the end of a word.
        if (code === SPACE_KEY || !isWordAt(key, k)) this.flags[state]! |= GOES_ON;
      }
      state = next;
    }
    return state;
  }

  mark(state: number, flag: number): void {
    this.flags[state]! |= flag;
  }

  build(): Trie {
    const ascii = new Int32Array(this.ascii.length * 0x80);
    this.ascii.forEach((row, state) => row.forEach((next, code) => (ascii[state * 0x80 + code] = next)));
    // A state's parent is always an earlier state: one pass in order collects the globs on each path.
    const globsTo: (number[] | undefined)[] = [undefined, this.globs[1]];
    for (let state = 2; state < this.globs.length; state++) {
      const before = globsTo[this.parent[state]!];
      const here = this.globs[state];
      globsTo.push(here === undefined ? before : [...(before ?? []), ...here]);
    }
    return { ascii, other: this.other, flags: Uint8Array.from(this.flags), ends: this.ends, globsTo, rest: this.rest };
  }
}

/** A variant with the term it belongs to. */
export interface MatcherVariant {
  readonly term: number;
  readonly variant: number;
  readonly elements: readonly PatternElement[];
}

/** The terms of a count, compiled for {@link scanText}. */
export interface TermMatcher {
  readonly terms: readonly Term[];
  /** Every variant of every term, in term order then variant order. */
  readonly variants: readonly MatcherVariant[];
  /** Index in `variants` of each term's first variant; one more entry at the end. */
  readonly firstVariant: readonly number[];
  /** Per variant: its term. */
  readonly termOf: Int32Array;
  /** Per variant: 1 if it is the only variant of its term. */
  readonly alone: Uint8Array;
  readonly trie: Trie;
  /** Per variant that starts with a glob: the glob, or undefined if it is letters then one `*`. */
  readonly globs: readonly (Glob | undefined)[];
  /** Substrings (CJK or punctuation) that start variants, with those variants. */
  readonly needles: ReadonlyMap<string, readonly number[]>;
  /** 1 for the code units that start a needle. */
  readonly needleStarts: Uint8Array;
  /** The needles with their variants, by first code unit. */
  readonly needlesByFirst: ReadonlyMap<number, readonly (readonly [string, readonly number[]])[]>;
}

/** The code points of a glob before its first wildcard. */
function literalPrefix(glob: Glob): string {
  let prefix = '';
  for (const part of glob) {
    if (typeof part !== 'string') break;
    prefix += part;
  }
  return prefix;
}

/**
 * Adds a variant that starts with a word to the trie: its elements as one key (a space as
 * U+0020) up to its end, or up to the letters of a glob before its first wildcard, from where
 * the rest is matched element by element.
 */
function insertVariant(trie: TrieBuilder, id: number, elements: readonly PatternElement[]): void {
  let state = 1;
  for (let k = 0; k < elements.length; k++) {
    const element = elements[k]!;
    if (element.kind === 'glob') {
      const prefix = literalPrefix(element.glob);
      state = trie.insert(prefix, state);
      const prefixOnly = isPrefixOnly(element.glob, prefix);
      (trie.rest[state] ??= []).push({ id, element: k, prefix: prefix.length, prefixOnly });
      trie.mark(state, REST);
      return;
    }
    state = trie.insert(element.kind === 'space' ? ' ' : element.text, state);
  }
  (trie.ends[state] ??= []).push(id);
  trie.mark(state, ENDS | (elements[elements.length - 1]!.kind === 'word' ? BOUNDARY : 0));
}

/** True if `glob` is `prefix` then one `*`. */
const isPrefixOnly = (glob: Glob, prefix: string): boolean => glob.length === Array.from(prefix).length + 1 && glob[glob.length - 1] === ANY_RUN;

const compiled = new WeakMap<readonly Term[], TermMatcher>();

/**
 * Compiles terms for {@link scanText}; the result is kept for the same array of terms.
 *
 * @example
 * ```ts
 * const matcher = compileMatcher(compileTerms(['security', '国家安全']));
 * ```
 */
export function compileMatcher(terms: readonly Term[]): TermMatcher {
  let matcher = compiled.get(terms);
  if (matcher !== undefined) return matcher;
  const trie = new TrieBuilder();
  const globs: (Glob | undefined)[] = [];
  const variants: MatcherVariant[] = [];
  const firstVariant: number[] = [];
  const needles = new Map<string, number[]>();
  terms.forEach((term, t) => {
    firstVariant.push(variants.length);
    term.pattern.variants.forEach((variant: PatternVariant, v) => {
      const id = variants.length;
      variants.push({ term: t, variant: v, elements: variant.elements });
      const first = variant.elements[0];
      if (first === undefined) return;
      if (first.kind === 'word') {
        insertVariant(trie, id, variant.elements);
      } else if (first.kind === 'glob') {
        const prefix = literalPrefix(first.glob);
        (trie.globs[trie.insert(prefix)] ??= []).push(id);
        globs[id] = isPrefixOnly(first.glob, prefix) ? undefined : first.glob;
      } else if (first.kind === 'cjk' || first.kind === 'literal') {
        let list = needles.get(first.text);
        if (list === undefined) needles.set(first.text, (list = []));
        list.push(id);
      }
      // Variants are trimmed, so none starts with a space.
    });
  });
  firstVariant.push(variants.length);
  const needleStarts = new Uint8Array(0x10000);
  const needlesByFirst = new Map<number, [string, number[]][]>();
  for (const [needle, ids] of needles) {
    const first = needle.charCodeAt(0);
    needleStarts[first] = 1;
    let list = needlesByFirst.get(first);
    if (list === undefined) needlesByFirst.set(first, (list = []));
    list.push([needle, ids]);
  }
  const termOf = Int32Array.from(variants, (variant) => variant.term);
  const alone = Uint8Array.from(variants, (variant) => (firstVariant[variant.term + 1]! - firstVariant[variant.term]! === 1 ? 1 : 0));
  matcher = { terms, variants, firstVariant, termOf, alone, trie: trie.build(), globs, needles, needleStarts, needlesByFirst };
  compiled.set(terms, matcher);
  return matcher;
}

// 0: not yet known, 1: not a word character, 2: a word character (BMP code units; a surrogate pair
// is looked up by its code point).
const wordCodeUnits = new Uint8Array(0x10000);
const wordAstral = new Map<number, boolean>();

function isWordCodeUnit(code: number): boolean {
  let known = wordCodeUnits[code]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 2 : 1;
    wordCodeUnits[code] = known;
  }
  return known === 2;
}

// 1 for the ASCII letters and digits, else 0.
const ASCII_WORD = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) {
  ASCII_WORD[code] = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
}

/** Length (1 or 2) of the word character starting at `i`, or 0 if none starts there. */
function wordCharLength(text: string, i: number, code: number): number {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const point = text.codePointAt(i)!;
    if (point > 0xffff) {
      let known = wordAstral.get(point);
      if (known === undefined) wordAstral.set(point, (known = WORD_CHAR.test(String.fromCodePoint(point))));
      return known ? 2 : 0;
    }
  }
  return isWordCodeUnit(code) ? 1 : 0;
}

/**
 * True if the code point starting at `index` of `text` is a word character (a letter, digit or
 * mark that is not CJK); false outside the text.
 *
 * @example
 * ```ts
 * isWordAt('a-b', 1); // false
 * ```
 */
export function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  // A low surrogate: look at the whole code point it ends.
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
    const high = text.charCodeAt(index - 1);
    if (high >= 0xd800 && high <= 0xdbff) return wordCharLength(text, index - 1, high) === 2;
  }
  return wordCharLength(text, index, code) > 0;
}

function wordEnd(text: string, start: number): number {
  let end = start;
  for (let step; end < text.length && (step = wordCharLength(text, end, text.charCodeAt(end))) > 0; ) end += step;
  return end;
}

const isSpaceCode = (code: number): boolean =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/**
 * End of `element` matched at `at` of the normalized text, or -1.
 *
 * @example
 * ```ts
 * matchElement('cyber security', { kind: 'space' }, 5); // 6
 * ```
 */
export function matchElement(text: string, element: PatternElement, at: number): number {
  switch (element.kind) {
    case 'word':
    case 'glob': {
      if (isWordAt(text, at - 1)) return -1;
      const end = wordEnd(text, at);
      if (end === at) return -1;
      const ok = element.kind === 'word' ? end - at === element.text.length && text.startsWith(element.text, at) : matchesGlob(element.glob, text.slice(at, end));
      return ok ? end : -1;
    }
    case 'cjk':
    case 'literal':
      return text.startsWith(element.text, at) ? at + element.text.length : -1;
    case 'space': {
      // The characters of JavaScript's \s.
      let end = at;
      while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
      return end > at ? end : -1;
    }
  }
}

/**
 * End of `elements[from..]` matched at `at`, or -1.
 *
 * @example
 * ```ts
 * matchElements('national security', parsePattern('national security').variants[0]!.elements, 1, 8); // 17
 * ```
 */
export function matchElements(text: string, elements: readonly PatternElement[], from: number, at: number): number {
  let position = at;
  for (let k = from; k < elements.length && position >= 0; k++) position = matchElement(text, elements[k]!, position);
  return position;
}

/**
 * The matches a scan keeps, in the order it finds them: variant, start and end of each, in one
 * typed array that grows by doubling (no array per variant, no object per match).
 */
export class ScanHits {
  data = new Int32Array(3 * 1024);
  length = 0;

  push(id: number, start: number, end: number): void {
    let at = this.length * 3;
    if (at + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[at++] = id;
    this.data[at++] = start;
    this.data[at] = end;
    this.length++;
  }
}

/**
 * Every non-overlapping match of every variant of the matcher's terms in a normalized text, into
 * `hits` (emptied first): each variant's matches leftmost first, and after a match the variant's
 * search resumes at its end. Matches of different variants come in order of start within each
 * kind of variant (the word scan, then the substring scan).

 *
 * @example
 * ```ts
 * const hits = new ScanHits();
 * scanInto(compileMatcher(compileTerms(['security'])), 'cyber security', hits); // hits.data: [0, 6, 14]
 * ```
 */
export function scanInto(matcher: TermMatcher, text: string, hits: ScanHits): void {
  hits.length = 0;
  const { variants } = matcher;
  const resumeAt = new Int32Array(variants.length);
  const accept = (id: number, start: number, end: number): void => {
    if (end < 0 || start < resumeAt[id]!) return;
    hits.push(id, start, end);
    resumeAt[id] = end;
  };
  const { ascii, other, flags, ends, globsTo, rest } = matcher.trie;
  const n = text.length;

  // The variants that go on from `state`, reached at `at` (a glob after the first element).
  const restAt = (state: number, at: number, start: number): void => {
    for (const { id, element, prefix, prefixOnly } of rest[state]!) {
      const elements = variants[id]!.elements;
      // The trie has read the glob's letters before its first wildcard; the word must go on to
      // its end ("chain*": "chains") or match the whole glob.
      let end = prefixOnly ? wordEnd(text, at) : matchElement(text, elements[element]!, at - prefix);
      if (end >= 0 && element + 1 < elements.length) end = matchElements(text, elements, element + 1, end);
      accept(id, start, end);
    }
  };

  // From `state`, reached at `at` at the end of the word that starts at `start`: follows the
  // variants that go on past it (phrases, hyphens, periods, CJK), a run of whitespace for a space.
  const goOn = (state: number, at: number, start: number): void => {
    while (at < n) {
      const code = text.charCodeAt(at);
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x80 && isSpaceCode(code))) {
        state = ascii[(state << 7) | SPACE_KEY]!;
        if (state === 0) return;
        while (++at < n && isSpaceCode(text.charCodeAt(at)));
      } else {
        state = code < 0x80 ? ascii[(state << 7) | code]! : (other.get(state * 0x10000 + code) ?? 0);
        if (state === 0) return;
        at++;
      }
      const flag = flags[state]!;
      if ((flag & ENDS) !== 0 && ((flag & BOUNDARY) === 0 || !isWordAt(text, at))) for (const id of ends[state]!) accept(id, start, at);
      if ((flag & REST) !== 0) restAt(state, at, start);
    }
  };

  if (ascii.length > 2 * 0x80 || globsTo[1] !== undefined) {
    let i = 0;
    while (i < n) {
      let code = text.charCodeAt(i);
      let step = code < 0x80 ? ASCII_WORD[code]! : wordCharLength(text, i, code);
      if (step === 0) {
        i++;
        continue;
      }
      const start = i;
      // Walk the trie while it has a path for the word's characters; `state` is the last state on it.
      let state = 1;
      let whole = true;
      for (;;) {
        let next: number;
        if (code < 0x80) {
          next = ascii[(state << 7) | code]!;
        } else {
          next = other.get(state * 0x10000 + code) ?? 0;
          if (step === 2 && next !== 0) next = other.get(next * 0x10000 + text.charCodeAt(i + 1)) ?? 0;
        }
        i += step;
        if (next === 0) {
          whole = false;
          break;
        }
        state = next;
        if (i >= n) break;
        code = text.charCodeAt(i);
        if (code < 0x80) {
          if (ASCII_WORD[code] === 0) break;
          step = 1;
        } else {
          step = wordCharLength(text, i, code);
          if (step === 0) break;
        }
      }
      if (whole) {
        const flag = flags[state]!;
        // At the end of a word: a variant that ends with it needs no other check.
        if ((flag & ENDS) !== 0) for (const id of ends[state]!) accept(id, start, i);
        if ((flag & GOES_ON) !== 0) goOn(state, i, start);
      } else {
        // Off the trie: only the end of the word matters now.
        while (i < n) {
          code = text.charCodeAt(i);
          if (code < 0x80) {
            if (ASCII_WORD[code] === 0) break;
            i++;
          } else {
            step = wordCharLength(text, i, code);
            if (step === 0) break;
            i += step;
          }
        }
      }
      const globs = globsTo[state];
      if (globs !== undefined) {
        let word: string | undefined;
        for (const id of globs) {
          const glob = matcher.globs[id];
          // A glob that is letters then one `*` (threat*) matches every word its letters start.
          if (glob === undefined || matchesGlob(glob, (word ??= text.slice(start, i)))) {
            const elements = variants[id]!.elements;
            accept(id, start, elements.length > 1 ? matchElements(text, elements, 1, i) : i);
          }
        }
      }
    }
  }

  // Substrings: one pass, trying at each position only the needles that start with its character.
  if (matcher.needles.size > 0) {
    const { needleStarts, needlesByFirst } = matcher;
    for (let at = 0; at < n; at++) {
      const code = text.charCodeAt(at);
      if (needleStarts[code] === 0) continue;
      for (const [needle, ids] of needlesByFirst.get(code)!) {
        if (!text.startsWith(needle, at)) continue;
        for (const id of ids) {
          const elements = variants[id]!.elements;
          accept(id, at, elements.length > 1 ? matchElements(text, elements, 1, at + needle.length) : at + needle.length);
        }
      }
    }
  }
}

/**
 * Every non-overlapping match of every variant of the matcher's terms in a normalized text: for
 * each variant (in {@link TermMatcher.variants} order), its matches leftmost first, and after a
 * match the variant's search resumes at its end.
 *
 * @example
 * ```ts
 * const matcher = compileMatcher(compileTerms(['national security', 'security']));
 * scanText(matcher, 'national security and security'); // [[0, 17], [9, 17, 22, 30]]
 * ```
 */
export function scanText(matcher: TermMatcher, text: string): number[][] {
  const scanned = new ScanHits();
  scanInto(matcher, text, scanned);
  const hits: number[][] = matcher.variants.map(() => []);
  const { data } = scanned;
  for (let k = 0; k < scanned.length * 3; k += 3) hits[data[k]!]!.push(data[k + 1]!, data[k + 2]!);
  return hits;
}
