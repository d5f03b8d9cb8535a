import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Document } from '../text/document.js';
import { OptionError } from '../errors.js';
import type { LoadFailure } from '../node/loadDocuments.js';
import { listCorpusFiles } from '../node/corpus/listCorpusFiles.js';
import { readCorpus } from '../node/corpus/readCorpus.js';
import { loadDictionary } from '../node/loadDictionary.js';
import type { Dictionary } from '../lexicon/schema.js';
import { UsageError, stringOption, type CliIO, type OptionSpec, type OptionValues } from './command.js';
import { createProgress, type Progress } from './progress.js';
import { countCorpusParallel } from '../node/parallel/countCorpusParallel.js';
import { toRows, type CharacterCountRow, type CountRow } from '../count/termCounts.js';
import type { NestedScope } from '../count/nested.js';
import type { RateBase } from '../count/rateBase.js';
import type { WithProvenance } from '../provenance.js';

/** Terms from `--terms a,b` and repeated `--term x` options. */
export function termsFromArgs(terms: unknown, term: unknown): string[] {
  const list: string[] = [];
  if (typeof terms === 'string') list.push(...terms.split(',').map((t) => t.trim()).filter((t) => t !== ''));
  if (Array.isArray(term)) list.push(...term.filter((t): t is string => typeof t === 'string'));
  else if (typeof term === 'string') list.push(term);
  if (list.length === 0) throw new UsageError('give at least one term with --terms "a,b" or --term a');
  return list;
}

/** Runs over at least this many files show a progress bar (on a terminal, without `--quiet`). */
export const PROGRESS_MIN_FILES = 20;

/** Options of {@link corpusFromArgs}. */
export interface CorpusArgsOptions {
  /** Sidecar metadata file (`--metadata`), relative to `io.cwd`. */
  readonly metadata?: string | undefined;
  /** Language of documents without a `language` docvar (`--lang`). */
  readonly lang?: string | undefined;
  /** `--quiet`: no warnings and no progress bar; failures are still reported. */
  readonly quiet?: boolean;
  /** Label of the progress bar, e.g. `reading target`. */
  readonly label?: string;
}

/** The options of the commands that read files and folders with {@link corpusFromArgs}. */
export const CORPUS_OPTIONS = {
  metadata: { type: 'string' },
  lang: { type: 'string' },
} as const satisfies OptionSpec;

/** `--help` lines of {@link CORPUS_OPTIONS}, `--format` and `--quiet`, for the commands that print rows. */
export const CORPUS_HELP = `  --metadata <file>     docvars sidecar (.csv, .tsv or .json keyed by a file column); its
                        language column sets a document's language
  --lang <en|zh>        language of documents without a language docvar (default: detected)
  --format <f>          table (default), json ({ provenance, rows }) or csv
  -q, --quiet           no warnings or progress bar on stderr; failed files are still reported`;

/**
 * How to read the inputs, from {@link CORPUS_OPTIONS} and `--quiet`: the options of
 * {@link corpusFromArgs}.
 *
 * @example
 * ```ts
 * const { documents, failed } = await corpusFromArgs(inputs, io, corpusArgs(values));
 * ```
 */
export function corpusArgs(values: OptionValues): CorpusArgsOptions {
  return { metadata: stringOption(values, 'metadata'), lang: stringOption(values, 'lang'), quiet: values.quiet === true };
}

/**
 * Lists documents on stderr under a heading, one `  docId: reason` line each; writes nothing when
 * there are none.
 *
 * @example
 * ```ts
 * reportDocuments(io, '1 document(s) left out of the trend', [{ docId: 'a', reason: 'no year' }]);
 * ```
 */
export function reportDocuments(io: CliIO, heading: string, documents: readonly { readonly docId: string; readonly reason: string }[]): void {
  if (documents.length === 0) return;
  io.stderr(`${heading}:\n`);
  for (const { docId, reason } of documents) io.stderr(`  ${docId}: ${reason}\n`);
}

const isFolder = (path: string): Promise<boolean> => stat(path).then((info) => info.isDirectory(), () => false);

/**
 * Paths to give `readCorpus`: one folder as is; files, and several inputs, as one list of files
 * with each folder replaced by its files.
 */
async function corpusInput(
  paths: readonly string[],
  metadata: string | undefined,
): Promise<{ input: string | string[]; warnings: string[]; failures: LoadFailure[] }> {
  const [first] = paths;
  if (paths.length === 1 && (await isFolder(first!))) return { input: first!, warnings: [], failures: [] };
  const files: string[] = [];
  const warnings: string[] = [];
  const failures: LoadFailure[] = [];
  for (const path of paths) {
    if (!(await isFolder(path))) {
      // Missing and unreadable files are kept: readCorpus reports each as a failure naming it, as
      // one bad file among several must not stop the others.
      files.push(path);
      continue;
    }
    // The same rules as a folder read alone (hidden, README, unknown extensions skipped, with warnings).
    const listing = await listCorpusFiles(path, metadata === undefined ? {} : { metadata });
    files.push(...listing.files.map((file) => file.path));
    warnings.push(...listing.warnings);
    failures.push(...listing.failures);
  }
  return { input: files, warnings, failures };
}

