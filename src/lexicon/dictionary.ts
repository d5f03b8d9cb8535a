import { buildDictionary, reportAsFileError, reportAsValidationError } from './buildDictionary.js';
import type { Dictionary } from './schema.js';

/** Options of {@link dictionary}. */
export interface DictionaryOptions {
  /** The file the data came from: errors become `FileError`s that name it. */
  readonly source?: string;
}

/**
 * Validates plain data as a {@link Dictionary}: named categories (dotted keys for nesting, e.g.
 * `security.military`), each a list of entries `{ pattern, lang?, why? }` in the library's pattern
 * language. Returns a new, deeply frozen dictionary.
 *
 * Besides the shape, it rejects an empty category, a category key used twice, a pattern that
 * `parsePattern` rejects, and a pattern repeated within a category after normalization
 * (`Security` ≡ `security`, `國家安全` ≡ `国家安全`, `a | b` ≡ `b | a`). The same pattern may
 * stand in two categories.
 *
 * @throws {ValidationError} `details.field` naming the bad field, e.g. `categories.2.entries.0.pattern`,
 *   the message naming the category and the entry.
 * @throws {FileError} instead, naming the file, when `options.source` is given.
 * @example
 * ```ts
 * const dict = dictionary({
 *   name: 'threats',
 *   categories: [{ key: 'threat', entries: [{ pattern: 'threat*' }, { pattern: '威胁', lang: 'zh' }] }],
 * });
 * dictionary({ name: 'x', categories: [{ key: 'threat', entries: [] }] });
 * // throws ValidationError: Invalid dictionary at field "categories.0.entries": category "threat" has no entries
 * ```
 */
export function dictionary(data: unknown, options: DictionaryOptions = {}): Dictionary {
  return buildDictionary(data, options.source === undefined ? reportAsValidationError : reportAsFileError(options.source));
}
