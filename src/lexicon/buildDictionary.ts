import type { z } from 'zod';
import { FileError, PatternError, ValidationError } from '../errors.js';
import { parsePattern } from '../patterns/parsePattern.js';
import { validate } from '../validate.js';
import {
  DictionarySchema,
  type DictionaryCategorySchema,
  type DictionaryEntrySchema,
  type Dictionary,
  type DictionaryCategory,
  type DictionaryEntry,
} from './schema.js';

/** One problem of a dictionary, at its dotted field path. */
export interface DictionaryIssue {
  readonly field: string;
  readonly message: string;
}

/** Turns the problems found into the error to throw. */
export type ReportIssues = (issues: readonly DictionaryIssue[]) => never;

/** Plain data (no file): a {@link ValidationError} naming the field. */
export const reportAsValidationError: ReportIssues = (issues) => {
  throw new ValidationError('dictionary', issues);
};

/**
 * Data read from `file`: a {@link FileError} naming the file and, where `lineOf` knows it, the
 * line of the first bad field.
 */
export function reportAsFileError(file: string, lineOf: (field: string) => number | undefined = () => undefined): ReportIssues {
  return (issues) => {
    const first = issues[0] ?? { field: '', message: 'invalid dictionary' };
    const line = lineOf(first.field);
    const where = first.field === '' ? '' : ` at field "${first.field}"`;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem(s))` : '';
    throw new FileError(file, `invalid dictionary${where}: ${first.message}${more}`, {
      field: first.field,
      ...(line === undefined ? {} : { line }),
    });
  };
}

/**
 * The form in which two patterns are the same entry: their parsed elements, which are normalized
 * (case, width, traditional or simplified Chinese), with any run of whitespace as one space and the
 * variants in sorted order, so that `Security` ≡ `security`, `國家安全` ≡ `国家安全`, `a | b` ≡ `b | a`.
 */
export function patternIdentity(pattern: string): string {
  const variants = parsePattern(pattern).variants.map((variant) =>
    variant.elements.map((element) => (element.kind === 'space' ? ' ' : `${element.kind}\u0000${element.text}`)).join('\u0001'),
  );
  return [...new Set(variants)].sort().join('\u0002');
}

function freezeEntry(entry: z.output<typeof DictionaryEntrySchema>): DictionaryEntry {
  return Object.freeze({
    pattern: entry.pattern,
    ...(entry.lang === undefined ? {} : { lang: entry.lang }),
    ...(entry.why === undefined ? {} : { why: entry.why }),
  });
}

function freezeCategory(category: z.output<typeof DictionaryCategorySchema>): DictionaryCategory {
  return Object.freeze({
    key: category.key,
    ...(category.description === undefined ? {} : { description: category.description }),
    entries: Object.freeze(category.entries.map(freezeEntry)),
  });
}

const validated = new WeakSet<Dictionary>();

/**
 * Validates plain data as a dictionary: its shape (zod), then what the shape cannot say: no empty
 * category, no category key used twice, every pattern valid, no pattern twice in a category.
 * Returns a new, deeply frozen dictionary with its keys in a fixed order.
 */
export function buildDictionary(data: unknown, report: ReportIssues): Dictionary {
  let parsed: z.output<typeof DictionarySchema>;
  try {
    parsed = validate(DictionarySchema, data, 'dictionary');
  } catch (error) {
    if (error instanceof ValidationError) report(error.issues);
    throw error;
  }
  const { name, description, categories } = parsed;
  const firstWithKey = new Map<string, number>();
  categories.forEach((category, c) => {
    const at = `categories.${c}`;
    const earlier = firstWithKey.get(category.key);
    if (earlier !== undefined) {
      report([{ field: `${at}.key`, message: `the category key "${category.key}" is used twice (first by categories.${earlier})` }]);
    }
    firstWithKey.set(category.key, c);
    if (category.entries.length === 0) {
      report([{ field: `${at}.entries`, message: `category "${category.key}" has no entries` }]);
    }
    const seen = new Map<string, number>();
    category.entries.forEach((entry, e) => {
      const field = `${at}.entries.${e}.pattern`;
      let identity: string;
      try {
        identity = patternIdentity(entry.pattern);
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        report([{ field, message: `category "${category.key}": ${error.message}` }]);
      }
      const first = seen.get(identity);
      if (first !== undefined) {
        report([
          {
            field,
            message:
              `category "${category.key}": the pattern "${entry.pattern}" repeats entry ${first} ` +
              `("${category.entries[first]!.pattern}"); patterns are compared after normalization ` +
              '(case, width, traditional and simplified Chinese, order of variants)',
          },
        ]);
      }
      seen.set(identity, e);
    });
  });
  const result: Dictionary = Object.freeze({
    name,
    ...(description === undefined ? {} : { description }),
    categories: Object.freeze(categories.map(freezeCategory)),
  });
  validated.add(result);
  return result;
}

const checkedInputs = new WeakMap<object, Dictionary>();

const isDeepFrozen = (dict: Dictionary): boolean =>
  Object.isFrozen(dict) &&
  Object.isFrozen(dict.categories) &&
  dict.categories.every((c) => Object.isFrozen(c) && Object.isFrozen(c.entries) && c.entries.every((e) => Object.isFrozen(e)));

/**
 * A dictionary that has been validated: `dict` itself when {@link buildDictionary} made it, else
 * its validated copy. The copy of a deeply frozen object (the built-in lexicon) is made once and
 * kept; plain data, which its owner may change between calls, is validated at every call.
 */
export function ensureDictionary(dict: Dictionary): Dictionary {
  if (validated.has(dict)) return dict;
  const cached = checkedInputs.get(dict);
  if (cached !== undefined) return cached;
  const checked = buildDictionary(dict, reportAsValidationError);
  if (isDeepFrozen(dict)) checkedInputs.set(dict, checked);
  return checked;
}
