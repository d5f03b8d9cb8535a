// Runs the `securitization` binary in-process, as the tests of test/cli do.
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';

/** What one run of the binary gave. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRunOptions {
  /** Working directory that relative paths resolve against (default: the process's). */
  readonly cwd?: string;
  /** Whether stderr is a terminal, which shows progress bars (default false). */
  readonly interactive?: boolean;
}

/** Runs `main(args)` with an io that collects stdout and stderr. */
export async function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    interactive: options.interactive ?? false,
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}

/** `runCli` in `cwd`, with the arguments spread: `run('count', 'a.txt', '--terms', 'security')`. */
export const cliIn =
  (cwd: string) =>
  (...args: string[]): Promise<CliRun> =>
    runCli(args, { cwd });

/** A command's JSON output, `{ provenance, rows }`. */
export interface RowsJson {
  readonly provenance: { readonly library: string; readonly options: Record<string, unknown> };
  readonly rows: Record<string, unknown>[];
}

/** Parses a command's JSON output as `{ provenance, rows }`. */
export const rowsJson = (stdout: string): RowsJson => JSON.parse(stdout) as RowsJson;

/** The cells of an aligned table, line by line (cells are separated by two spaces or more). */
export const tableCells = (stdout: string): string[][] => stdout.split('\n').map((line) => line.split(/\s{2,}/u));

/**
 * Runs each command line in `cwd` and expects a usage error: exit 2, nothing on stdout, and a
 * stderr that starts with `securitization <command>: `.
 */
export async function expectUsageErrors(cwd: string, cases: readonly (readonly string[])[]): Promise<void> {
  for (const args of cases) {
    const { code, stdout, stderr } = await runCli(args, { cwd });
    expect([args, code, stdout]).toEqual([args, 2, '']);
    expect(stderr.startsWith(`securitization ${args[0]}: `), stderr).toBe(true);
  }
}
