// Folder tests use texts made up here; the corpus tests read ../shared/corpus at run time and
// check every measured count against an independent count with a plain regular expression.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reproduceCorpus } from '../../src/node/reproduceCorpus.js';
import { zeng2021 } from '../../src/reproduce/zeng2021.js';
import { FileError } from '../../src/errors.js';
import { corpusDir, corpusFile, describeCorpus } from '../support/shared.js';
import { fixtureSpec } from './fixtures.js';
import { countTerms } from '../../src/count/countTerms.js';
import { loadDocument } from '../../src/node/loadDocuments.js';

const hex = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const B_ZH = '安全第一，安全生产。\n';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'reproduce-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function specWithHash() {
  const spec = fixtureSpec();
  spec.manifest[2] = { document: 'plan-b', kind: 'excerpt', lang: 'zh', sha256: [hex(B_ZH)] };
  return spec;
}

describe('reproduceCorpus', () => {
  it('recognises files by name and by SHA-256, applies ignoreLine, and reports unknown files', async () => {
    const dir = folder({
      // The header line holds 安全 twice: it must not be counted.
      'plan-a.zh.txt': '# 安全 安全 (a made-up header)\n维护国家安全，保障网络安全和数据安全。\n',
      'renamed-b.txt': B_ZH,
      'notes.md': 'not a text of the reproduction',
      '.hidden': 'ignored',
    });
    mkdirSync(join(dir, 'subfolder'));
    const result = await reproduceCorpus(specWithHash(), dir);
    expect(result.matched.map((m) => [m.name, m.by])).toEqual([
      ['plan-a.zh.txt', 'name'],
      ['renamed-b.txt', 'sha256'],
    ]);
    expect(result.unknownFiles).toEqual(['notes.md']);
    expect(result.missingDocuments).toEqual(['plan-c']);
    expect(result.missingOriginals).toEqual(['plan-b', 'plan-c']);
    expect(result.failures).toEqual([]);
    const row = (input: string, term: string) => result.rows.find((r) => r.input === input && r.term === term);
    expect(row('plan-a.zh.txt', '安全')).toMatchObject({ published: 3, measured: 3, status: 'match' });
    expect(row('renamed-b.txt', '安全')).toMatchObject({ published: 2, measured: 2, status: 'excerpt' });
    expect(result.rows.filter((r) => r.doc === 'plan-c').map((r) => r.status)).toEqual(['missing', 'missing']);
    expect(result.rows.provenance.options).toMatchObject({ spec: 'fixture', corpus: dir, unknownFiles: ['notes.md'] });
    const texts = result.rows.provenance.options.texts as { id: string; sha256: string }[];
    expect(texts.find((t) => t.id === 'renamed-b.txt')?.sha256).toBe(hex(B_ZH));
  });

  it('lists a recognised file that cannot be read as text among the failures, and goes on', async () => {
    const dir = folder({
      'plan-a.en.txt': new Uint8Array([0x73, 0x65, 0xff, 0x63]),
      'plan-a.zh.txt': '国家安全。',
    });
    const result = await reproduceCorpus(fixtureSpec(), dir);
    expect(result.failures.map((f) => [f.file, f.error.code])).toEqual([[join(dir, 'plan-a.en.txt'), 'INVALID_FILE']]);
    expect(result.rows.some((r) => r.input === 'plan-a.en.txt')).toBe(false);
    expect(result.rows.find((r) => r.term === '安全')).toMatchObject({ measured: 1, published: 3, status: 'differs', difference: -2 });
  });

  it('throws a FileError naming a folder that does not exist', async () => {
    const missing = join(tmpdir(), 'no-such-folder-for-reproduce');
    await expect(reproduceCorpus(fixtureSpec(), missing)).rejects.toThrow(FileError);
    await expect(reproduceCorpus(fixtureSpec(), missing)).rejects.toThrow(missing);
  });
});

// Independent counts: plain regular expressions over the file text.
const countRegex = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;
const countSubstring = (text: string, needle: string): number => text.split(needle).length - 1;
const documentLines = (file: string): string =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#') && line.trim() !== '---')
    .join('\n');

