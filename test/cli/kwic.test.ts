import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, it, expect } from 'vitest';
import { cliIn, expectUsageErrors, tableCells } from '../support/cli.js';
import { tempFolder, writeFile, writeFiles } from '../support/files.js';

// Made-up texts. zh: 我们 维护 国家安全 。 (安全 is inside the token 国家安全: its start is context too).
const dir = writeFiles(tempFolder('cli-kwic'), {
  'en.txt': 'We must protect national security, and security matters.',
  'zh.txt': '我们维护国家安全。',
});
const run = cliIn(dir);

describe('securitization kwic', () => {
  it('prints CSV with docId, start, end, pre, keyword, post', async () => {
    const { code, stdout } = await run('kwic', 'en.txt', 'zh.txt', '--term', 'security | 安全', '--window', '2', '-f', 'csv');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('docId,start,end,pre,keyword,post');
    expect(csvParse(stdout).map((r) => ({ ...r }))).toEqual([
      { docId: 'en', start: '25', end: '33', pre: 'protect national', keyword: 'security', post: ', and' },
      { docId: 'en', start: '39', end: '47', pre: ', and', keyword: 'security', post: 'matters.' },
      { docId: 'zh', start: '6', end: '8', pre: '我们维护国家', keyword: '安全', post: '。' },
    ]);
  });

  it('prints JSON with provenance, window 0', async () => {
    const { code, stdout } = await run('kwic', 'en.txt', '--term', 'national security', '-w', '0', '--format', 'json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { provenance: { options: unknown }; rows: unknown[] };
    expect(parsed.provenance.options).toEqual({ nested: 'inclusive', window: 0 });
    expect(parsed.rows).toEqual([{ docId: 'en', start: 16, end: 33, pre: '', keyword: 'national security', post: '' }]);
  });

  it('prints a table by default', async () => {
    const { code, stdout } = await run('kwic', 'en.txt', '--term', 'national security', '--window', '1');
    expect(code).toBe(0);
    expect(tableCells(stdout)).toEqual([
      ['docId', 'start', 'end', 'pre', 'keyword', 'post'],
      ['-----', '-----', '---', '-------', '-----------------', '----'],
      ['en', '16', '33', 'protect', 'national security', ','],
      [''],
    ]);
  });

  it('prints a table of 150,000 lines (no call-stack overflow)', async () => {
    writeFile(dir, 'many.txt', 'security '.repeat(150_000));
    const { code, stdout } = await run('kwic', 'many.txt', '--term', 'security', '--window', '1');
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(2 + 150_000);
  });

  it('exits 1 for a missing file, naming it, and still prints the others', async () => {
    const { code, stdout, stderr } = await run('kwic', 'en.txt', 'gone.txt', '--term', 'matters', '-f', 'csv');
    expect(code).toBe(1);
    expect(csvParse(stdout).map((r) => r.keyword)).toEqual(['matters']);
    expect(stderr).toContain(join(dir, 'gone.txt'));
  });

  it('exits 2 for a missing --term, a bad --window or an unknown option', async () => {
    await expectUsageErrors(dir, [
      ['kwic', 'en.txt'],
      ['kwic', 'en.txt', '--term', 'security', '--window', 'five'],
      ['kwic', 'en.txt', '--term', 'security', '--window=-1'],
      ['kwic', 'en.txt', '--term', 'security', '--terms', 'a,b'],
    ]);
  });

  it('prints its help and exits 0', async () => {
    const { code, stdout } = await run('kwic', '-h');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: securitization kwic /u);
  });
});
