import { z } from 'zod';
import { OptionError } from '../../errors.js';
import type { InvalidUtf8 } from '../readText.js';

/** How document ids are made: see {@link CorpusOptions.ids}. */
export type CorpusIds = 'name' | 'path';

/**
 * File names (without extension, compared case-insensitively) that a folder read skips by
 * default: they describe a corpus, they are not part of it (e.g. `SOURCES.md`, `README.txt`).
 */
export const DEFAULT_EXCLUDE: readonly string[] = Object.freeze([
  'AUTHORS',
  'CHANGELOG',
  'CONTRIBUTING',
  'COPYING',
  'LICENCE',
  'LICENSE',
  'NOTICE',
  'README',
  'SOURCES',
]);

/** Options of {@link readCorpus} and {@link streamCorpus}. */
export interface CorpusOptions {
  /** Language of every document without a `language` docvar; detected per document when absent. */
  readonly lang?: string;
  /** `error` (default): a file with invalid UTF-8 fails, naming the byte offset; `replace`: U+FFFD. */
  readonly invalidUtf8?: InvalidUtf8;
  /** Path of a sidecar metadata file (`.csv`, `.tsv` or `.json`) keyed by a `file` column. */
  readonly metadata?: string;
  /** Read subfolders too (default `true`). */
  readonly recursive?: boolean;
  /**
   * Follow symbolic links (default `false`: a link is skipped with a warning, so nothing outside
   * the folder is read and no file is counted twice). When `true`, links are followed wherever
   * they point; loops are detected and a file reached twice is read once.
   */
  readonly followSymlinks?: boolean;
  /**
   * `name` (default): the file name without extension; files whose names collide get their
   * relative path instead. `path`: always the relative path (with extension).
   */
  readonly ids?: CorpusIds;
  /** File names skipped in a folder, without extension, case-insensitive; default {@link DEFAULT_EXCLUDE}. */
  readonly exclude?: readonly string[];
  /** Called before each file is read, e.g. to drive a progress bar. */
  readonly onFile?: (file: string, index: number, total: number) => void;
}

/** Options with defaults filled in. */
export interface ResolvedCorpusOptions {
  readonly lang: string | undefined;
  readonly invalidUtf8: InvalidUtf8;
  readonly metadata: string | undefined;
  readonly recursive: boolean;
  readonly followSymlinks: boolean;
  readonly ids: CorpusIds;
  readonly exclude: readonly string[];
  readonly onFile: ((file: string, index: number, total: number) => void) | undefined;
}

const OptionsSchema = z.strictObject({
  lang: z.string().min(1).optional(),
  invalidUtf8: z.enum(['error', 'replace']).default('error'),
  metadata: z.string().min(1).optional(),
  recursive: z.boolean().default(true),
  followSymlinks: z.boolean().default(false),
  ids: z.enum(['name', 'path']).default('name'),
  exclude: z.array(z.string()).default([...DEFAULT_EXCLUDE]),
  onFile: z.custom<(file: string, index: number, total: number) => void>((v) => typeof v === 'function', 'expected a function').optional(),
});

/**
 * Validates corpus options (they may come from a config file or the command line) and fills in
 * the defaults.
 *
 * @throws {OptionError} naming the first option out of its domain.
 * @example
 * ```ts
 * checkCorpusOptions({ ids: 'path' }).recursive; // true
 * ```
 */
export function checkCorpusOptions(options: CorpusOptions): ResolvedCorpusOptions {
  const result = OptionsSchema.safeParse(options);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = issue.path.length > 0 ? issue.path.map(String).join('.') : 'options';
    throw new OptionError(name, issue.message);
  }
  const o = result.data;
  return {
    lang: o.lang,
    invalidUtf8: o.invalidUtf8,
    metadata: o.metadata,
    recursive: o.recursive,
    followSymlinks: o.followSymlinks,
    ids: o.ids,
    exclude: o.exclude,
    onFile: o.onFile,
  };
}
