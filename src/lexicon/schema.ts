import { z } from 'zod';
import type { Language } from '../text/document.js';

// Tabs and line breaks have no place in a pattern or a key: LIWC files use the tab as their field
// separator and every format is line-based, and a space in a pattern already matches any run of
// whitespace, line breaks included.
const TAB_OR_LINE_BREAK = /[\t\n\v\f\r\u0085\u2028\u2029]/u;

// One name of a dotted key: no dot, no colon (the colon separates category and pattern in the
// labels of `dictionaryTerms`), no surrounding whitespace.
const KEY_NAME = String.raw`[^.:\s](?:[^.:\t\n\v\f\r\u0085\u2028\u2029]*[^.:\s])?`;
const KEY = new RegExp(String.raw`^${KEY_NAME}(?:\.${KEY_NAME})*$`, 'u');

const nonBlank = (): z.ZodString => z.string().regex(/\S/u, 'must not be empty or blank');

const patternText = z
  .string()
  .regex(/\S/u, 'must not be empty or blank')
  .refine((s) => !/^\s|\s$/u.test(s), 'must not start or end with whitespace')
  .refine((s) => !TAB_OR_LINE_BREAK.test(s), 'must not contain tabs or line breaks (a space already matches any whitespace)');

/** Schema of {@link DictionaryEntry}. */
export const DictionaryEntrySchema = z.strictObject({
  pattern: patternText,
  lang: z.enum(['en', 'zh']).optional(),
  why: nonBlank().optional(),
});

/** Schema of {@link DictionaryCategory}. */
export const DictionaryCategorySchema = z.strictObject({
  key: z
    .string()
    .regex(
      KEY,
      'a category key is one or more names joined by dots (e.g. security.military); a name must not be empty, ' +
        'start or end with whitespace, or contain ":", tabs or line breaks',
    ),
  description: nonBlank().optional(),
  // Emptiness is checked after parsing, so that the message can name the category's key.
  entries: z.array(DictionaryEntrySchema),
});

/** Schema of {@link Dictionary}. */
export const DictionarySchema = z.strictObject({
  name: nonBlank(),
  description: nonBlank().optional(),
  categories: z.array(DictionaryCategorySchema).min(1, 'a dictionary needs at least one category'),
});

/**
 * One pattern of a dictionary category, in the library's pattern language (`threat*`,
 * `defense | defence`, `national security`, `国家安全`).
 */
export interface DictionaryEntry {
  readonly pattern: string;
  /** Counted only in documents of this language; absent: in every document. */
  readonly lang?: Language;
  /** Why the pattern is in the category: the rationale, citing the literature or the usage. */
  readonly why?: string;
}

/** A category: a key (dotted for nesting, e.g. `security.military`) and its patterns. */
export interface DictionaryCategory {
  readonly key: string;
  readonly description?: string;
  readonly entries: readonly DictionaryEntry[];
}

/** A validated dictionary: named categories of patterns. Made by {@link dictionary}; deeply frozen. */
export interface Dictionary {
  readonly name: string;
  readonly description?: string;
  readonly categories: readonly DictionaryCategory[];
}

/** What {@link dictionary} accepts: plain data of the shape of a {@link Dictionary}. */
export type DictionaryInput = z.input<typeof DictionarySchema>;
