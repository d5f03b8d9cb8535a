import { max } from 'd3-array';
import { csvFormat } from 'd3-dsv';
import { OptionError } from '../errors.js';

/** Output formats every command accepts. */
export type OutputFormat = 'table' | 'json' | 'csv';

export function checkFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return 'table';
  if (value === 'table' || value === 'json' || value === 'csv') return value;
  throw new OptionError('format', `expected table, json or csv, got "${value}"`);
}

// Any record type: rows are read by column name only.
type Row = object;
const get = (row: Row, column: string): unknown => (row as Record<string, unknown>)[column];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (typeof value === 'string') return value.replace(/\s+/gu, ' ');
  return JSON.stringify(value);
}

/** Display width: CJK and other wide characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uff60]/u.test(ch) ? 2 : 1;
  return w;
}

/** An aligned plain-text table; numbers right-aligned. */
export function formatTable(rows: readonly Row[], columns: readonly string[] = Object.keys(rows[0] ?? {})): string {
  if (rows.length === 0) return '(no rows)\n';
  const cells = rows.map((row) => columns.map((c) => cell(get(row, c))));
  // d3's max, not Math.max(...cells): a spread of 100,000+ rows overflows the call stack.
  const widths = columns.map((c, i) => Math.max(width(c), max(cells, (r) => width(r[i]!)) ?? 0));
  const numeric = columns.map((c) => rows.every((row) => typeof get(row, c) === 'number' || get(row, c) === null));
  const pad = (text: string, i: number): string => {
    const fill = ' '.repeat(widths[i]! - width(text));
    return numeric[i] ? fill + text : text + fill;
  };
  const lines = [columns.map(pad), columns.map((_, i) => '-'.repeat(widths[i]!)), ...cells.map((r) => r.map(pad))];
  return lines.map((l) => l.join('  ').trimEnd()).join('\n') + '\n';
}

/**
 * Rows in the chosen format. JSON is `{ provenance, rows }` when provenance is given, so that a
 * saved result says how it was made; CSV and table carry the rows only.
 */
export function formatRows(
  rows: readonly Row[],
  format: OutputFormat,
  extra: { readonly provenance?: unknown; readonly columns?: readonly string[] } = {},
): string {
  switch (format) {
    case 'json':
      return JSON.stringify(extra.provenance === undefined ? rows : { provenance: extra.provenance, rows }, null, 2) + '\n';
    case 'csv':
      return csvFormat(rows.map((r) => ({ ...r }) as Record<string, unknown>), extra.columns ? [...extra.columns] : undefined) + '\n';
    case 'table':
      return formatTable(rows, extra.columns);
  }
}
