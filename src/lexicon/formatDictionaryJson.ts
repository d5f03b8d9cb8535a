import { ensureDictionary } from './buildDictionary.js';
import type { Dictionary } from './schema.js';

/**
 * Writes a dictionary as JSON (see {@link parseDictionaryJson}), indented by two spaces, ending
 * with a newline. Everything survives: name, descriptions, and entries' `lang` and `why`.
 *
 * @example
 * ```ts
 * formatDictionaryJson(dictionary({ name: 'demo', categories: [{ key: 'threat', entries: [{ pattern: 'threat*' }] }] }));
 * // '{\n  "name": "demo",\n  "categories": [\n    {\n      "key": "threat", …'
 * ```
 */
export function formatDictionaryJson(dict: Dictionary): string {
  return `${JSON.stringify(ensureDictionary(dict), null, 2)}\n`;
}
