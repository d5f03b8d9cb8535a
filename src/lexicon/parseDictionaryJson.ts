import { isNode, LineCounter, parseDocument } from 'yaml';
import { FileError } from '../errors.js';
import { buildDictionary, reportAsFileError } from './buildDictionary.js';
import { NO_FILE, stripBom } from './fileText.js';
import type { Dictionary } from './schema.js';

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

/** The line of a JSON syntax error, from the position V8 puts in the message. */
function syntaxErrorLine(text: string, message: string): number | undefined {
  const line = /\bline (\d+)/u.exec(message);
  if (line !== null) return Number(line[1]);
  const position = /\bposition (\d+)/u.exec(message);
  if (position !== null) return lineOfOffset(text, Number(position[1]));
  // The input ended too early: the last line that has anything on it.
  return /end of (JSON|data) input/iu.test(message) ? lineOfOffset(text, text.trimEnd().length) : undefined;
}

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
    const line = syntaxErrorLine(source, message);
    throw new FileError(file, `not valid JSON: ${message}`, line === undefined ? {} : { line });
  }
  return buildDictionary(data, reportAsFileError(file, fieldLineFinder(source)));
}
