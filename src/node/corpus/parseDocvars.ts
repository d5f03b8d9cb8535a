import { csvParse, tsvParse } from 'd3-dsv';
import { extname } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { FileError } from '../../errors.js';
import { jsonErrorLine } from '../../jsonErrorLine.js';
import type { MetaValue } from '../../text/document.js';

/** One row of a sidecar metadata file. */
export interface DocvarsRow {
  /** The `file` key, with `/` separators and without a leading `./`. */
  readonly key: string;
  /** 1-based line of the row in the sidecar (the line it starts on). */
  readonly line: number;
  /** The typed docvars, in column order, without `file`. */
  readonly docvars: Readonly<Record<string, MetaValue>>;
}

/** The docvars the library knows and types; other columns are kept as they are. */
export const KNOWN_DOCVARS = Object.freeze(['title', 'issuer', 'country', 'year', 'date', 'language', 'source', 'sha256'] as const);

// Blank cells are "no value" (quanteda's NA); surrounding spaces in a cell are never meant.
const blank = (value: unknown): unknown => (typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value);
const text = z.preprocess(blank, z.union([z.string(), z.number(), z.boolean()], 'expected text').transform(String).nullable());

const RowSchema = z
  .object({
    file: z.preprocess(blank, z.string('missing key: the "file" column is empty')),
    title: text.optional(),
    issuer: text.optional(),
    country: text.optional(),
    source: text.optional(),
    year: z
      .preprocess((v) => {
        const b = blank(v);
        return typeof b === 'string' && /^[+-]?\d+$/u.test(b) ? Number(b) : b;
      }, z.int('not an integer year (e.g. 2017)').nullable())
      .optional(),
    date: z.preprocess(blank, z.iso.date('not a date of the form YYYY-MM-DD').nullable()).optional(),
    language: z
      .preprocess(blank, z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u, 'not a language code such as en, zh or zh-Hant').nullable())
      .optional(),
    sha256: z
      .preprocess((v) => {
        const b = blank(v);
        return typeof b === 'string' ? b.toLowerCase() : b;
      }, z.string().regex(/^[0-9a-f]{64}$/u, 'not a SHA-256 (64 hexadecimal digits)').nullable())
      .optional(),
  })
  .catchall(z.preprocess(blank, z.union([z.string(), z.number(), z.boolean(), z.null()], 'expected text, a number, true/false or null')));

interface RawRow {
  readonly line: number;
  readonly fields: Readonly<Record<string, unknown>>;
}

/**
 * The line each record of a delimited text starts on (header included). d3-dsv gives no
 * positions; this follows its rules: a quote opens a field only at the field's start, `""` is an
 * escaped quote, and `\n`, `\r\n` or `\r` ends a record outside quotes.
 */
function recordLines(text: string, delimiter: string): { lines: number[]; unclosedQuoteLine?: number } {
  const lines: number[] = [];
  const n = text.length;
  let line = 1;
  let i = 0;
  const newlineAt = (k: number): boolean => text[k] === '\n' || (text[k] === '\r' && text[k + 1] !== '\n');
  while (i < n) {
    lines.push(line);
    for (;;) {
      if (text[i] === '"') {
        const openedOn = line;
        for (i++; i < n; i++) {
          if (text[i] === '"') {
            if (text[i + 1] !== '"') break;
            i++;
          } else if (newlineAt(i)) line++;
        }
        // d3-dsv reads an unclosed quote to the end of the file: every later row would vanish into one cell.
        if (i >= n) return { lines, unclosedQuoteLine: openedOn };
        i++;
      }
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
      if (i >= n) return { lines };
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      break;
    }
  }
  return { lines };
}

function delimitedRows(text: string, file: string, delimiter: ',' | '\t'): RawRow[] {
  const { lines, unclosedQuoteLine } = recordLines(text, delimiter);
  if (unclosedQuoteLine !== undefined) {
    throw new FileError(file, 'a quoted cell is never closed: add the closing " (write "" for a quote inside a cell)', { line: unclosedQuoteLine });
  }
  const rows = delimiter === ',' ? csvParse(text) : tsvParse(text);
  const columns = rows.columns.map((c) => c.trim());
  if (!columns.includes('file')) {
    throw new FileError(file, `no "file" column in the header (columns: ${columns.join(', ') || 'none'}); the "file" column names each document's file`, { line: 1 });
  }
  return rows.map((row, i) => ({
    line: lines[i + 1] ?? i + 2,
    fields: Object.fromEntries(rows.columns.map((c, k) => [columns[k]!, row[c] ?? ''])),
  }));
}

