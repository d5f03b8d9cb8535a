// A single-line document of 10 MB (always) and 100 MB (with SECURITIZATION_BIG=1): counted
// exactly, without a crash, in memory linear in its size. The sentence is made up.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { countTerms, matches } from '../../src/index.js';
import { loadDocument } from '../../src/node/loadDocuments.js';
import { scratchDir } from './support.js';

const dir = scratchDir('big');
// 12 counted tokens (by hand: 11 words + "measures"; the full stop is punctuation); "security"
// twice, "national security" once, "secur*" twice per sentence. No line break anywhere.
const SENTENCE = 'The ministry warned that national security and cyber security require urgent measures. ';
const MB = 1_000_000;

interface Measured {
  readonly seconds: number;
  /** Resident memory after minus before, MB. */
  readonly rssGrowth: number;
  /** Upper bound of the peak growth: the process's peak resident memory minus resident memory before, MB. */
  readonly peakGrowth: number;
}

/** Runs `work` and measures it; `label` names it in the log line. */
function measure(label: string, work: () => void): Measured {
  const before = process.memoryUsage().rss;
  const started = performance.now();
  work();
  const seconds = (performance.now() - started) / 1000;
  const after = process.memoryUsage().rss;
  // resourceUsage().maxRSS is the peak of the whole process (kB): an upper bound of this run's peak.
  const peak = process.resourceUsage().maxRSS * 1024;
  const measured = { seconds, rssGrowth: (after - before) / MB, peakGrowth: (peak - before) / MB };
  console.info(`${label}: ${seconds.toFixed(1)} s, resident memory +${measured.rssGrowth.toFixed(0)} MB after, peak +${measured.peakGrowth.toFixed(0)} MB at most`);
  return measured;
}

/** Every hit of "national security" in a single-line document, with its sentence. */
function matchBig(megabytes: number): Measured {
  const sentences = Math.ceil((megabytes * MB) / SENTENCE.length);
  const text = SENTENCE.repeat(sentences);
  return measure(`${megabytes} MB single-line document, matches() with sentences`, () => {
    const rows = matches([{ id: 'big', text, lang: 'en' }], ['national security']);
    expect(rows.length).toBe(sentences);
    // One sentence per repetition: wink splits the line at every full stop.
    expect(rows[rows.length - 1]!.sentenceIndex).toBe(sentences - 1);
    expect(rows[rows.length - 1]!.sentence).toBe(SENTENCE.trim());
  });
}

async function countBig(megabytes: number): Promise<Measured> {
  const sentences = Math.ceil((megabytes * MB) / SENTENCE.length);
  const path = join(dir, `big-${megabytes}.txt`);
  writeFileSync(path, SENTENCE.repeat(sentences));
  const doc = await loadDocument(path, { lang: 'en' });
  expect(doc.text.length).toBe(sentences * SENTENCE.length);
  return measure(`${megabytes} MB single-line document, countTerms()`, () => {
    const rows = countTerms([doc], ['security', 'national security', 'secur*']);
    expect(rows.map((r) => [r.term, r.count, r.tokens])).toEqual([
      ['security', 2 * sentences, 12 * sentences],
      ['national security', sentences, 12 * sentences],
      ['secur*', 2 * sentences, 12 * sentences],
    ]);
  });
}

describe('bad input: a very long single-line document', () => {
  it('10 MB on one line: counted exactly, peak memory under 100 bytes per byte of text', async () => {
    const measured = await countBig(10);
    expect(measured.peakGrowth).toBeLessThan(100 * 10);
    expect(measured.seconds).toBeLessThan(40);
  }, 120_000);

  it('10 MB on one line: every hit found with its sentence, peak memory under 100 bytes per byte', () => {
    const measured = matchBig(10);
    expect(measured.peakGrowth).toBeLessThan(100 * 10);
    expect(measured.seconds).toBeLessThan(40);
  }, 120_000);

  // Together about a minute and several GB: run with SECURITIZATION_BIG=1.
  it.runIf(process.env.SECURITIZATION_BIG === '1')('100 MB on one line: counted exactly, peak memory under 100 bytes per byte', async () => {
    const measured = await countBig(100);
    expect(measured.peakGrowth).toBeLessThan(100 * 100);
  }, 600_000);

  it.runIf(process.env.SECURITIZATION_BIG === '1')('100 MB on one line: every hit found with its sentence', () => {
    const measured = matchBig(100);
    expect(measured.peakGrowth).toBeLessThan(100 * 100);
  }, 600_000);
});
