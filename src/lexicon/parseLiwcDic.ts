import { FileError } from '../errors.js';
import { buildDictionary, reportAsFileError } from './buildDictionary.js';
import { dictionaryNameFromFile, lineOfField, NO_FILE, stripBom } from './fileText.js';
import type { Dictionary } from './schema.js';

interface HeaderCategory {
  readonly number: string;
  readonly key: string;
  readonly depth: number;
  readonly line: number;
  readonly entries: { readonly pattern: string; readonly line: number }[];
}

const HEADER_LINE = /^(\t*)\s*(\d+)\s+(\S.*?)\s*$/u;

/**
 * Reads a LIWC dictionary (`.dic`): a category list between two lines holding only `%`, one
 * `number<TAB>name` per line, then one `word<TAB>number<TAB>number…` line per word. A `*` in a word
 * is a wildcard, as in the library's pattern language. Tabs before a category number nest it under
 * the category above it with fewer tabs (LIWC2015), giving dotted keys (`social.family`); names
 * that already contain dots keep them.
 *
 * Category numbers may be separated by tabs or spaces, but the word must end with a tab, since LIWC
 * words may contain spaces (`kind of`). LIWC2007's conditional codes (`(02 134)…`, `<of>`) are not
 * supported and are reported. The format has no place for a dictionary name (the file's base name is
 * used), descriptions, or an entry's `lang` and `why`: use JSON to keep those.
 *
 * @param file The file name for error messages and the dictionary name.
 * @throws {FileError} naming `file:line`: no `%` lines, a malformed header or word line (no tab, no
 *   category number, a number that is not a whole number), an unknown or repeated category number,
 *   an empty category, a repeated word in a category, or a bad pattern.
 * @example
 * ```ts
 * const dict = parseLiwcDic('%\n1\tthreat\n2\turgency\n%\nthreat*\t1\nurgent*\t2\ncrisis\t1\t2\n', 'demo.dic');
 * dict.categories.map((c) => [c.key, c.entries.map((e) => e.pattern)]);
 * // [['threat', ['threat*', 'crisis']], ['urgency', ['urgent*', 'crisis']]]
 * ```
 */
export function parseLiwcDic(text: string, file: string = NO_FILE): Dictionary {
  const lines = stripBom(text).split(/\r\n|\r|\n/u);
  const fail = (index: number, reason: string): never => {
    throw new FileError(file, reason, { line: index + 1 });
  };
  const isBlank = (index: number): boolean => lines[index]!.trim() === '';
  const isPercent = (index: number): boolean => lines[index]!.trim() === '%';

  let i = 0;
  while (i < lines.length && isBlank(i)) i++;
  if (i === lines.length) fail(0, 'the file is empty: a LIWC dictionary starts with a line holding only "%"');
  if (!isPercent(i)) fail(i, `expected a line holding only "%" to open the category list, found "${lines[i]!.trim()}"`);
  const opening = i++;

  const categories: HeaderCategory[] = [];
  const byNumber = new Map<string, HeaderCategory>();
  for (; i < lines.length && !isPercent(i); i++) {
    if (isBlank(i)) continue;
    const match = HEADER_LINE.exec(lines[i]!);
    if (match === null) {
      fail(i, `expected "number<TAB>category name" in the category list opened at line ${opening + 1}, found "${lines[i]!.trim()}"`);
    }
    const [, tabs, digits, name] = match!;
    const number = String(Number(digits));
    const earlier = byNumber.get(number);
    if (earlier !== undefined) fail(i, `category number ${number} is defined twice (first at line ${earlier.line})`);
    const depth = tabs!.length;
    const parent = categories.findLast((c) => c.depth < depth);
    const key = parent === undefined || depth === 0 ? name! : `${parent.key}.${name!}`;
    const category: HeaderCategory = { number, key, depth, line: i + 1, entries: [] };
    categories.push(category);
    byNumber.set(number, category);
  }
  if (i === lines.length) fail(opening, 'the category list opened here is never closed by a line holding only "%"');
  if (categories.length === 0) fail(i, 'the category list is empty');
  const known = [...byNumber.keys()].join(', ');

  for (i++; i < lines.length; i++) {
    if (isBlank(i)) continue;
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    if (tab < 0) fail(i, `expected "word<TAB>category numbers", found no tab in "${line.trim()}"`);
    const pattern = line.slice(0, tab).trim();
    if (pattern === '') fail(i, 'the word before the tab is empty');
    const fields = line.slice(tab + 1).trim().split(/\s+/u).filter((f) => f !== '');
    if (fields.length === 0) fail(i, `"${pattern}" has no category number after the tab`);
    const seen = new Set<string>();
    for (const field of fields) {
      if (!/^\d+$/u.test(field)) {
        const conditional = /[(<]/u.test(field) ? ' (LIWC2007 conditional codes such as "(02 134)" or "<of>" are not supported)' : '';
        fail(i, `"${pattern}": expected category numbers, found "${field}"${conditional}`);
      }
      const number = String(Number(field));
      const category = byNumber.get(number);
      if (category === undefined) fail(i, `"${pattern}": unknown category number ${number} (the category list defines ${known})`);
      if (seen.has(number)) fail(i, `"${pattern}": category number ${number} is listed twice`);
      seen.add(number);
      category!.entries.push({ pattern, line: i + 1 });
    }
  }

  const data = {
    name: dictionaryNameFromFile(file),
    categories: categories.map(({ key, entries }) => ({ key, entries: entries.map(({ pattern }) => ({ pattern })) })),
  };
  const sourceLines = { categories: categories.map((c) => c.line), entries: categories.map((c) => c.entries.map((e) => e.line)) };
  return buildDictionary(data, reportAsFileError(file, (field) => lineOfField(sourceLines, field)));
}