describeCorpus('reproduceCorpus on the shared corpus', () => {
  const run = reproduceCorpus(zeng2021, corpusDir);
  const rowsOf = async (input: string) => (await run).rows.filter((r) => r.input === input);

  it('measures the English 2017 plan as a translation, each count checked by a regular expression', async () => {
    const text = readFileSync(corpusFile('2017-ngaidp.en.txt'), 'utf8');
    const independent: Record<string, number> = {
      security: countRegex(text, /\bsecurity\b/giu),
      'security or safety': countRegex(text, /\b(?:security|safety)\b/giu),
      safety: countRegex(text, /\bsafety\b/giu),
      'cyber security': countRegex(text, /\bcyber(?:\s+|-)?security\b/giu),
      'national security': countRegex(text, /\bnational\s+security\b/giu),
      'national defense': countRegex(text, /\bnational\s+defen[cs]e\b/giu),
    };
    const rows = await rowsOf('2017-ngaidp.en.txt');
    expect(Object.fromEntries(rows.map((r) => [r.term, r.measured]))).toEqual(independent);
    // The numbers docs/reproducing-zeng-2021.md reports (also checked with grep -oiP by hand).
    expect(independent).toEqual({
      security: 34,
      'security or safety': 43,
      safety: 9,
      'cyber security': 2,
      'national security': 8,
      'national defense': 9,
    });
    expect(rows.map((r) => [r.term, r.published, r.status])).toEqual([
      ['security', 48, 'translation'],
      ['security or safety', 48, 'translation'],
      ['safety', null, 'translation'],
      ['cyber security', null, 'translation'],
      ['national security', 8, 'translation'],
      ['national defense', 11, 'translation'],
    ]);
    expect(rows.every((r) => r.difference === null && r.kind === 'translation')).toBe(true);
  });

  it('measures the simplified Chinese excerpts as excerpts: 安全 5, 国家安全 4, 国防 1, 网络安全 0', async () => {
    const text = documentLines(corpusFile('2017-ngaidp.zh.excerpts.txt'));
    const rows = await rowsOf('2017-ngaidp.zh.excerpts.txt');
    const measured = Object.fromEntries(rows.map((r) => [r.term, r.measured]));
    for (const term of ['安全', '国家安全', '国防', '网络安全']) expect(measured[term]).toBe(countSubstring(text, term));
    expect(measured).toEqual({ 安全: 5, 国家安全: 4, 国防: 1, 网络安全: 0 });
    expect(rows.map((r) => [r.term, r.published, r.status])).toEqual([
      ['安全', 48, 'excerpt'],
      ['网络安全', null, 'excerpt'],
      ['国家安全', 8, 'excerpt'],
      ['国防', 11, 'excerpt'],
    ]);
  });

  it('measures the traditional-script excerpt like simplified script: 安全 2, 国家安全 2', async () => {
    const text = documentLines(corpusFile('2017-ngaidp.zh-hant.excerpt.txt'));
    const measured = Object.fromEntries((await rowsOf('2017-ngaidp.zh-hant.excerpt.txt')).map((r) => [r.term, r.measured]));
    expect(measured['安全']).toBe(countSubstring(text, '安全'));
    expect(measured['国家安全']).toBe(countSubstring(text, '國家安全') + countSubstring(text, '国家安全'));
    expect(measured['国防']).toBe(countSubstring(text, '國防') + countSubstring(text, '国防'));
    expect([measured['安全'], measured['国家安全']]).toEqual([2, 2]);
  });

  it('shows the 2016 plan as missing, with all three of its figures', async () => {
    const rows = (await run).rows.filter((r) => r.doc === '2016-internet-plus-ai');
    expect(rows.map((r) => [r.term, r.published, r.measured, r.status])).toEqual([
      ['安全', 16, null, 'missing'],
      ['网络安全', 5, null, 'missing'],
      ['国家安全', 0, null, 'missing'],
    ]);
    expect((await run).missingDocuments).toEqual(['2016-internet-plus-ai']);
    expect((await run).missingOriginals).toEqual(['2016-internet-plus-ai', '2017-ngaidp']);
  });

  it('reports the comparison texts as unknown files and verifies the known ones by SHA-256', async () => {
    const result = await run;
    expect(result.unknownFiles).toEqual(expect.arrayContaining(['2025-china-ai-plus-opinions.en.txt', '2025-us-americas-ai-action-plan.en.txt']));
    expect(result.matched.map((m) => [m.name, m.verified])).toEqual([
      ['2017-ngaidp.en.txt', true],
      ['2017-ngaidp.zh-hant.excerpt.txt', true],
      ['2017-ngaidp.zh.excerpts.txt', true],
    ]);
    expect(result.rows.some((r) => r.status === 'match' || r.status === 'differs')).toBe(false);
  });

  it('gives the further English numbers docs/reproducing-zeng-2021.md reports, by the library and by regular expression', async () => {
    const file = corpusFile('2017-ngaidp.en.txt');
    const text = readFileSync(file, 'utf8');
    const doc = await loadDocument(file);
    const terms = ['safe', 'secure', 'cybersecurity', 'network security', 'national defence', 'defense'];
    const library = Object.fromEntries(countTerms([doc], terms).map((r) => [r.term, r.count]));
    const independent = {
      safe: countRegex(text, /\bsafe\b/giu),
      secure: countRegex(text, /\bsecure\b/giu),
      cybersecurity: countRegex(text, /\bcybersecurity\b/giu),
      'network security': countRegex(text, /\bnetwork\s+security\b/giu),
      'national defence': countRegex(text, /\bnational\s+defence\b/giu),
      defense: countRegex(text, /\bdefense\b/giu),
    };
    expect(library).toEqual(independent);
    expect(independent).toEqual({ safe: 6, secure: 2, cybersecurity: 2, 'network security': 2, 'national defence': 1, defense: 10 });
    // "defense" without "national": 10 − 8.
    expect(independent.defense - countRegex(text, /\bnational\s+defense\b/giu)).toBe(2);
    const exclusive = countTerms([doc], ['security', 'national security'], { nested: 'exclusive' });
    expect(exclusive.map((r) => r.count)).toEqual([countRegex(text, /\bsecurity\b/giu) - countRegex(text, /\bnational\s+security\b/giu), 8]);
    expect(exclusive[0]?.count).toBe(26);
  });

  it('recognises the English translation under another name by its SHA-256', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reproduce-renamed-'));
    copyFileSync(corpusFile('2017-ngaidp.en.txt'), join(dir, 'my-copy.txt'));
    const result = await reproduceCorpus(zeng2021, dir);
    expect(result.matched.map((m) => [m.name, m.by, m.entry.kind])).toEqual([['my-copy.txt', 'sha256', 'translation']]);
    expect(result.rows.find((r) => r.input === 'my-copy.txt' && r.term === 'security')?.measured).toBe(34);
  });
});
