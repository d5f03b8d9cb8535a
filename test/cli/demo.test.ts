import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_MARKER, sampleDocuments } from '../../src/cli/sample/index.js';
import { runCli as run } from '../support/cli.js';
import { corpusDir, describeCorpus } from '../support/shared.js';

/** The cells of the first table line that starts with `docId` and has `term` as its second cell. */
const cells = (stdout: string, docId: string, term: string): string[] | undefined =>
  stdout
    .split('\n')
    .map((line) => line.trim().split(/\s{2,}/u))
    .find((c) => c[0] === docId && c[1] === term);

describe('the sample texts', () => {
  it('are marked and count as counted by hand (checked here with plain regular expressions)', () => {
    const text = (id: string) => sampleDocuments.find((d) => d.id === id)!.text;
    for (const doc of sampleDocuments) expect(doc.meta?.note).toBe(SAMPLE_MARKER);
    expect(text('sample-en').match(/\bsecurity\b/giu)).toHaveLength(7);
    expect(text('sample-en').match(/\bnational\s+security\b/giu)).toHaveLength(2);
    expect(text('sample-en').match(/\bsafety\b/giu)).toHaveLength(2);
    expect(text('sample-zh-hans').split('安全')).toHaveLength(10);
    expect(text('sample-zh-hans').split('国家安全')).toHaveLength(3);
    expect(text('sample-zh-hant').split('國家安全')).toHaveLength(3);
  });
});

describe('securitization demo', () => {
  const noCorpus = join(tmpdir(), 'no-corpus-for-the-demo');

  it('runs fast, marks the samples, and prints counts, KWIC and the reproduction', async () => {
    const started = performance.now();
    const { code, stdout, stderr } = await run(['demo', '--corpus', noCorpus]);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(SAMPLE_MARKER);
    expect(stdout).toContain(SAMPLE_MARKER.toUpperCase());
    // docId, term, inclusive, exclusive: counted by hand in the sample texts.
    expect(cells(stdout, 'sample-en', 'security')?.slice(0, 4)).toEqual(['sample-en', 'security', '7', '5']);
    expect(cells(stdout, 'sample-en', 'national security')?.slice(0, 4)).toEqual(['sample-en', 'national security', '2', '2']);
    expect(cells(stdout, 'sample-zh-hans', '安全')?.slice(0, 4)).toEqual(['sample-zh-hans', '安全', '9', '7']);
    expect(cells(stdout, 'sample-zh-hant', '安全')?.slice(0, 4)).toEqual(['sample-zh-hant', '安全', '9', '7']);
    expect(stdout).toMatch(/sample-en\s+technology that bears on\s+national security\s+and on the daily/u);
    expect(stdout).toMatch(/sample-en\s+en\s+security or safety\s+9\s+unknown/u);
    expect(stdout).toContain(`No corpus at ${noCorpus}`);
    expect(stdout).toMatch(/\(no text\)\s+zh\s+安全\s+48\s+missing/u);
    expect(stdout.split('\n').length).toBeLessThanOrEqual(80);
  });

  it('refuses json and csv output: exit 2', async () => {
    const { code, stderr } = await run(['demo', '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr).toContain('tables only');
  });
});

describeCorpus('securitization demo with the shared corpus', () => {
  it('adds the reproduction on the real texts, in about 80 lines', async () => {
    const started = performance.now();
    const { code, stdout } = await run(['demo', '--corpus', corpusDir]);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(code).toBe(0);
    expect(stdout).toContain(`reproduction on the real texts in ${corpusDir}`);
    expect(stdout).toMatch(/2017-ngaidp\.en\.txt\s+en\s+security\s+48\s+34\s+translation/u);
    expect(stdout).toMatch(/2017-ngaidp\.zh\.excerpts\.txt\s+zh\s+国家安全\s+8\s+4\s+excerpt/u);
    expect(stdout.split('\n').length).toBeLessThanOrEqual(85);
  });
});
