import { WORD_CHAR } from '../text/scripts.js';
import { ANY_RUN, matchesGlob, type Glob } from '../patterns/glob.js';
import type { PatternElement, PatternVariant } from '../patterns/parsePattern.js';
import type { Term } from '../patterns/terms.js';

// Matching every variant of every term in one pass over a normalized text. A variant that starts
// with a word or a glob is found where a word starts: the scan walks a trie of the wanted first
// words (and of the letters before a glob's first wildcard) while it reads the word, so a text is
// read once whatever the number of terms. A variant that starts with CJK characters or
// punctuation is found by substring search. Each candidate is then checked element by element,
// and each variant keeps its leftmost non-overlapping matches, as a regular expression scan would.

// The trie of first words is a table of states: state 0 is "no path", state 1 the root. ASCII
// transitions are an array indexed by state × 128 + code; other code units go through a map keyed
// by state × 65536 + code. Typed arrays keep the scan's inner loop to one array read per character.
interface Trie {
  readonly ascii: Int32Array;
  readonly other: ReadonlyMap<number, number>;
  /** Per state: variants whose first element is exactly the word that ends there. */
  readonly words: readonly (readonly number[] | undefined)[];
  /** Per state: variants whose first element is a glob whose letters before its first wildcard end there. */
  readonly globs: readonly (readonly number[] | undefined)[];
  /** Per state: 1 if `globs` has variants there (0 for state 0, "no path"). */
  readonly marks: Uint8Array;
}

class TrieBuilder {
  private ascii: number[][] = [[], []];
  private readonly other = new Map<number, number>();
  readonly words: (number[] | undefined)[] = [undefined, undefined];
  readonly globs: (number[] | undefined)[] = [undefined, undefined];

  /** The state reached from the root by `key`, adding states as needed. */
  insert(key: string): number {
    let state = 1;
    for (let k = 0; k < key.length; k++) {
      const code = key.charCodeAt(k);
      let next = code < 0x80 ? this.ascii[state]![code] : this.other.get(state * 0x10000 + code);
      if (next === undefined) {
        next = this.ascii.length;
        this.ascii.push([]);
        this.words.push(undefined);
        this.globs.push(undefined);
        if (code < 0x80) this.ascii[state]![code] = next;
        else this.other.set(state * 0x10000 + code, next);
      }
      state = next;
    }
    return state;
  }

