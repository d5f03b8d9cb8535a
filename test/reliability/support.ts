// Helpers of the reliability suite. Every text written by these tests is made up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { SecuritizationError } from '../../src/errors.js';
import { main } from '../../src/cli/main.js';

/** A fresh temporary folder, removed after the file's tests. */
export function scratchDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `securitization-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The error `run` throws (sync or async), checked to be a {@link SecuritizationError} of `type`. */
export async function caught<E extends SecuritizationError>(
  type: abstract new (...args: never[]) => E,
  run: () => unknown,
): Promise<E> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected a ${type.name}, but nothing was thrown`);
}

/** Runs the CLI in-process, collecting its output. */
export async function cli(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), interactive: false, cwd };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/**
 * Rejects when `promise` has not settled after `ms`: a test of something that used to hang
 * fails instead of hanging the run.
 */
export function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms} ms (hang)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Non-overlapping occurrences of a literal string, left to right: an independent count. */
export function literalCount(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
