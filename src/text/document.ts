import { z } from 'zod';
import { DocumentError, LanguageError } from '../errors.js';
import { validate } from '../validate.js';
import { HAN_CHAR, LATIN_LETTERS } from './scripts.js';

/** The languages the library reads. */
export type Language = 'en' | 'zh';

/** Metadata values a document may carry (docvars): title, issuer, year, source … */
export type MetaValue = string | number | boolean | null;

export const DocumentInputSchema = z.strictObject({
  id: z.string().min(1, 'a document id must not be empty'),
  text: z.string(),
  lang: z.string().optional(),
  meta: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});

/** A document as given by a user: plain data. `lang` is detected from the script when absent. */
export type DocumentInput = z.input<typeof DocumentInputSchema>;

/** A validated document. `text` is kept exactly as given: every span points into it. */
export interface Document {
  readonly id: string;
  readonly text: string;
  readonly lang: Language;
  readonly meta: Readonly<Record<string, MetaValue>>;
}

/**
 * Guesses English or Chinese from the script: Chinese when Han characters are more than a third
 * as many as Latin letters (a Chinese word is one or two characters, an English word about five
 * letters), English when there are Latin letters; `undefined` when there are neither.
 *
 * @example
 * ```ts
 * detectLanguage('加强人工智能安全'); // 'zh'
 * detectLanguage('AI safety');        // 'en'
 * detectLanguage('1234 !!');          // undefined
 * ```
 */
export function detectLanguage(text: string): Language | undefined {
  let han = 0;
  let latin = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (((code | 0x20) - 0x61) >>> 0 < 26) latin++;
      continue;
    }
    let script = scriptOfCodeUnit[code]!;
    if (script === UNKNOWN) script = scriptOfCodeUnit[code] = scriptOf(String.fromCharCode(code));
    if (script === SURROGATE) {
      const point = text.codePointAt(i)!;
      if (point <= 0xffff) continue; // a lone surrogate: no script
      script = scriptOf(String.fromCodePoint(point));
      i++;
    }
    if (script === LATIN) latin++;
    else if (script === HAN) han++;
  }
  if (han > 0 && han * 3 > latin) return 'zh';
  if (latin > 0) return 'en';
  return undefined;
}

// The script of each BMP code unit, looked up on first sight: two regular expressions over every
// character of a document (and an array of all its letters) cost more than reading it.
const UNKNOWN = 0;
const OTHER = 1;
const LATIN = 2;
const HAN = 3;
const SURROGATE = 4;
const scriptOfCodeUnit = new Uint8Array(0x10000);
const LATIN_LETTER = new RegExp(LATIN_LETTERS.source, 'u');
const astralScripts = new Map<string, number>();

function scriptOf(char: string): number {
  if (char.length === 1) {
    const code = char.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return SURROGATE;
  } else {
    const known = astralScripts.get(char);
    if (known !== undefined) return known;
  }
  const script = HAN_CHAR.test(char) ? HAN : LATIN_LETTER.test(char) ? LATIN : OTHER;
  if (char.length > 1 && astralScripts.size < 10_000) astralScripts.set(char, script);
  return script;
}

function resolveLanguage(id: string, text: string, lang: string | undefined): Language {
  if (lang === undefined) {
    const detected = detectLanguage(text);
    if (detected === undefined) {
      throw new LanguageError(
        `Document "${id}": cannot detect its language (no Latin letters or Chinese characters); pass lang: 'en' or 'zh'`,
        { docId: id },
      );
    }
    return detected;
  }
  const base = lang.toLowerCase().split(/[-_]/u)[0];
  if (base === 'en' || base === 'zh') return base;
  throw new LanguageError(`Document "${id}": language "${lang}" is not supported (supported: en, zh)`, { docId: id });
}

/**
 * Validates a document. A bare string becomes a document with id `text1`, `text2` … by position.
 *
 * @throws {ValidationError} when a field has the wrong type, naming the field.
 * @throws {DocumentError} when the text is empty or only whitespace.
 * @throws {LanguageError} when `lang` is not English or Chinese, or cannot be detected.
 * @example
 * ```ts
 * const doc = createDocument({ id: 'plan', text: '维护国家安全' });
 * doc.lang; // 'zh'
 * ```
 */
export function createDocument(input: DocumentInput | string, position = 0): Document {
  const data = validate(
    DocumentInputSchema,
    typeof input === 'string' ? { id: `text${position + 1}`, text: input } : input,
    'document',
  );
  if (data.text.trim() === '') {
    throw new DocumentError(`Document "${data.id}" is empty`, { docId: data.id });
  }
  const doc: Document = Object.freeze({
    id: data.id,
    text: data.text,
    lang: resolveLanguage(data.id, data.text, data.lang),
    meta: Object.freeze({ ...(data.meta ?? {}) }),
  });
  validated.add(doc);
  return doc;
}

// Documents made by createDocument, so that they are not validated twice.
const validated = new WeakSet<object>();

/**
 * Validates a collection of documents (any iterable) and checks that ids are unique. A bare
 * string is one document, not an iterable of one-character documents.
 *
 * @example
 * ```ts
 * const docs = createDocuments(['National security first.', { id: 'b', text: '网络安全' }]);
 * docs.map((d) => d.id); // ['text1', 'b']
 * ```
 */
export function createDocuments(inputs: Iterable<DocumentInput | Document | string>): Document[] {
  const docs: Document[] = [];
  const seen = new Set<string>();
  let position = 0;
  for (const input of isCollection(inputs) ? inputs : [inputs]) {
    const doc = isDocument(input) ? input : createDocument(input, position);
    if (seen.has(doc.id)) throw new DocumentError(`Duplicate document id "${doc.id}"`, { docId: doc.id });
    seen.add(doc.id);
    docs.push(doc);
    position++;
  }
  return docs;
}

// Plain JavaScript callers may pass one document (a string or an object) where a list is expected:
// it is one document, validated like any other, rather than a crash or a string's characters.
function isCollection(inputs: unknown): inputs is Iterable<DocumentInput | Document | string> {
  return typeof inputs === 'object' && inputs !== null && Symbol.iterator in inputs;
}

function isDocument(input: DocumentInput | Document | string): input is Document {
  return typeof input === 'object' && validated.has(input);
}
