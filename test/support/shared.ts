import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe } from 'vitest';

/** The shared corpus: `SECURITIZATION_CORPUS`, or `../shared/corpus` beside the project. */
export const corpusDir = resolve(process.env.SECURITIZATION_CORPUS ?? resolve(__dirname, '../../../shared/corpus'));
/** The gold annotations: `SECURITIZATION_GOLD`, or `../shared/gold` beside the project. */
export const goldDir = resolve(process.env.SECURITIZATION_GOLD ?? resolve(__dirname, '../../../shared/gold'));

export const corpusAvailable = existsSync(resolve(corpusDir, 'SOURCES.md'));
export const goldAvailable = existsSync(resolve(goldDir, 'dev.jsonl'));

/** Path of a corpus file. */
export const corpusFile = (name: string): string => resolve(corpusDir, name);

const warned = new Set<string>();
function warnMissing(what: string, dir: string): void {
  if (warned.has(dir)) return;
  warned.add(dir);
  console.warn(`\n*** ${what} not found at ${dir}: the tests that need it are SKIPPED (set ${what === 'corpus' ? 'SECURITIZATION_CORPUS' : 'SECURITIZATION_GOLD'}). ***\n`);
}

/** `describe` for tests on the real corpus: skipped, loudly, when the corpus is missing. */
export function describeCorpus(name: string, body: () => void): void {
  if (!corpusAvailable) warnMissing('corpus', corpusDir);
  describe.skipIf(!corpusAvailable)(`${name} [needs ../shared/corpus]`, body);
}

/** `describe` for tests on the gold annotations: skipped, loudly, when they are missing. */
export function describeGold(name: string, body: () => void): void {
  if (!goldAvailable) warnMissing('gold', goldDir);
  describe.skipIf(!goldAvailable)(`${name} [needs ../shared/gold]`, body);
}
