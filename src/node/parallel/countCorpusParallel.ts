import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DocumentError, FileError, LanguageError, OptionError, PatternError, SecuritizationError, ValidationError } from '../../errors.js';
import { compileTerms, type TermInput } from '../../patterns/terms.js';
import { checkNestedScope } from '../../count/nested.js';
import type { CountOptions } from '../../count/matches.js';
import { checkRateBase, type RateOptions } from '../../count/rateBase.js';
import { emptyTermCounts, TermCountsBuilder, type TermCounts } from '../../count/termCounts.js';
import type { LoadFailure } from '../loadDocuments.js';
import { listCorpusWithDocvars } from '../corpus/listCorpusWithDocvars.js';
import { checkCorpusOptions, type CorpusOptions } from '../corpus/options.js';
import { countFile, WORKER_ROLE, type Reply, type SentError, type Task, type WorkerSetup } from './countFile.js';

/** Options of {@link countCorpusParallel}: how to read the corpus, how to count, what rates are per, and how many threads. */
export interface ParallelCountOptions extends CorpusOptions, CountOptions, RateOptions {
  /**
   * Worker threads that read and count files; default: the number of cores
   * (`os.availableParallelism()`). 0 counts in the calling thread.
   */
  readonly workers?: number;
}

/** What {@link countCorpusParallel} found: the counts, and the files and entries it could not count. */
export interface ParallelCount {
  readonly counts: TermCounts;
  /** Files or folders that could not be read, in the order `streamCorpus` reports them. */
  readonly failures: readonly LoadFailure[];
  /** Entries skipped, with the reason, as `streamCorpus` gives them. */
  readonly warnings: readonly string[];
}

const ERROR_CLASSES: Readonly<Record<string, { prototype: SecuritizationError }>> = {
  DocumentError,
  FileError,
  LanguageError,
  OptionError,
  PatternError,
  ValidationError,
};

/** The error a worker sent, as an instance of its class again (only plain data crosses threads). */
function revive(sent: SentError): SecuritizationError {
  const error = new SecuritizationError(sent.code, sent.message, sent.details);
  const type = ERROR_CLASSES[sent.name];
  if (type !== undefined) Object.setPrototypeOf(error, type.prototype);
  error.name = sent.name;
  if (sent.issues !== undefined) Object.defineProperty(error, 'issues', { value: sent.issues, enumerable: true });
  return error;
}

/**
 * The worker's module file: `worker.js` (ES modules) or `worker.cjs` (CommonJS) next to the file
 * of this code in the built library, where tsup puts every entry.
 */
function workerFile(): URL {
  // CommonJS builds have __filename (ES module builds may have it too, as a shim); ES modules
  // have import.meta.url. The extension of this file tells which build this is.
  const here = typeof __filename === 'string' ? pathToFileURL(__filename) : new URL(import.meta.url);
  const url = new URL(here.pathname.endsWith('.cjs') ? './worker.cjs' : './worker.js', here);
  if (!existsSync(url)) {
    throw new Error(`countCorpusParallel needs its worker file ${fileURLToPath(url)}, built with the library (tsup entry "worker"); pass workers: 0 to count in this thread`);
  }
  return url;
}

const IN_FLIGHT = 2;

/** Runs `tasks` on `size` workers, calling `done` with each reply; rejects if a worker dies. */
async function runPool(size: number, setup: WorkerSetup, tasks: readonly Task[], onDispatch: (task: Task) => void, done: (reply: Reply) => void): Promise<void> {
  if (tasks.length === 0) return;
  const file = workerFile();
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let pending = tasks.length;
      const feed = (worker: Worker): void => {
        const task = tasks[next++];
        if (task === undefined) return;
        onDispatch(task);
        worker.postMessage(task);
      };
      for (let k = 0; k < size; k++) {
        const worker = new Worker(file, { workerData: setup });
        workers.push(worker);
        worker.on('message', (reply: Reply) => {
          done(reply);
          if (--pending === 0) resolve();
          else feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (pending > 0) reject(new Error(`a counting worker stopped (exit code ${code}) before the corpus was counted`));
        });
        // Two files in flight per worker: the next file is read (I/O off the thread) while the
        // current one is counted, and a worker never waits for the calling thread between files.
        for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * Counts terms over a corpus of files with worker threads: each worker reads files by path and
 * counts them (texts never cross threads; counts do), and the counts merge in the order of the
 * files, not of completion. The result is the one `countCorpus` gives over `streamCorpus`'s
 * documents, byte for byte, whatever the number of workers, with `per: 'characters'` as well
 * (the workers then count characters and run no word segmenter).
 *
 * @throws {PatternError} for a malformed term; {OptionError} for a bad option (`nested`, `per`,
 * `workers`, or one of reading the corpus); {FileError} when
 * `input` or the sidecar cannot be read (as `streamCorpus`).
 * @example
 * ```ts
 * const { counts, failures } = await countCorpusParallel('corpus/', ['national security', '国家安全'], { workers: 2 });
 * console.table(toRows(counts));
 * ```
 */
export async function countCorpusParallel(
  input: string | readonly string[],
  terms: Iterable<TermInput> | TermInput,
  options: ParallelCountOptions = {},
): Promise<ParallelCount> {
  const { workers: workerOption, nested: nestedOption, per: perOption, ...corpusOptions } = options;
  const nested = checkNestedScope(nestedOption);
  const per = checkRateBase(perOption);
  const workers = workerOption ?? availableParallelism();
  if (!Number.isSafeInteger(workers) || workers < 0) throw new OptionError('workers', `expected a whole number >= 0, got ${String(workers)}`);
  const termList: TermInput[] = typeof terms === 'object' && terms !== null && Symbol.iterator in terms ? [...terms] : [terms as TermInput];
  const compiled = compileTerms(termList);
  const resolved = checkCorpusOptions(corpusOptions);

  // The same listing, sidecar and order as streamCorpus.
  const listing = await listCorpusWithDocvars(input, corpusOptions, resolved.metadata);
  const { byFile } = listing;
  const warnings = [...listing.warnings];
  const tasks: Task[] = listing.files.map((file, index) => ({ index, file, row: byFile.get(file.file) }));
  const setup: WorkerSetup = {
    role: WORKER_ROLE,
    terms: termList,
    nested,
    per,
    read: { lang: resolved.lang, invalidUtf8: resolved.invalidUtf8, metadata: resolved.metadata },
  };
  const replies = new Array<Reply | undefined>(tasks.length);
  const onDispatch = (task: Task): void => resolved.onFile?.(task.file.path, task.index, tasks.length);
  if (workers === 0) {
    for (const task of tasks) {
      onDispatch(task);
      replies[task.index] = await countFile(task, setup, compiled);
    }
  } else {
    await runPool(Math.min(workers, tasks.length), setup, tasks, onDispatch, (reply) => (replies[reply.index] = reply));
  }

  const counts = new TermCountsBuilder(emptyTermCounts(compiled, nested, per));
  const failures: LoadFailure[] = [...listing.failures];
  for (const [index, reply] of replies.entries()) {
    if (reply === undefined) throw new Error(`file ${tasks[index]!.file.path} was not counted`);
    if ('crash' in reply) throw new Error(`counting ${tasks[index]!.file.path} failed: ${reply.crash}`);
    if ('failure' in reply) failures.push({ file: tasks[index]!.file.path, error: revive(reply.failure) });
    else counts.add({ ...reply.counts, position: counts.size });
  }
  return { counts: counts.build(), failures, warnings };
}