function jsonRows(text: string, file: string): RawRow[] {
  // JSON.parse decides what is valid JSON but gives no positions: the yaml parser (JSON is YAML)
  // gives each entry's line, and the line of most syntax errors.
  const lineCounter = new LineCounter();
  const parsed = parseDocument(text, { lineCounter, schema: 'json', uniqueKeys: false });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    const line = jsonErrorLine(text, error) ?? parsed.errors[0]?.linePos?.[0].line;
    throw new FileError(file, `not valid JSON (${message})`, line === undefined ? {} : { line });
  }
  const tree = parsed.contents;
  const lineOf = (node: { range?: readonly number[] | null | undefined } | null | undefined): number =>
    node?.range?.[0] === undefined ? 1 : lineCounter.linePos(node.range[0]).line;
  const objectAt = (value: unknown, line: number): Record<string, unknown> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new FileError(file, 'each entry must be an object of docvars, e.g. {"file": "plan.txt", "year": 2017}', { line });
    }
    return value as Record<string, unknown>;
  };
  if (Array.isArray(data) && isSeq(tree)) {
    return data.map((value, i) => {
      const line = lineOf(tree.items[i] as { range?: number[] } | undefined);
      return { line, fields: objectAt(value, line) };
    });
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && isMap(tree)) {
    const rows: RawRow[] = [];
    for (const pair of tree.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const line = lineOf(pair.key as { range?: number[] });
      const value = objectAt((data as Record<string, unknown>)[key], line);
      if (value.file !== undefined && value.file !== key) {
        throw new FileError(file, `entry "${key}" also gives "file": ${JSON.stringify(value.file)}; give the file once, as the key`, { line });
      }
      rows.push({ line, fields: { file: key, ...value } });
    }
    return rows;
  }
  throw new FileError(file, 'expected an array of objects, or an object keyed by file name', { line: 1 });
}

function normalizeKey(key: string): string {
  return key.replaceAll('\\', '/').replace(/^(?:\.\/)+/u, '');
}

/**
 * Parses sidecar metadata (docvars) given as CSV, TSV or JSON; `file` names the sidecar (its
 * extension picks the format) and appears in every error with the line.
 *
 * CSV/TSV: a header row with a `file` column. JSON: an array of objects with a `file` field, or an
 * object keyed by file name. Known docvars are typed: `year` an integer, `date` an ISO date
 * `YYYY-MM-DD`, `language` a language code, `sha256` 64 hex digits (checked against the file),
 * `title`, `issuer`, `country`, `source` text. Other columns are kept (CSV: as text; JSON: as
 * given, if a string, number, boolean or null). Blank cells become `null`; blank rows are skipped.
 *
 * @throws {FileError} naming the sidecar and line: a row without a key, a key given twice (both
 * lines), a bad value, or a file that is not CSV/TSV/JSON.
 * @example
 * ```ts
 * parseDocvars('file,year\nplan.txt,2017\n', 'meta.csv');
 * // [{ key: 'plan.txt', line: 2, docvars: { year: 2017 } }]
 * ```
 */
export function parseDocvars(text: string, file: string): DocvarsRow[] {
  const ext = extname(file).toLowerCase();
  let raw: RawRow[];
  if (ext === '.csv') raw = delimitedRows(text, file, ',');
  else if (ext === '.tsv') raw = delimitedRows(text, file, '\t');
  else if (ext === '.json') raw = jsonRows(text, file);
  else throw new FileError(file, `unsupported metadata format "${ext}" (use .csv, .tsv or .json)`);

  const rows: DocvarsRow[] = [];
  const lineOfKey = new Map<string, number>();
  for (const { line, fields } of raw) {
    if (Object.values(fields).every((v) => blank(v) === null || v === undefined)) continue;
    const result = RowSchema.safeParse(fields);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = String(issue.path[0] ?? 'file');
      const given = fields[field];
      const shown = field === 'file' && blank(given) == null ? '' : ` ${JSON.stringify(given ?? null)}`;
      throw new FileError(file, field === 'file' ? `${issue.message}${shown}` : `${field}${shown}: ${issue.message}`, { line });
    }
    const key = normalizeKey(result.data.file);
    const earlier = lineOfKey.get(key);
    if (earlier !== undefined) throw new FileError(file, `duplicate key "${key}" on lines ${earlier} and ${line}`, { line });
    lineOfKey.set(key, line);
    const typed = result.data as Record<string, MetaValue>;
    const docvars: Record<string, MetaValue> = {};
    for (const column of Object.keys(fields)) if (column !== 'file' && typed[column] !== undefined) docvars[column] = typed[column];
    rows.push({ key, line, docvars });
  }
  return rows;
}
