// Helpers shared by the dictionary file formats (browser-safe: no node:path).

/** The name errors give text that came from no file. */
export const NO_FILE = '<text>';

/** Drops a leading byte order mark, which `JSON.parse` and line counting would trip on. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * The dictionary name of a file that has no place for one (YAML, LIWC): its base name without the
 * extension, e.g. `dicts/threats.yml` → `threats`.
 */
export function dictionaryNameFromFile(file: string): string {
  if (file === NO_FILE) return 'dictionary';
  const base = file.split(/[\\/]/u).pop() ?? file;
  const dot = base.lastIndexOf('.');
  const name = dot > 0 ? base.slice(0, dot) : base;
  return name.trim() === '' ? 'dictionary' : name;
}

/** Where each category and entry of a parsed file was written. */
export interface SourceLines {
  /** Line of each category (its key or header line), by category index. */
  readonly categories: readonly number[];
  /** Line of each entry, by category index, then entry index. */
  readonly entries: readonly (readonly number[])[];
}

/** The line of a dictionary field path (`categories.2.entries.0.pattern`), when known. */
export function lineOfField(lines: SourceLines, field: string): number | undefined {
  const match = /^categories\.(\d+)(?:\.entries\.(\d+))?/u.exec(field);
  if (match === null) return undefined;
  const c = Number(match[1]);
  if (match[2] !== undefined) return lines.entries[c]?.[Number(match[2])] ?? lines.categories[c];
  return lines.categories[c];
}
