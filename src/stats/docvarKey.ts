import { OptionError } from '../errors.js';
import type { MetaValue } from '../text/document.js';
import type { GroupKey } from './compareKeys.js';
import { documentYear, type WithDocvars } from './documentYear.js';

/**
 * What documents are grouped by: the name of a docvar (`'year'` also reads the year of
 * `meta.date`), or a function of the document.
 */
export type GroupBy = string | ((doc: WithDocvars) => MetaValue | undefined);

/** The group of one document; `null` when the docvar is missing, `null` or blank. */
export function docvarKey(doc: WithDocvars, by: GroupBy): GroupKey | null {
  const value = typeof by === 'function' ? by(doc) : by === 'year' ? documentYear(doc) : doc.meta?.[by];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/** Rejects a `by` that is neither a docvar name nor a function. */
export function checkGroupBy(by: unknown): GroupBy {
  if (typeof by === 'function' || (typeof by === 'string' && by.trim() !== '')) return by as GroupBy;
  throw new OptionError('by', `expected a docvar name or a function of the document, got ${JSON.stringify(by)}`);
}
