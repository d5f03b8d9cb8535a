// What the calling thread and a counting worker share: the messages between them, and the one
// function that reads and counts a file, so that a file is counted the same way in either thread.
// Kept apart from countCorpusParallel.ts so that a worker loads only what counting needs.
import { SecuritizationError, ValidationError, type ErrorDetails, type SecuritizationErrorCode } from '../../errors.js';
import type { compileTerms, TermInput } from '../../patterns/terms.js';
import type { NestedScope } from '../../count/nested.js';
import type { RateBase } from '../../count/rateBase.js';
import { countDocument, type DocumentTermCounts } from '../../count/termCounts.js';
import type { InvalidUtf8 } from '../readText.js';
import type { CorpusFile } from '../corpus/listCorpusFiles.js';
import type { DocvarsRow } from '../corpus/parseDocvars.js';
import { readCorpusFile } from '../corpus/readCorpusFile.js';

/** Marks the `workerData` of a counting worker. */
export const WORKER_ROLE = 'securitization:count-files';

/** What a worker is started with: the terms, the nesting rule, what rates are per, and how to read files. */
export interface WorkerSetup {
  readonly role: typeof WORKER_ROLE;
  readonly terms: readonly TermInput[];
  readonly nested: NestedScope;
  readonly per: RateBase;
  readonly read: { readonly lang: string | undefined; readonly invalidUtf8: InvalidUtf8; readonly metadata: string | undefined };
}

/** One file to count, with its place in the listing and its docvars row. */
export interface Task {
  readonly index: number;
  readonly file: CorpusFile;
  readonly row: DocvarsRow | undefined;
}

/** A typed error as plain data (only plain data crosses threads). */
export interface SentError {
  readonly name: string;
  readonly code: SecuritizationErrorCode;
  readonly message: string;
  readonly details: ErrorDetails;
  readonly issues?: readonly { readonly field: string; readonly message: string }[];
}

/** The counts of a file, the typed error that kept it from being counted, or a crash. */
export type Reply =
  | { readonly index: number; readonly counts: DocumentTermCounts }
  | { readonly index: number; readonly failure: SentError }
  | { readonly index: number; readonly crash: string };

/**
 * Reads and counts one file: the same steps in a worker as in the calling thread. A typed error
 * becomes a failure of that file; anything else a crash.
 *
 * @example
 * ```ts
 * const reply = await countFile({ index: 0, file, row: undefined }, setup, compileTerms(setup.terms));
 * ```
 */
export async function countFile(task: Task, setup: WorkerSetup, compiled: ReturnType<typeof compileTerms>): Promise<Reply> {
  try {
    const doc = await readCorpusFile(task.file, task.row, setup.read);
    // The position is set by the calling thread, once it knows which earlier files failed.
    return { index: task.index, counts: countDocument(doc, compiled, setup.nested, 0, setup.per) };
  } catch (error) {
    if (!(error instanceof SecuritizationError)) return { index: task.index, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    const issues = error instanceof ValidationError ? { issues: error.issues } : {};
    return { index: task.index, failure: { name: error.name, code: error.code, message: error.message, details: error.details, ...issues } };
  }
}
