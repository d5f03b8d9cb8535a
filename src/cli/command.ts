import type { ParseArgsConfig } from 'node:util';

/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal (progress bars are shown only then). */
  readonly interactive: boolean;
  /** Working directory that relative paths resolve against. */
  readonly cwd: string;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Parsed option values: strings, booleans, or lists of them for `multiple` options. */
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** One subcommand of the `securitization` binary. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Usage line(s) and option descriptions for `--help`. */
  readonly help: string;
  readonly options: OptionSpec;
  /** Whether positional arguments are accepted. */
  readonly positionals?: boolean;
  /** Runs the command; returns the exit code (0 ok, 1 bad input). */
  run(values: OptionValues, positionals: readonly string[], io: CliIO): Promise<number>;
}

/** Exit codes: 0 ok, 1 bad input (a file, a pattern, a document), 2 usage (unknown option or command). */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** A usage error: wrong or missing options. Exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The value of a string option, or a usage error naming it when required and absent. */
export function stringOption(values: OptionValues, name: string, required: true): string;
export function stringOption(values: OptionValues, name: string, required?: false): string | undefined;
export function stringOption(values: OptionValues, name: string, required = false): string | undefined {
  const value = values[name];
  if (value === undefined) {
    if (required) throw new UsageError(`missing --${name}`);
    return undefined;
  }
  if (typeof value !== 'string') throw new UsageError(`--${name} takes a value`);
  return value;
}

/** Options every command has. */
export const COMMON_OPTIONS = {
  format: { type: 'string', short: 'f' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;
