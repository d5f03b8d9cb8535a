import type { CliIO } from './command.js';

/** A progress bar: `tick` once per file, `done` at the end. */
export interface Progress {
  tick(file: string): void;
  done(): void;
}

const BAR = 20;
const LINE = 79;

/**
 * A one-line progress bar on stderr for runs over many files, redrawn in place with a carriage
 * return and ended with a newline by `done`. Silent (no output at all) when stderr is not a
 * terminal (`io.interactive` false: piped or logged output stays clean), with `quiet`, or when
 * there is nothing to count.
 *
 * @example
 * ```ts
 * const progress = createProgress(io, files.length, 'reading', { quiet: values.quiet === true });
 * for (const file of files) { progress.tick(file); await read(file); }
 * progress.done();
 * ```
 */
export function createProgress(
  io: Pick<CliIO, 'stderr' | 'interactive'>,
  total: number,
  label: string,
  options: { readonly quiet?: boolean } = {},
): Progress {
  if (!io.interactive || options.quiet === true || !(total > 0)) return { tick() {}, done() {} };
  let count = 0;
  let previous = 0;
  let finished = false;
  const draw = (file: string): void => {
    const filled = Math.round((count / total) * BAR);
    const head = `${label} [${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${count}/${total} `;
    // Keep the end of a long path: the file name is the part that tells files apart.
    const room = Math.max(LINE - head.length, 1);
    const line = head + (file.length > room ? `…${file.slice(file.length - room + 1)}` : file);
    io.stderr(`\r${line.padEnd(previous)}`);
    previous = line.length;
  };
  return {
    tick(file) {
      if (finished) return;
      count = Math.min(count + 1, total);
      draw(file);
    },
    done() {
      if (finished) return;
      finished = true;
      draw('');
      io.stderr('\n');
    },
  };
}
