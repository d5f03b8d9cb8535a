// A bounded fuzz harness: a fixed seed, a fixed number of cases, a time bound per case. A case
// fails when the target throws anything but a SecuritizationError, takes longer than the bound,
// or breaks a check of its result (e.g. a span outside the text).
import fc from 'fast-check';
import { expect } from 'vitest';
import { SecuritizationError } from '../../src/errors.js';

/** The seed of every fuzz run: the same cases on every machine and every run. */
export const FUZZ_SEED = 7_417;

/** Longest time one case may take. Inputs are at most a few kilobytes: anything slower is a hang. */
export const MAX_MS_PER_CASE = 1000;

/** What a fuzz run did, for the log and docs/reliability.md. */
export interface FuzzStats {
  readonly cases: number;
  /** Cases that ended in a SecuritizationError (rejected input, as they should be). */
  readonly rejected: number;
  readonly slowestMs: number;
  readonly totalMs: number;
}

/**
 * Runs `target` on `numRuns` inputs drawn from `input` with the fixed seed. `target` returns
 * normally (then its own expect() calls have checked the result) or throws; only a
 * SecuritizationError is an acceptable throw.
 */
export function fuzz<T>(name: string, input: fc.Arbitrary<T>, numRuns: number, target: (value: T) => void): FuzzStats {
  let rejected = 0;
  let slowestMs = 0;
  const started = performance.now();
  fc.assert(
    fc.property(input, (value) => {
      const caseStarted = performance.now();
      try {
        target(value);
      } catch (error) {
        if (!(error instanceof SecuritizationError)) throw error;
        rejected++;
      }
      const ms = performance.now() - caseStarted;
      slowestMs = Math.max(slowestMs, ms);
      expect(ms, `one case took ${ms.toFixed(0)} ms`).toBeLessThan(MAX_MS_PER_CASE);
    }),
    { seed: FUZZ_SEED, numRuns, endOnFailure: true },
  );
  const stats = { cases: numRuns, rejected, slowestMs, totalMs: performance.now() - started };
  console.info(
    `fuzz ${name}: ${stats.cases} cases (seed ${FUZZ_SEED}), ${rejected} rejected with a SecuritizationError, slowest ${slowestMs.toFixed(1)} ms, total ${(stats.totalMs / 1000).toFixed(2)} s`,
  );
  return stats;
}
