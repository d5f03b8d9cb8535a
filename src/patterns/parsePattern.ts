import { PatternError } from '../errors.js';
import { normalizeText } from '../text/normalize.js';
import type { OffsetMap } from '../text/offsets.js';
import { CJK_CHAR, WORD_CHAR } from '../text/scripts.js';
import { ANY_RUN, ONE_CHAR, type Glob } from './glob.js';

/** One piece of a pattern variant, in matching (normalized) form. */
export type PatternElement =
  /** A whole word, e.g. `security`: never matches inside `cybersecurity`. */
  | { readonly kind: 'word'; readonly text: string }
  /** A whole word with wildcards, e.g. `secur*`. */
  | { readonly kind: 'glob'; readonly glob: Glob; readonly text: string }
  /** Chinese, Japanese or Korean characters, matched as a substring. */
  | { readonly kind: 'cjk'; readonly text: string }
  /** Punctuation or symbols, matched exactly, e.g. the hyphen of `cyber-security`. */
  | { readonly kind: 'literal'; readonly text: string }
  /** One or more whitespace characters of any kind, line breaks included. */
  | { readonly kind: 'space' };

/** One alternative of a pattern: `cyber-security` in `cyber security | cyber-security`. */
export interface PatternVariant {
  /** The variant as written (case, script and escapes kept), trimmed. */
  readonly source: string;
  readonly elements: readonly PatternElement[];
}

/** A parsed pattern: one or more variants that count as the same term. */
export interface Pattern {
  /** The pattern as written. */
  readonly source: string;
  readonly variants: readonly PatternVariant[];
}

/** A code point of the normalized pattern; `from`/`to` is its normalized span, backslash included. */
type Char = { readonly char: string; readonly escaped: boolean; readonly from: number; readonly to: number };

function splitEscapes(source: string, text: string): Char[] {
  const chars: Char[] = [];
  for (let i = 0; i < text.length; ) {
    const from = i;
    let point = String.fromCodePoint(text.codePointAt(i)!);
    i += point.length;
    const escaped = point === '\\';
    if (escaped) {
      if (i >= text.length) throw new PatternError(source, 'it ends with a lone backslash (write \\\\ for a backslash)');
      point = String.fromCodePoint(text.codePointAt(i)!);
      i += point.length;
    }
    chars.push({ char: point, escaped, from, to: i });
  }
  return chars;
}

function splitVariants(chars: readonly Char[]): Char[][] {
  const variants: Char[][] = [[]];
  for (const c of chars) {
    if (c.char === '|' && !c.escaped) variants.push([]);
    else variants[variants.length - 1]!.push(c);
  }
  return variants;
}

const isSpace = (c: Char): boolean => /\s/u.test(c.char);
const isWildcard = (c: Char): boolean => !c.escaped && (c.char === '*' || c.char === '?');

function kindOf(c: Char): 'space' | 'cjk' | 'word' | 'literal' {
  if (isSpace(c)) return 'space';
  if (CJK_CHAR.test(c.char)) return 'cjk';
  if (isWildcard(c) || WORD_CHAR.test(c.char)) return 'word';
  return 'literal';
}

function toElement(source: string, kind: 'space' | 'cjk' | 'word' | 'literal', run: readonly Char[]): PatternElement {
  const text = run.map((c) => c.char).join('');
  if (kind === 'space') return { kind };
  if (kind !== 'word') return { kind, text };
  if (!run.some(isWildcard)) return { kind: 'word', text };
  if (run.every(isWildcard)) {
    throw new PatternError(source, `the wildcard "${text}" needs at least one letter or digit beside it`);
  }
  const glob: Glob = run.map((c) => (isWildcard(c) ? (c.char === '*' ? ANY_RUN : ONE_CHAR) : c.char));
  return { kind: 'glob', glob, text };
}

function parseVariant(source: string, chars: readonly Char[], index: number, count: number, offsets: OffsetMap): PatternVariant {
  let first = 0;
  let last = chars.length;
  while (first < last && isSpace(chars[first]!)) first++;
  while (last > first && isSpace(chars[last - 1]!)) last--;
  const trimmed = chars.slice(first, last);
  if (trimmed.length === 0) {
    throw new PatternError(source, count === 1 ? 'it is empty or only spaces' : `variant ${index + 1} of ${count} is empty`);
  }
  const elements: PatternElement[] = [];
  let run: Char[] = [];
  let runKind = kindOf(trimmed[0]!);
  for (const c of trimmed) {
    const kind = kindOf(c);
    if (kind !== runKind) {
      elements.push(toElement(source, runKind, run));
      run = [];
      runKind = kind;
    }
    run.push(c);
  }
  elements.push(toElement(source, runKind, run));
  const [start, end] = offsets.span(trimmed[0]!.from, trimmed[trimmed.length - 1]!.to);
  return { source: source.slice(start, end), elements };
}

/**
 * Parses a pattern of the library's pattern language. Never compiled to a regular expression, so
 * no pattern can trigger catastrophic backtracking, and regex metacharacters are plain text.
 *
 * - `security`: the whole word, any case (`Security`, `ＳＥＣＵＲＩＴＹ`), not inside `cybersecurity`,
 *   but in `cyber-security` and `security's` (hyphens, dashes and apostrophes separate words);
 * - `national security`: a phrase; the space matches any run of whitespace, line breaks included;
 * - `secur*`, `defen?e`: wildcards inside one word (`*` any run, `?` one character);
 * - `cyber security | cyber-security | cybersecurity`: variants that count as one term;
 * - `国家安全`, `國家安全`: Chinese is matched as a substring, traditional and simplified alike;
 * - `\*`, `\|`, `\?`, `\\`: the character itself.
 *
 * @throws {PatternError} when the pattern or one of its variants is empty, or a wildcard stands alone.
 * @example
 * ```ts
 * parsePattern('defense | defence').variants.length; // 2
 * ```
 */
export function parsePattern(source: string): Pattern {
  if (typeof source !== 'string') throw new PatternError(String(source), 'a pattern must be a string');
  const normalized = normalizeText(source);
  const variants = splitVariants(splitEscapes(source, normalized.text));
  return {
    source,
    variants: variants.map((chars, index) => parseVariant(source, chars, index, variants.length, normalized.offsets)),
  };
}
