import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { main } from '../../src/cli/main.js';
import { reproduceCorpus } from '../../src/node.js';
import { zeng2021 } from '../../src/index.js';
import { corpusDir, corpusFile, describeCorpus } from '../support/shared.js';

function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), interactive: false, cwd };
  return main(args, io).then((code) => ({ code, stdout, stderr }));
}

// Made-up sample texts.
const PLAN = 'A made-up plan. National security comes first, and security needs investment.';
const NOTE = '虚构的通知。维护国家安全，防范风险。';

describe('securitization report', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'securitization-report-'));
    writeFileSync(join(dir, 'plan.txt'), PLAN);
    writeFileSync(join(dir, 'note.txt'), NOTE);
    writeFileSync(join(dir, 'meta.csv'), 'file,year,issuer\nplan.txt,2017,Sample Council\nnote.txt,2025,Sample Office\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the report of the files to --out, with docvars from --metadata and a trend', async () => {
    const { code, stderr } = await run(['report', 'plan.txt', 'note.txt', '--metadata', 'meta.csv', '--out', 'out.html', '--terms', 'security,national security', '--title', 'Sample'], dir);
    expect(stderr).toMatch(/^report written to out\.html \(2 documents, \d+ KB\)\n$/u);
    expect(code).toBe(0);
    const doc = parseHTML(readFileSync(join(dir, 'out.html'), 'utf8')).document;
    expect(doc.querySelector('h1')!.textContent).toBe('Sample');
    expect(Array.from(doc.querySelectorAll('table.corpus tbody td:first-child')).map((td) => td.textContent)).toEqual(['plan', 'note']);
    expect(doc.querySelector('table.corpus tbody tr')!.textContent).toContain('issuer: Sample Council');
    expect(Array.from(doc.querySelectorAll('table.terms tbody td:first-child')).map((td) => td.textContent)).toEqual(['security', 'national security']);
    // plan: "security" twice (once inside "National security"); the note holds no English term.
    const counts = Array.from(doc.querySelectorAll('table.counts tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.firstChild!.textContent));
    expect(counts).toEqual([['security', '2', '0'], ['national security', '1', '0']]);
    expect(doc.querySelectorAll('svg').length).toBe(2);
  });

  it('reads a folder, but not the report it writes into that folder', async () => {
    const first = await run(['report', '.', '--metadata', 'meta.csv', '--terms', 'security | 安全', '--out', 'again.html'], dir);
    expect(first.code).toBe(0);
    // Run twice: the second run finds again.html (and out.html) in the folder; it reads out.html
    // as a document, as it would any HTML file, but never its own output.
    const { code, stderr } = await run(['report', '.', '--metadata', 'meta.csv', '--terms', 'security | 安全', '--out', 'again.html'], dir);
    expect(code).toBe(0);
    expect(stderr).toContain("warning: again.html: not read as a document (it is this report's output)");
    const doc = parseHTML(readFileSync(join(dir, 'again.html'), 'utf8')).document;
    const ids = Array.from(doc.querySelectorAll('table.corpus tbody td:first-child')).map((td) => td.textContent);
    expect(ids).toEqual(['note', 'out', 'plan']);
    expect(doc.querySelector('#warnings')!.textContent).toContain("again.html: not read as a document");
    rmSync(join(dir, 'again.html'));
  });

  it('reports a file it cannot read at the top and on stderr, and exits 1', async () => {
    writeFileSync(join(dir, 'broken.txt'), Uint8Array.from([0x61, 0xff, 0x62]));
    try {
      const { code, stdout, stderr } = await run(['report', 'plan.txt', 'broken.txt', '--terms', 'security'], dir);
      expect(code).toBe(1);
      expect(stderr).toContain('broken.txt');
      expect(stderr).toContain('invalid UTF-8 at byte offset 1');
      const doc = parseHTML(stdout).document;
      expect(doc.querySelector('#warnings')!.textContent).toContain('invalid UTF-8 at byte offset 1');
      expect(doc.querySelectorAll('table.corpus tbody tr').length).toBe(1);
    } finally {
      rmSync(join(dir, 'broken.txt'));
    }
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(['report'], dir)).code).toBe(2);
    expect((await run(['report', 'plan.txt', '--format', 'json'], dir)).code).toBe(2);
    expect((await run(['report', 'plan.txt', '--limit', 'many'], dir)).code).toBe(2);
    expect((await run(['report', 'plan.txt', '--nested', 'partial'], dir)).code).toBe(2);
    expect((await run(['report', 'plan.txt', '--bogus'], dir)).code).toBe(2);
    const unknown = await run(['report', 'plan.txt', '--reproduce', 'nobody2020'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('known: zeng2021, auto, none');
  });

  it('exits 1 when nothing can be read or the output cannot be written', async () => {
    const missing = await run(['report', 'no-such-folder'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-folder');
    const unwritable = await run(['report', 'plan.txt', '--out', join('no-such-folder', 'r.html')], dir);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('cannot write the report');
  });

  it('lists its options in --help', async () => {
    const { code, stdout } = await run(['report', '--help'], dir);
    expect(code).toBe(0);
    for (const option of ['--out', '--terms', '--term', '--title', '--metadata', '--trend-by', '--nested', '--window', '--limit', '--lang']) expect(stdout).toContain(option);
  });
});

describeCorpus('securitization report on the shared corpus', () => {
  it('adds the Zeng (2021) reproduction when given the corpus folder, with the rows of reproduceCorpus', async () => {
    const { code, stdout } = await run(['report', corpusDir, '-q', '--no-profiles'], corpusDir);
    expect(code).toBe(0);
    const doc = parseHTML(stdout).document;
    const { rows } = await reproduceCorpus(zeng2021, corpusDir);
    const shown = Array.from(doc.querySelectorAll('table.reproduction tbody tr'));
    expect(shown.length).toBe(rows.length);
    expect(shown.map((tr) => tr.querySelector('td:nth-child(7)')!.textContent)).toEqual(rows.map((r) => r.status));
    expect(doc.querySelector('#profiles')).toBeNull();
  });

  it('keeps only the rows of the files given, and leaves the table out with --reproduce none', async () => {
    const { stdout } = await run(['report', corpusFile('2017-ngaidp.zh.excerpts.txt'), '-q', '--no-profiles', '--no-lexicon'], corpusDir);
    const doc = parseHTML(stdout).document;
    const texts = new Set(Array.from(doc.querySelectorAll('table.reproduction tbody td:nth-child(2)')).map((td) => td.firstChild?.textContent));
    expect(texts).toEqual(new Set(['–', '2017-ngaidp.zh.excerpts.txt']));
    const none = await run(['report', corpusDir, '-q', '--no-profiles', '--reproduce', 'none'], corpusDir);
    expect(parseHTML(none.stdout).document.querySelector('#reproduction')).toBeNull();
  });

  it('leaves the reproduction out for texts that are not the paper\'s', async () => {
    const own = mkdtempSync(join(tmpdir(), 'securitization-report-'));
    try {
      writeFileSync(join(own, 'plan.txt'), PLAN);
      const { code, stdout } = await run(['report', own, '-q', '--no-profiles'], own);
      expect(code).toBe(0);
      expect(parseHTML(stdout).document.querySelector('#reproduction')).toBeNull();
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