/**
 * Reads the files and folders named on the command line with `readCorpus`, so that folders,
 * HTML and PDF files and `--metadata` sidecars work in every command. A single folder is read as
 * `readCorpus` reads it (sidecar keys: paths relative to the folder, or file names). Files, and
 * several inputs, are read as one list of files, each folder replaced by its files (listed by the
 * same rules: hidden, README-like and unknown types skipped with a warning); sidecar keys are then
 * file names.
 *
 * Files that fail are reported on stderr (naming the file) and the others are still read;
 * warnings (skipped entries, sidecar keys naming no file) too, unless `quiet`. `failed` is true
 * when a file failed or no document at all was read: the caller exits with code 1. A progress
 * bar is drawn on stderr for {@link PROGRESS_MIN_FILES} files or more.
 *
 * @throws {UsageError} when no input is given.
 * @throws {FileError} when the sidecar cannot be read or has a bad row.
 * @example
 * ```ts
 * const { documents, failed } = await corpusFromArgs(['corpus/'], io, { metadata: 'corpus.csv' });
 * ```
 */
export async function corpusFromArgs(
  inputs: readonly string[],
  io: CliIO,
  options: CorpusArgsOptions = {},
): Promise<{ documents: Document[]; failed: boolean }> {
  if (inputs.length === 0) throw new UsageError('no input files or folder');
  const metadata = options.metadata === undefined ? undefined : resolve(io.cwd, options.metadata);
  const listed = await corpusInput(inputs.map((p) => resolve(io.cwd, p)), metadata);
  const progress = progressBar(io, options.label ?? 'reading', options.quiet === true);
  const corpus = await readCorpus(listed.input, {
    ...(metadata === undefined ? {} : { metadata }),
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    onFile: progress.onFile,
  });
  progress.done();
  const failed = reportReading(io, inputs, corpus.documents.length, [...listed.failures, ...corpus.failures], [...listed.warnings, ...corpus.warnings], options.quiet === true);
  return { documents: corpus.documents, failed };
}

/** An `onFile` callback that draws a progress bar on stderr once a run has PROGRESS_MIN_FILES files or more. */
function progressBar(io: CliIO, label: string, quiet: boolean): { onFile: (file: string, index: number, total: number) => void; done: () => void } {
  let progress: Progress | undefined;
  return {
    onFile: (file, _index, total) => {
      if (total < PROGRESS_MIN_FILES) return;
      progress ??= createProgress(io, total, label, { quiet });
      progress.tick(file);
    },
    done: () => progress?.done(),
  };
}

/**
 * Reports what reading the inputs gave on stderr: each failed file (always), each warning (unless
 * `quiet`), and a run that read no document. True when the caller is to exit with code 1.
 */
function reportReading(io: CliIO, inputs: readonly string[], documents: number, failures: readonly LoadFailure[], warnings: readonly string[], quiet: boolean): boolean {
  for (const { file, error } of failures) {
    io.stderr(`skipped ${error.details.file === undefined ? `${file}: ` : ''}${error.message}\n`);
  }
  if (!quiet) for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
  if (documents === 0) io.stderr(`no document was read from ${inputs.join(', ')}\n`);
  return failures.length > 0 || documents === 0;
}

/** Options of {@link countFromArgs}. */
export interface CountFromArgsOptions {
  /** Worker threads; 0 reads and counts in this thread, still one file at a time. */
  readonly workers: number;
  readonly nested: NestedScope;
  readonly per: RateBase;
  readonly lang?: string | undefined;
  readonly quiet?: boolean;
}

/**
 * Counts terms in the files and folders named on the command line without holding their texts
 * (`countCorpusParallel`: each file is read and counted, in a worker thread or in this one, and
 * only its counts are kept). The inputs are listed as {@link corpusFromArgs} lists them, failures
 * and warnings are reported the same way, and the rows are the ones `countTerms` gives on the
 * documents `corpusFromArgs` reads, byte for byte.
 *
 * @throws {UsageError} when no input is given.
 * @example
 * ```ts
 * const { rows, failed } = await countFromArgs(['corpus/'], io, ['security'], { workers: 2, nested: 'inclusive', per: 'tokens' });
 * ```
 */
