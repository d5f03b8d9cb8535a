import { z } from 'zod';
import { DocumentError, LanguageError } from '../errors.js';
import { validate } from '../validate.js';
import { HAN_CHARS, LATIN_LETTERS } from './scripts.js';

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
  const han = text.match(HAN_CHARS)?.length ?? 0;
  const latin = text.match(LATIN_LETTERS)?.length ?? 0;
  if (han > 0 && han * 3 > latin) return 'zh';
  if (latin > 0) return 'en';
  return undefined;
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
