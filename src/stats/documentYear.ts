import type { MetaValue } from '../text/document.js';

/** What {@link documentYear} reads: a document or anything with its docvars. */
export interface WithDocvars {
  readonly id: string;
  readonly meta?: Readonly<Record<string, MetaValue>> | undefined;
}

const YEAR = /^\s*(\d{4})\s*$/u;
const DATE_YEAR = /^\s*(\d{4})(?:$|[-/.\sT])/u;

/**
 * The year of a document: `meta.year` (a whole number, or a string of four digits), else the
 * leading four-digit year of `meta.date` (`2017-07-20`, `2017/07`, `2017`); `null` when neither
 * gives one.
 *
 * @example
 * ```ts
 * documentYear({ id: 'plan', meta: { date: '2017-07-20' } }); // 2017
 * documentYear({ id: 'note', meta: { year: 'n.d.' } });      // null
 * ```
 */
export function documentYear(doc: WithDocvars): number | null {
  const year = doc.meta?.year;
  if (typeof year === 'number' && Number.isInteger(year)) return year;
  if (typeof year === 'string') {
    const match = YEAR.exec(year);
    if (match) return Number(match[1]);
  }
  const date = doc.meta?.date;
  if (typeof date === 'string') {
    const match = DATE_YEAR.exec(date);
    if (match) return Number(match[1]);
  }
  return null;
}