  build(): Trie {
    const ascii = new Int32Array(this.ascii.length * 0x80);
    this.ascii.forEach((row, state) => row.forEach((next, code) => (ascii[state * 0x80 + code] = next)));
    const marks = new Uint8Array(this.globs.length);
    this.globs.forEach((list, state) => (marks[state] = state > 0 && list !== undefined ? 1 : 0));
    return { ascii, other: this.other, words: this.words, globs: this.globs, marks };
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
  readonly trie: Trie;
  readonly hasGlobs: boolean;
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
  let hasGlobs = false;
  terms.forEach((term, t) => {
    firstVariant.push(variants.length);
    term.pattern.variants.forEach((variant: PatternVariant, v) => {
      const id = variants.length;
      variants.push({ term: t, variant: v, elements: variant.elements });
      const first = variant.elements[0];
      if (first === undefined) return;
      if (first.kind === 'word') {
        const state = trie.insert(first.text);
        (trie.words[state] ??= []).push(id);
      } else if (first.kind === 'glob') {
        const prefix = literalPrefix(first.glob);
        const state = trie.insert(prefix);
        (trie.globs[state] ??= []).push(id);
        const prefixOnly = first.glob.length === Array.from(prefix).length + 1 && first.glob[first.glob.length - 1] === ANY_RUN;
        globs[id] = prefixOnly ? undefined : first.glob;
        hasGlobs = true;
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
  matcher = { terms, variants, firstVariant, trie: trie.build(), hasGlobs, globs, needles, needleStarts, needlesByFirst };
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

const SPACE: PatternElement = { kind: 'space' };

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
  const { variants, trie, hasGlobs, needles } = matcher;
  const hits: number[][] = variants.map(() => []);
  const resumeAt = new Float64Array(variants.length);
  // Phrases that share a first word ("security environment", "security situation") all look at
  // the word after it: it is found once per position.
  let afterAt = -1;
  let nextStart = -1;
  let nextEnd = -1;
  const accept = (id: number, start: number, firstEnd: number): void => {
    if (start < resumeAt[id]!) return;
    const elements = variants[id]!.elements;
    // A one-word variant: the word is the match.
    let end = firstEnd;
    if (elements.length >= 3 && elements[1]!.kind === 'space' && elements[2]!.kind === 'word') {
      if (afterAt !== firstEnd) {
        afterAt = firstEnd;
        nextStart = matchElement(text, SPACE, firstEnd);
        nextEnd = nextStart < 0 || isWordAt(text, nextStart - 1) ? -1 : wordEnd(text, nextStart);
      }
      const word = (elements[2] as Extract<PatternElement, { kind: 'word' }>).text;
      if (nextEnd < 0 || nextEnd - nextStart !== word.length || !text.startsWith(word, nextStart)) return;
      end = matchElements(text, elements, 3, nextEnd);
    } else if (elements.length > 1) {
      end = matchElements(text, elements, 1, firstEnd);
    }
    if (end < 0) return;
    hits[id]!.push(start, end);
    resumeAt[id] = end;
  };

  const { ascii, other, words, globs, marks } = trie;
  if (words.length > 2 || globs[1] !== undefined) {
    const globsOnPath: number[] = [];
    const rootGlobs = globs[1] ?? [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      let code = text.charCodeAt(i);
      let step = code < 0x80 ? ASCII_WORD[code]! : wordCharLength(text, i, code);
      if (step === 0) {
        i++;
        continue;
      }
      const start = i;
      let state = 1;
      let globCount = 0;
      if (hasGlobs) for (const id of rootGlobs) globsOnPath[globCount++] = id;
      // Read the whole word, walking the trie while it has a path for the word's characters.
      for (;;) {
        if (state !== 0) {
          if (code < 0x80) {
            state = ascii[(state << 7) | code]!;
          } else {
            state = other.get(state * 0x10000 + code) ?? 0;
            if (step === 2 && state !== 0) state = other.get(state * 0x10000 + text.charCodeAt(i + 1)) ?? 0;
          }
          if (marks[state] === 1) for (const id of globs[state]!) globsOnPath[globCount++] = id;
        }
        i += step;
        if (i >= n) break;
        code = text.charCodeAt(i);
        if (code < 0x80) {
          if (ASCII_WORD[code] === 0) break;
          step = 1;
        } else {
          step = wordCharLength(text, i, code);
          if (step === 0) break;
        }
        if (state === 0) {
          // Off the trie: only the end of the word matters now.
          i += step;
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
          break;
        }
      }
      const found = state === 0 ? undefined : words[state];
      if (found !== undefined) for (const id of found) accept(id, start, i);
      if (globCount > 0) {
        let word: string | undefined;
        for (let g = 0; g < globCount; g++) {
          const id = globsOnPath[g]!;
          const glob = matcher.globs[id];
          // A glob that is letters then one `*` (threat*) matches every word its letters start.
          if (glob === undefined || matchesGlob(glob, (word ??= text.slice(start, i)))) accept(id, start, i);
        }
      }
    }
  }

  // Substrings: one pass, trying at each position only the needles that start with its character.
  if (needles.size > 0) {
    const { needleStarts, needlesByFirst } = matcher;
    const n = text.length;
    for (let at = 0; at < n; at++) {
      const code = text.charCodeAt(at);
      if (needleStarts[code] === 0) continue;
      for (const [needle, ids] of needlesByFirst.get(code)!) {
        if (text.startsWith(needle, at)) for (const id of ids) accept(id, at, at + needle.length);
      }
    }
  }
  return hits;
}
