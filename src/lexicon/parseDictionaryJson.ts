import { isNode, LineCounter, parseDocument } from 'yaml';
import { FileError } from '../errors.js';
import { jsonErrorLine } from '../jsonErrorLine.js';
import { buildDictionary, reportAsFileError } from './buildDictionary.js';
import { NO_FILE, stripBom } from './fileText.js';
import type { Dictionary } from './schema.js';

/**
 * The line of a field path in JSON text. JSON is YAML, so the `yaml` package's parser, which keeps
 * every node's position, finds it; a missing field is placed at its nearest present parent.
 */
function fieldLineFinder(text: string): (field: string) => number | undefined {
  let find: ((field: string) => number | undefined) | undefined;
  return (field) => {
    if (find === undefined) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { lineCounter });
      find = (path) => {
        const segments: (string | number)[] = path === '' ? [] : path.split('.').map((s) => (/^\d+$/u.test(s) ? Number(s) : s));
        for (let n = segments.length; n >= 0; n--) {
          const node: unknown = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n), true);
          if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
        }
        return undefined;
      };
    }
    return find(field);
  };
}

/**
 * Reads a dictionary from JSON: the {@link Dictionary} shape itself,
 * `{ "name", "description"?, "categories": [{ "key", "description"?, "entries": [{ "pattern", "lang"?, "why"? }] }] }`.
 * The one format that keeps everything: names, descriptions, and entries' `lang` and `why`.
 *
 * @param file The file name for error messages.
 * @throws {FileError} naming `file:line` for a JSON syntax error, and the field (and its line) of
 *   any other problem `dictionary()` finds.
 * @example
 * ```ts
 * parseDictionaryJson('{"name":"demo","categories":[{"key":"threat","entries":[{"pattern":"threat*"}]}]}', 'demo.json').name;
 * // 'demo'
 * ```
 */
export function parseDictionaryJson(text: string, file: string = NO_FILE): Dictionary {
  const source = stripBom(text);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = jsonErrorLine(source, error);
    throw new FileError(file, `not valid JSON: ${message}`, line === undefined ? {} : { line });
  }
  return buildDictionary(data, reportAsFileError(file, fieldLineFinder(source)));
}
