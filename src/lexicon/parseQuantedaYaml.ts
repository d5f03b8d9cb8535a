import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { FileError } from '../errors.js';
import { buildDictionary, reportAsFileError } from './buildDictionary.js';
import { dictionaryNameFromFile, lineOfField, NO_FILE, stripBom } from './fileText.js';
import type { Dictionary } from './schema.js';

interface Collected {
  readonly key: string;
  readonly line: number;
  readonly entries: { readonly pattern: string; readonly line: number }[];
}

const ALIAS_HINT = ' (a pattern that starts with * must be quoted: "*secur*")';

/**
 * Reads a dictionary in quanteda's YAML format, the format of `quanteda::dictionary(file = "x.yml")`
 * and `as.yaml()`: a mapping of keys to lists of patterns, keys nested to any depth and flattened
 * to dotted keys (`security: {military: [...]}` → `security.military`). A key's value may be a
 * list of patterns, a single pattern, a mapping of sub-keys, or a list mixing patterns and one-key
 * mappings of sub-keys (a key with patterns of its own and sub-keys).
 *
 * Every scalar is read as a string (YAML's failsafe schema), so `yes`, `no` and `911` stay patterns.
 * The format has no place for a dictionary name (the file's base name is used), descriptions, or
 * an entry's `lang` and `why`: use JSON to keep those.
 *
 * @param file The file name for error messages and the dictionary name.
 * @throws {FileError} naming `file:line` for invalid YAML, a structure that is not a dictionary,
 *   an empty category, a repeated key or pattern, or a bad pattern.
 * @example
 * ```ts
 * const dict = parseQuantedaYaml('threat:\n  - threat*\n  - danger*\nsecurity:\n  military:\n    - defen?e\n', 'demo.yml');
 * dict.categories.map((c) => c.key); // ['threat', 'security.military']
 * ```
 */
export function parseQuantedaYaml(text: string, file: string = NO_FILE): Dictionary {
  const lineCounter = new LineCounter();
  const doc = parseDocument(stripBom(text), { schema: 'failsafe', lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined): number => Math.max(1, lineCounter.linePos(offset ?? 0).line);
  const firstError = doc.errors[0];
  if (firstError !== undefined) {
    const hint = /alias|anchor/iu.test(firstError.message) ? ALIAS_HINT : '';
    throw new FileError(file, `not valid YAML: ${firstError.message}${hint}`, { line: lineAt(firstError.pos[0]) });
  }
  const fail = (node: unknown, reason: string): never => {
    const range = (node as { range?: readonly number[] } | null)?.range;
    throw new FileError(file, reason, { line: lineAt(range?.[0]) });
  };

  const collected: Collected[] = [];
  const readMap = (map: YAMLMap, prefix: string): void => {
    for (const pair of map.items) {
      const keyNode = pair.key;
      if (!isScalar(keyNode)) return fail(keyNode ?? map, 'a category key must be a plain name, not a list or a mapping');
      const name = String(keyNode.value);
      readValue(pair.value, prefix === '' ? name : `${prefix}.${name}`, lineAt(keyNode.range?.[0]));
    }
  };
  const readValue = (value: unknown, key: string, keyLine: number): void => {
    if (value === null || value === undefined) {
      collected.push({ key, line: keyLine, entries: [] });
    } else if (isScalar(value)) {
      const pattern = String(value.value);
      collected.push({ key, line: keyLine, entries: pattern === '' ? [] : [{ pattern, line: lineAt(value.range?.[0]) }] });
    } else if (isMap(value)) {
      readMap(value, key);
    } else if (isSeq(value)) {
      const own: Collected | undefined =
        value.items.length === 0 || value.items.some((item) => isScalar(item)) ? { key, line: keyLine, entries: [] } : undefined;
      if (own !== undefined) collected.push(own);
      for (const item of value.items) {
        if (isScalar(item)) own!.entries.push({ pattern: String(item.value), line: lineAt(item.range?.[0]) });
        else if (isMap(item)) readMap(item, key);
        else if (isAlias(item)) fail(item, `category "${key}": aliases are not supported${ALIAS_HINT}`);
        else fail(item, `category "${key}": a list inside a list is not a dictionary; list patterns, or map sub-keys to lists`);
      }
    } else if (isAlias(value)) {
      fail(value, `category "${key}": aliases are not supported${ALIAS_HINT}`);
    } else {
      fail(value, `category "${key}": expected a list of patterns or a mapping of sub-keys`);
    }
  };

  if (doc.contents === null) fail(null, 'the file is empty: expected a mapping of category keys to lists of patterns');
  if (!isMap(doc.contents)) {
    fail(doc.contents, 'expected a mapping of category keys to lists of patterns (quanteda YAML dictionary)');
  }
  readMap(doc.contents as YAMLMap, '');
  const data = {
    name: dictionaryNameFromFile(file),
    categories: collected.map(({ key, entries }) => ({ key, entries: entries.map(({ pattern }) => ({ pattern })) })),
  };
  const lines = { categories: collected.map((c) => c.line), entries: collected.map((c) => c.entries.map((e) => e.line)) };
  return buildDictionary(data, reportAsFileError(file, (field) => lineOfField(lines, field)));
}
