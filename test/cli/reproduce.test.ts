// Folder tests use made-up texts written here; the corpus test reads ../shared/corpus at run time.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { writeFiles } from '../support/files.js';
import { corpusDir, describeCorpus } from '../support/shared.js';

const run = (args: string[], cwd?: string) => runCli(args, cwd === undefined ? {} : { cwd });

// A made-up "original" of the 2017 plan: 安全 3 (国家安全, 网络安全, 数据安全), 国家安全 1, 国防 1.
const MADE_UP_ORIGINAL = '# made up for a test\n维护国家安全，保障网络安全和数据安全，加强国防。\n';

const folder = (files: Record<string, string | Uint8Array>): string => writeFiles(mkdtempSync(join(tmpdir(), 'cli-reproduce-')), files);

describe('securitization reproduce', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.SECURITIZATION_CORPUS;
    delete process.env.SECURITIZATION_CORPUS;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.SECURITIZATION_CORPUS;
    else process.env.SECURITIZATION_CORPUS = saved;
  });

  it('prints JSON rows with provenance', async () => {
    const dir = folder({ '2017-ngaidp.zh.txt': MADE_UP_ORIGINAL, 'notes.txt': 'unrelated' });
    const { code, stdout, stderr } = await run(['reproduce', 'zeng2021', '--corpus', dir, '--format', 'json']);
    expect(code).toBe(0);
    const { provenance, rows } = JSON.parse(stdout) as { provenance: { options: Record<string, unknown> }; rows: Record<string, unknown>[] };
    expect(provenance.options).toMatchObject({ spec: 'zeng2021', nested: 'inclusive', unknownFiles: ['notes.txt'] });
    const ours = rows.filter((r) => r.input === '2017-ngaidp.zh.txt').map((r) => [r.term, r.published, r.measured, r.difference, r.status]);
    expect(ours).toEqual([
      ['安全', 48, 3, -45, 'differs'],
      ['网络安全', null, 1, null, 'unpublished'],
      ['国家安全', 8, 1, -7, 'differs'],
      ['国防', 11, 1, -10, 'differs'],
    ]);
    expect(rows.filter((r) => r.status === 'missing').map((r) => r.doc)).toEqual(Array(3).fill('2016-internet-plus-ai'));
    expect(stderr).toContain('not part of zeng2021, ignored: notes.txt');
    expect(stderr).toContain('no original full text of 2016-internet-plus-ai');
    expect(stderr).toContain('2016-internet-plus-ai.zh.txt');
    expect(stderr).not.toContain('no original full text of 2017-ngaidp');
  });

  it('prints CSV with one header and one line per row', async () => {
    const dir = folder({ '2017-ngaidp.zh.txt': MADE_UP_ORIGINAL });
    const { code, stdout } = await run(['reproduce', 'zeng2021', '--corpus', dir, '--format', 'csv', '--quiet']);
    expect(code).toBe(0);
    const rows = csvParse(stdout.trim());
    expect(rows.columns).toEqual(['doc', 'input', 'kind', 'lang', 'term', 'pattern', 'figure', 'published', 'measured', 'difference', 'status', 'note']);
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r.term === '国防')).toMatchObject({ published: '11', measured: '1', status: 'differs' });
    expect(rows.find((r) => r.doc === '2016-internet-plus-ai' && r.term === '安全')).toMatchObject({ measured: '', status: 'missing' });
  });

  it('prints tables per document with the citation and numbered notes', async () => {
    const dir = folder({ '2017-ngaidp.zh.txt': MADE_UP_ORIGINAL });
    const { code, stdout } = await run(['reproduce', 'zeng2021', '--corpus', dir]);
    expect(code).toBe(0);
    expect(stdout).toContain('Jinghan Zeng');
    expect(stdout).toContain('doi:10.1093/cjip/pbab011');
    expect(stdout).toContain('2017-ngaidp: 新一代人工智能发展规划 (国发〔2017〕35号)');
    const line = stdout.split('\n').find((l) => l.startsWith('2017-ngaidp.zh.txt') && l.includes('国防'));
    expect(line?.split(/\s+/u)).toEqual(['2017-ngaidp.zh.txt', 'zh', '国防', '11', '1', '-10', 'differs', '[5]']);
    expect(stdout).toMatch(/^\[1\] no text of this document was supplied$/mu);
    expect(stdout).toMatch(/^\[5\] the full text gives 1, the paper 11/mu);
  });

  it('takes extra manifest entries from a YAML file', async () => {
    const dir = folder({ 'my-plan.txt': MADE_UP_ORIGINAL.replace('# made up for a test\n', '') });
    const manifest = join(dir, '..', `manifest-${Date.now()}.yaml`);
    writeFileSync(manifest, '- document: 2017-ngaidp\n  kind: original\n  lang: zh\n  names: [my-plan.txt]\n');
    const { code, stdout } = await run(['reproduce', 'zeng2021', '--corpus', dir, '--manifest', manifest, '--format', 'json', '-q']);
    expect(code).toBe(0);
    const { rows } = JSON.parse(stdout) as { rows: { input: string; term: string; measured: number }[] };
    expect(rows.find((r) => r.input === 'my-plan.txt' && r.term === '安全')?.measured).toBe(3);
  });

  it('exits 1 on a manifest file that is not valid or names an unknown document', async () => {
    const dir = folder({});
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, '- document: [unclosed\n');
    const bad = await run(['reproduce', 'zeng2021', '--corpus', dir, '--manifest', broken]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('broken.yaml');
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ manifest: [{ document: '2099-plan', kind: 'original', lang: 'zh', names: ['x.txt'] }] }));
    const unknown = await run(['reproduce', 'zeng2021', '--corpus', dir, '--manifest', wrong]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('"manifest.0.document"');
    const kind = join(dir, 'kind.json');
    writeFileSync(kind, JSON.stringify([{ document: '2017-ngaidp', kind: 'copy', lang: 'zh', names: ['x.txt'] }]));
    const badKind = await run(['reproduce', 'zeng2021', '--corpus', dir, '--manifest', kind]);
    expect(badKind.code).toBe(1);
    expect(badKind.stderr).toContain('kind');
  });

  it('defaults to ../shared/corpus relative to the working directory, or SECURITIZATION_CORPUS', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cli-default-'));
    mkdirSync(join(root, 'work'));
    mkdirSync(join(root, 'shared', 'corpus'), { recursive: true });
    writeFileSync(join(root, 'shared', 'corpus', '2016-internet-plus-ai.zh.txt'), '网络安全。');
    const fromCwd = await run(['reproduce', 'zeng2021', '--format', 'json', '-q'], join(root, 'work'));
    expect(fromCwd.code).toBe(0);
    expect(JSON.parse(fromCwd.stdout).rows[1]).toMatchObject({ input: '2016-internet-plus-ai.zh.txt', term: '网络安全', measured: 1, published: 5 });
    process.env.SECURITIZATION_CORPUS = join(root, 'shared', 'corpus');
    const fromEnv = await run(['reproduce', 'zeng2021', '--format', 'json', '-q'], tmpdir());
    expect(fromEnv.code).toBe(0);
    expect(JSON.parse(fromEnv.stdout).rows[0].input).toBe('2016-internet-plus-ai.zh.txt');
  });

  it('exits 1 when a recognised file is not text, still printing the other rows', async () => {
    const dir = folder({ '2017-ngaidp.zh.txt': MADE_UP_ORIGINAL, '2016-internet-plus-ai.zh.txt': new Uint8Array([0xe5, 0x00, 0x01]) });
    const { code, stdout, stderr } = await run(['reproduce', 'zeng2021', '--corpus', dir, '--format', 'json', '-q']);
    expect(code).toBe(1);
    expect(stderr).toContain('2016-internet-plus-ai.zh.txt');
    expect(stderr).toContain('NUL byte');
    expect(JSON.parse(stdout).rows.filter((r: { status: string }) => r.status === 'missing')).toHaveLength(3);
  });

  it('exits 1 when the corpus folder does not exist, naming it', async () => {
    const missing = join(tmpdir(), 'no-such-corpus-folder');
    const { code, stderr } = await run(['reproduce', 'zeng2021', '--corpus', missing]);
    expect(code).toBe(1);
    expect(stderr).toContain(missing);
  });

  it('exits 2 on an unknown or missing spec id, listing the known ones', async () => {
    const unknown = await run(['reproduce', 'smith2020']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown reproduction "smith2020"');
    expect(unknown.stderr).toContain('zeng2021');
    const none = await run(['reproduce']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('zeng2021');
    expect((await run(['reproduce', 'zeng2021', 'zeng2021'])).code).toBe(2);
  });

  it('exits 2 on a bad format or an unknown option, and 0 on --help', async () => {
    expect((await run(['reproduce', 'zeng2021', '--format', 'xml'])).code).toBe(2);
    expect((await run(['reproduce', 'zeng2021', '--corpora', 'x'])).code).toBe(2);
    const help = await run(['reproduce', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--manifest');
    expect(help.stdout).toContain('zeng2021');
  });
});

describeCorpus('securitization reproduce on the shared corpus', () => {
  it('prints the English 2017 plan beside Zeng’s figures', async () => {
    const { code, stdout, stderr } = await run(['reproduce', 'zeng2021', '--corpus', corpusDir, '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout).rows as { input: string; term: string; published: number | null; measured: number; status: string }[];
    const en = rows.filter((r) => r.input === '2017-ngaidp.en.txt');
    const text = readFileSync(join(corpusDir, '2017-ngaidp.en.txt'), 'utf8');
    expect(en.find((r) => r.term === 'security')).toMatchObject({ published: 48, measured: text.match(/\bsecurity\b/giu)!.length, status: 'translation' });
    expect(en.find((r) => r.term === 'safety')?.measured).toBe(text.match(/\bsafety\b/giu)!.length);
    expect(stderr).toContain('2025-china-ai-plus-opinions.en.txt');
    expect(stderr).toContain('no original full text of 2017-ngaidp');
  });
});