export async function countFromArgs(
  inputs: readonly string[],
  io: CliIO,
  terms: readonly string[],
  options: CountFromArgsOptions,
): Promise<{ rows: WithProvenance<CountRow | CharacterCountRow>; failed: boolean }> {
  if (inputs.length === 0) throw new UsageError('no input files or folder');
  const listed = await corpusInput(inputs.map((p) => resolve(io.cwd, p)), undefined);
  const progress = progressBar(io, 'counting', options.quiet === true);
  const { counts, failures, warnings } = await countCorpusParallel(listed.input, terms, {
    workers: options.workers,
    nested: options.nested,
    per: options.per,
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    onFile: progress.onFile,
  });
  progress.done();
  const failed = reportReading(io, inputs, counts.documents.length, [...listed.failures, ...failures], [...listed.warnings, ...warnings], options.quiet === true);
  return { rows: toRows(counts), failed };
}

/**
 * A whole-number option (`--top`, `--window`, `--min-count`): `undefined` when absent.
 *
 * @throws {OptionError} naming the option when the value is not a whole number ≥ `min` (exit 2).
 * @example
 * ```ts
 * wholeNumberArg(values, 'top', 1); // 20 for --top 20
 * ```
 */
export function wholeNumberArg(values: OptionValues, name: string, min = 0): number | undefined {
  const text = stringOption(values, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/u.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
    throw new OptionError(name, `expected a whole number${min > 0 ? ` >= ${min}` : ''}, got "${text}"`);
  }
  return Number(text);
}

/** The options {@link countedFromArgs} reads. */
export const COUNTED_OPTIONS = {
  terms: { type: 'string' },
  term: { type: 'string', multiple: true },
  dictionary: { type: 'string' },
} as const satisfies OptionSpec;

/** `--help` lines of {@link COUNTED_OPTIONS}. */
/** Help of the `--per` option, shared by the commands that give rates. */
export const PER_HELP = `  --per <base>          what per10k is per: tokens (default: word and number tokens) or
                        characters (letters and digits, the usual rate for Chinese; adds a
                        characters column, and tokens is left empty: no word segmenter runs)`;

export const COUNTED_HELP = `  --terms <list>        comma-separated terms (pattern language: phrases, secur*, a | b, 国家安全)
  --term <pattern>      one term; repeat for more (use it for terms that contain commas)
  --dictionary <d>      a dictionary file (.yml/.yaml quanteda, .dic LIWC, .json) or "builtin"
                        (the securitization lexicon)`;

/** What `table` and `trend` count: every token, the given terms, or a dictionary's categories. */
export type CountedFromArgs =
  | { readonly kind: 'tokens' }
  | { readonly kind: 'terms'; readonly terms: string[] }
  | { readonly kind: 'dictionary'; readonly dictionary: Dictionary; readonly source: string };

/**
 * The terms (`--terms a,b`, repeated `--term x`) or the dictionary (`--dictionary file|builtin`)
 * of a command line; with neither, every token (or, when `required`, a usage error).
 *
 * @throws {UsageError} when terms and a dictionary are both given, or neither and `required`.
 * @throws {FileError} when the dictionary file cannot be read or is not a valid dictionary.
 * @example
 * ```ts
 * await countedFromArgs({ dictionary: 'builtin' }, io, true); // { kind: 'dictionary', … }
 * ```
 */
export async function countedFromArgs(values: OptionValues, io: CliIO, required: true): Promise<Exclude<CountedFromArgs, { kind: 'tokens' }>>;
export async function countedFromArgs(values: OptionValues, io: CliIO, required: boolean): Promise<CountedFromArgs>;
export async function countedFromArgs(values: OptionValues, io: CliIO, required: boolean): Promise<CountedFromArgs> {
  const source = stringOption(values, 'dictionary');
  const hasTerms = values.terms !== undefined || values.term !== undefined;
  if (source !== undefined && hasTerms) throw new UsageError('give terms (--terms, --term) or --dictionary, not both');
  if (source !== undefined) {
    const builtin = /^builtin(:|$)/u.test(source);
    return { kind: 'dictionary', dictionary: await loadDictionary(builtin ? source : resolve(io.cwd, source)), source };
  }
  if (hasTerms || required) {
    if (!hasTerms) throw new UsageError('give terms with --terms "a,b" or --term a, or a dictionary with --dictionary <file|builtin>');
    return { kind: 'terms', terms: termsFromArgs(values.terms, values.term) };
  }
  return { kind: 'tokens' };
}

/**
 * A string option restricted to `choices` (`--measure g2|chi2`): `undefined` when absent.
 *
 * @throws {OptionError} naming the option and the choices when the value is not one of them (exit 2).
 * @example
 * ```ts
 * choiceArg(values, 'measure', ['g2', 'chi2']); // 'chi2' for --measure chi2
 * ```
 */
export function choiceArg<T extends string>(values: OptionValues, name: string, choices: readonly T[]): T | undefined {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  const found = choices.find((choice) => choice === value);
  if (found === undefined) throw new OptionError(name, `expected ${choices.join(', ')}, got "${value}"`);
  return found;
}
