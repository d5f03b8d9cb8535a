import { FileError } from '../errors.js';
import type { Document } from '../text/document.js';
import type { GoldItem } from './parseGold.js';

/** A gold item located in its document: UTF-16 offsets into the original text, end exclusive. */
export interface AlignedGoldItem {
  /** The gold item, its `text` read from the document when the line gave only `offset` + `length`. */
  readonly item: GoldItem & { readonly text: string };
  readonly docId: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The UTF-16 index (JavaScript string index) of code point number `codePoint` of `text`, or -1
 * when the text has fewer code points. Python indexes strings by code point, so a character
 * outside the Basic Multilingual Plane (most emoji, rare Han characters) counts once there and
 * twice here.
 *
 * @example
 * ```ts
 * codePointToUtf16('a🙂b', 2); // 3
 * ```
 */
export function codePointToUtf16(text: string, codePoint: number): number {
  let index = 0;
  for (let k = 0; k < codePoint; k++) {
    if (index >= text.length) return -1;
    const code = text.charCodeAt(index);
    index += code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
  }
  return index <= text.length ? index : -1;
}

/** End of `collapsed` matched at `start` of `source`, where one space matches any whitespace run; -1 if it does not match. */
function matchCollapsed(source: string, start: number, collapsed: string): number {
  let at = start;
  for (let k = 0; k < collapsed.length; k++) {
    const c = collapsed[k]!;
    if (c === ' ') {
      if (!/\s/u.test(source[at] ?? '')) return -1;
      while (at < source.length && /\s/u.test(source[at]!)) at++;
    } else {
      if (source[at] !== c) return -1;
      at++;
    }
  }
  return at;
}

/** The span at code points [offset, offset + length) of the source, checked to be one line with no surrounding whitespace. */
function spanByLength(doc: Document, item: GoldItem, length: number, file: string): { start: number; end: number } {
  const start = codePointToUtf16(doc.text, item.offset);
  const end = codePointToUtf16(doc.text, item.offset + length);
  if (start < 0 || end < 0) {
    throw new FileError(file, `offset ${item.offset} + length ${length} of item "${item.id}" is past the end of "${item.doc}"`, { line: item.line, offset: item.offset });
  }
  const span = doc.text.slice(start, end);
  // Guidelines §2: a sentence never spans two lines, and its text starts and ends with a non-space character.
  const problem = /[\r\n]/u.test(span) ? 'spans a line break' : /^\s|\s$/u.test(span) ? 'starts or ends with whitespace' : null;
  if (problem !== null) {
    throw new FileError(file, `the span of item "${item.id}" (code points ${item.offset}–${item.offset + length} of "${item.doc}") ${problem}`, {
      line: item.line,
      offset: item.offset,
    });
  }
  return { start, end };
}

/**
 * Locates gold items in their source documents: converts each code-point offset to a UTF-16
 * offset and checks that the source text there, whitespace runs collapsed, is the item's text.
 * An item without `text` is located by `offset` + `length` (code points) and its text is read
 * from the document (whitespace collapsed); the span must lie on one line and neither start nor
 * end with whitespace. An item with both must agree on both.
 *
 * @param documentFor the loaded document for a gold `doc` file name, or `undefined` if missing.
 * @param file the gold file's name, for error messages.
 * @throws {FileError} naming the gold file and line when a document is missing, the offset (or
 * offset + length) is past its end, the text at the offset differs, or a span spans a line break.
 * @example
 * ```ts
 * const doc = createDocument({ id: 'a', text: 'Intro. Build ports.' });
 * alignGold([{ ...item, doc: 'a.txt', offset: 7, text: 'Build ports.' }], () => doc, 'gold.jsonl');
 * // [{ item, docId: 'a', start: 7, end: 19 }]
 * alignGold([{ ...item, doc: 'a.txt', offset: 7, length: 12, text: null }], () => doc, 'gold.jsonl')[0].item.text;
 * // 'Build ports.'
 * ```
 */
export function alignGold(
  items: readonly GoldItem[],
  documentFor: (name: string) => Document | undefined,
  file: string,
): AlignedGoldItem[] {
  return items.map((item) => {
    const doc = documentFor(item.doc);
    if (doc === undefined) throw new FileError(file, `document "${item.doc}" of item "${item.id}" is not in the corpus`, { line: item.line });
    const start = codePointToUtf16(doc.text, item.offset);
    if (start < 0) {
      throw new FileError(file, `offset ${item.offset} of item "${item.id}" is past the end of "${item.doc}"`, { line: item.line, offset: item.offset });
    }
    const byLength = item.length === null ? null : spanByLength(doc, item, item.length, file);
    if (item.text === null) {
      // parseGold guarantees a length when the text is absent.
      const span = byLength!;
      return { item: { ...item, text: doc.text.slice(span.start, span.end).replace(/\s+/gu, ' ') }, docId: doc.id, start: span.start, end: span.end };
    }
    const end = matchCollapsed(doc.text, start, item.text);
    if (end < 0) {
      const found = doc.text.slice(start, start + Math.min(40, item.text.length)).replace(/\s+/gu, ' ');
      throw new FileError(file, `text of item "${item.id}" does not match "${item.doc}" at code point ${item.offset} (found "${found}…")`, {
        line: item.line,
        offset: item.offset,
      });
    }
    if (byLength !== null && byLength.end !== end) {
      throw new FileError(file, `length ${item.length} of item "${item.id}" does not agree with its text (${Array.from(doc.text.slice(start, end)).length} code points)`, {
        line: item.line,
        offset: item.offset,
      });
    }
    return { item: { ...item, text: item.text }, docId: doc.id, start, end };
  });
}
