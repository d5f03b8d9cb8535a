import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, it, expect } from 'vitest';
import { cliIn, expectUsageErrors, tableCells } from '../support/cli.js';
import { NOT_TEXT, tempFolder, writeFiles } from '../support/files.js';

// Made-up texts. en: 5 counted tokens (National security and cyber security); zh: 维护 国家安全 = 2.
const dir = writeFiles(tempFolder('cli-count'), {
  'en.txt': 'National security and cyber security.\n',
  'zh.txt': '维护国家安全。',
  'binary.txt': NOT_TEXT,
});
const run = cliIn(dir);

describe('securitization count', () => {
  it('prints an aligned table by default', async () => {
    const { code, stdout, stderr } = await run('count', 'en.txt', 'zh.txt', '--terms', 'security,national security,国家安全');
    expect([code, stderr]).toEqual([0, '']);
    expect(tableCells(stdout)).toEqual([
      ['docId', 'term', 'count', 'tokens', 'per10k'],
      ['-----', '-----------------', '-----', '------', '------'],
      ['en', 'security', '2', '5', '4000'],
      ['en', 'national security', '1', '5', '2000'],
      ['en', '国家安全', '0', '5', '0'],
      ['zh', 'security', '0', '2', '0'],
      ['zh', 'national security', '0', '2', '0'],
      ['zh', '国家安全', '1', '2', '5000'],
      [''],
    ]);
  });

  it('prints CSV that d3-dsv parses back to the rows', async () => {
    const { code, stdout } = await run('count', 'en.txt', 'zh.txt', '--term', 'security', '--term', 'a, b | national security', '-f', 'csv');
    expect(code).toBe(0);
    expect(csvParse(stdout).map((r) => ({ ...r }))).toEqual([
      { docId: 'en', term: 'security', count: '2', tokens: '5', per10k: '4000' },
      { docId: 'en', term: 'a, b | national security', count: '1', tokens: '5', per10k: '2000' },
      { docId: 'zh', term: 'security', count: '0', tokens: '2', per10k: '0' },
      { docId: 'zh', term: 'a, b | national security', count: '0', tokens: '2', per10k: '0' },
    ]);
  });

  it('prints JSON with the rows and the provenance of the options', async () => {
    const { code, stdout } = await run('count', 'en.txt', '--terms', 'security,national security', '--nested', 'exclusive', '--format', 'json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { provenance: { library: string; options: unknown }; rows: unknown[] };
    expect(parsed.provenance.library).toBe('securitization');
    expect(parsed.provenance.options).toEqual({ nested: 'exclusive' });
    expect(parsed.rows).toEqual([
      { docId: 'en', term: 'security', count: 1, tokens: 5, per10k: 2000 },
      { docId: 'en', term: 'national security', count: 1, tokens: 5, per10k: 2000 },
    ]);
  });

  it('gives rates per 10,000 characters with --per characters, in JSON and CSV', async () => {
    // Characters by hand: en 8 + 8 + 3 + 5 + 8 = 32; zh 维护国家安全 = 6.
    const json = await run('count', 'en.txt', 'zh.txt', '--terms', 'security,国家安全', '--per', 'characters', '-f', 'json');
    expect([json.code, json.stderr]).toEqual([0, '']);
    const parsed = JSON.parse(json.stdout) as { provenance: { options: unknown }; rows: unknown[] };
    expect(parsed.provenance.options).toEqual({ nested: 'inclusive', per: 'characters' });
    expect(parsed.rows).toEqual([
      { docId: 'en', term: 'security', count: 2, tokens: null, characters: 32, per10k: 625 },
      { docId: 'en', term: '国家安全', count: 0, tokens: null, characters: 32, per10k: 0 },
      { docId: 'zh', term: 'security', count: 0, tokens: null, characters: 6, per10k: 0 },
      { docId: 'zh', term: '国家安全', count: 1, tokens: null, characters: 6, per10k: (1 / 6) * 10_000 },
    ]);

    const csv = await run('count', 'en.txt', 'zh.txt', '--term', '国家安全', '--per', 'characters', '-f', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe('docId,term,count,tokens,characters,per10k');
    expect(csvParse(csv.stdout).map((r) => ({ ...r }))).toEqual([
      { docId: 'en', term: '国家安全', count: '0', tokens: '', characters: '32', per10k: '0' },
      { docId: 'zh', term: '国家安全', count: '1', tokens: '', characters: '6', per10k: String((1 / 6) * 10_000) },
    ]);
    // --per tokens is the default, output unchanged.
    const byToken = await run('count', 'en.txt', 'zh.txt', '--term', '国家安全', '--per', 'tokens', '-f', 'csv');
    expect(byToken.stdout).toBe((await run('count', 'en.txt', 'zh.txt', '--term', '国家安全', '-f', 'csv')).stdout);
    expect(byToken.stdout.split('\n')[0]).toBe('docId,term,count,tokens,per10k');
  });

  it('exits 2 for an unknown --per, naming the option', async () => {
    await expectUsageErrors(dir, [['count', 'en.txt', '--terms', 'security', '--per', 'words']]);
    const { stderr } = await run('count', 'en.txt', '--terms', 'security', '--per', 'words');
    expect(stderr).toContain('"per"');
    expect(stderr).toContain("'tokens' or 'characters'");
  });

  it('exits 1 and names each missing or binary file on stderr, still printing the other rows', async () => {
    const { code, stdout, stderr } = await run('count', 'missing.txt', 'en.txt', 'binary.txt', '--terms', 'security', '-f', 'csv');
    expect(code).toBe(1);
    expect(csvParse(stdout).map((r) => [r.docId, r.count])).toEqual([['en', '2']]);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(join(dir, 'missing.txt'));
    expect(lines[0]).toContain('ENOENT');
    expect(lines[1]).toContain(join(dir, 'binary.txt'));
    expect(lines[1]).toContain('not a text file');
    // The file is named once per line, not twice.
    expect(lines[1]!.split(join(dir, 'binary.txt')).length).toBe(2);
  });

  it('counts a folder, and gives the same rows, messages and exit code file by file with --workers 0', async () => {
    const folder = writeFiles(tempFolder('cli-count-folder'), {
      'a/en.txt': 'National security and cyber security.\n',
      'a/zh.txt': '维护国家安全。',
      'b/binary.txt': NOT_TEXT,
      'README.md': 'Not counted.',
    });
    const inFolder = cliIn(folder);
    for (const format of ['json', 'csv']) {
      const whole = await inFolder('count', '.', '--terms', 'security,国家安全', '-f', format);
      const streamed = await inFolder('count', '.', '--terms', 'security,国家安全', '-f', format, '--workers', '0');
      expect(streamed).toEqual(whole);
      expect(whole.code).toBe(1);
      expect(whole.stderr).toContain(join(folder, 'b', 'binary.txt'));
      expect(whole.stderr).toContain('README.md');
    }
    const rows = JSON.parse((await inFolder('count', '.', '--terms', 'security', '-f', 'json', '--workers', '0', '-q')).stdout).rows as { docId: string; count: number }[];
    expect(rows.map((r) => [r.docId, r.count])).toEqual([['en', 2], ['zh', 0]]);
    const files = await run('count', 'missing.txt', 'en.txt', 'binary.txt', '--terms', 'security', '-f', 'csv', '--workers', '0');
    expect(files).toEqual(await run('count', 'missing.txt', 'en.txt', 'binary.txt', '--terms', 'security', '-f', 'csv'));
  });

  it('prints the CSV header even when no file could be read', async () => {
    const { code, stdout } = await run('count', 'missing.txt', '--terms', 'security', '-f', 'csv');
    expect(code).toBe(1);
    expect(stdout).toBe('docId,term,count,tokens,per10k\n');
  });

  it('exits 2 for an unknown option, a missing term, no files, a bad --nested or --format', async () => {
    await expectUsageErrors(dir, [
      ['count', 'en.txt', '--terms', 'security', '--bogus'],
      ['count', 'en.txt'],
      ['count', 'en.txt', '--terms', ' , '],
      ['count', '--terms', 'security'],
      ['count', 'en.txt', '--terms', 'security', '--nested', 'longest'],
      ['count', 'en.txt', '--terms', 'security', '--format', 'xml'],
      ['count', 'en.txt', '--terms', 'security', '--workers', 'two'],
      ['count', 'en.txt', '--terms', 'security', '--workers', '-1'],
    ]);
  });

  it('exits 1 for a bad pattern, naming it', async () => {
    const { code, stderr } = await run('count', 'en.txt', '--term', 'a | ');
    expect(code).toBe(1);
    expect(stderr).toContain('"a | "');
  });

  it('prints its help and exits 0', async () => {
    const { code, stdout } = await run('count', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: securitization count /u);
    expect(stdout).toContain('--nested');
    expect(stdout).toMatch(/--per <base> +what per10k is per: tokens \(default/u);
  });
});
