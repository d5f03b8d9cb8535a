import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { countTokens } from '../../src/count/countTerms.js';
import { countDictionary } from '../../src/lexicon/countDictionary.js';
import { parseQuantedaYaml } from '../../src/lexicon/parseQuantedaYaml.js';
import { readCorpus } from '../../src/node/corpus/readCorpus.js';
import { termTrend } from '../../src/stats/termTrend.js';
import { createDocument } from '../../src/text/document.js';
import { cliIn, expectUsageErrors, rowsJson as json } from '../support/cli.js';
import { NOT_TEXT, tempFolder, writeFile, writeFiles } from '../support/files.js';
import { corpusDir, corpusFile, describeCorpus } from '../support/shared.js';

// Made-up texts (tokens): p2016 4, p2017a 5, p2017b 2, undated 2.
const TEXTS = {
  p2016: 'Development, development and innovation.\n',
  p2017a: 'Security and national security matter.\n',
  p2017b: 'Security first.\n',
  undated: 'Security again.\n',
};
const META = { p2016: { year: 2016, country: 'CN' }, p2017a: { date: '2017-07-20', country: 'CN' }, p2017b: { year: 2017, country: 'US' }, undated: {} };
const YAML = 'security:\n  - secur*\ndevelopment:\n  - develop*\n  - innovation\n';

const dir = tempFolder('cli-trend');
for (const [id, text] of Object.entries(TEXTS)) writeFile(dir, `docs/${id}.txt`, text);
writeFiles(dir, {
  'meta.csv': 'file,year,date,country\np2016.txt,2016,,CN\np2017a.txt,,2017-07-20,CN\np2017b.txt,2017,,US\n',
  'dev.yml': YAML,
  'binary.txt': NOT_TEXT,
  // The shared corpus's English texts, by year (from SOURCES.md); the Chinese excerpts get none.
  'years.csv': 'file,year\n2017-ngaidp.en.txt,2017\n2025-china-ai-plus-opinions.en.txt,2025\n2025-us-americas-ai-action-plan.en.txt,2025\n',
});
const run = cliIn(dir);

const docs = Object.entries(TEXTS).map(([id, text]) => createDocument({ id, text, meta: META[id as keyof typeof META] }));

describe('securitization trend', () => {
  it('gives one row per year × term from a sidecar, and lists the undated document on stderr', async () => {
    const { code, stdout, stderr } = await run('trend', 'docs', '--metadata', 'meta.csv', '--terms', 'security', '-f', 'json');
    expect(code).toBe(0);
    const parsed = json(stdout);
    expect(Object.keys(parsed)).toEqual(['provenance', 'rows']);
    expect(parsed.provenance.options).toMatchObject({ by: 'year', from: 'terms', terms: ['security'] });
    expect(parsed.rows).toEqual(termTrend(docs, ['security']).map((r) => ({ ...r })));
    // By hand: 2016 has no security in 4 tokens; 2017 has 2 + 1 in 5 + 2 tokens (p2017a dated by its date).
    expect(parsed.rows).toEqual([
      { period: 2016, term: 'security', count: 0, tokens: 4, per10k: 0, documents: 1 },
      { period: 2017, term: 'security', count: 3, tokens: 7, per10k: (3 / 7) * 10_000, documents: 2 },
    ]);
    expect(stderr).toBe('1 document(s) left out of the trend:\n  undated: no year (meta.year or meta.date)\n');
  });

  it('groups by another docvar with --by, as CSV', async () => {
    const { code, stdout, stderr } = await run('trend', 'docs', '--metadata', 'meta.csv', '--terms', 'security,development', '--by', 'country', '-f', 'csv');
    expect(code).toBe(0);
    expect(stderr).toContain('undated: no docvar "country"');
    const parsed = csvParse(stdout);
    expect(parsed.columns).toEqual(['period', 'term', 'count', 'tokens', 'per10k', 'documents']);
    expect(parsed.map((r) => ({ ...r }))).toEqual(
      termTrend(docs, ['security', 'development'], { by: 'country' }).map((r) => ({
        period: String(r.period),
        term: r.term,
        count: String(r.count),
        tokens: String(r.tokens),
        per10k: String(r.per10k),
        documents: String(r.documents),
      })),
    );
    expect(parsed.map((r) => [r.period, r.term, r.count, r.tokens])).toEqual([
      ['CN', 'development', '2', '9'],
      ['CN', 'security', '2', '9'],
      ['US', 'development', '0', '2'],
      ['US', 'security', '1', '2'],
    ]);
  });

  it('follows dictionary categories with --dictionary', async () => {
    const { code, stdout } = await run('trend', 'docs', '--metadata', 'meta.csv', '--dictionary', 'dev.yml', '-f', 'json', '-q');
    expect(code).toBe(0);
    const dict = parseQuantedaYaml(YAML, 'dev.yml');
    const rows = json(stdout).rows;
    expect(rows).toEqual(termTrend(docs, countDictionary(docs, dict)).map((r) => ({ ...r })));
    // By hand: 2016 development = development ×2 + innovation.
    expect(rows.map((r) => [r.period, r.term, r.count])).toEqual([
      [2016, 'development', 3],
      [2016, 'security', 0],
      [2017, 'development', 0],
      [2017, 'security', 3],
    ]);
  });

  it('gives rates per 10,000 characters with --per characters, for terms and dictionaries, in JSON and CSV', async () => {
    const { code, stdout } = await run('trend', 'docs', '--metadata', 'meta.csv', '--terms', 'security', '--per', 'characters', '-f', 'json', '-q');
    expect(code).toBe(0);
    const parsed = json(stdout);
    expect(parsed.provenance.options).toMatchObject({ from: 'terms', per: 'characters' });
    // By hand: 2016 has 35 letters and digits, 2017 has 33 + 13 (p2017a dated by its date).
    expect(parsed.rows).toEqual([
      { period: 2016, term: 'security', count: 0, tokens: null, characters: 35, per10k: 0, documents: 1 },
      { period: 2017, term: 'security', count: 3, tokens: null, characters: 46, per10k: (3 / 46) * 10_000, documents: 2 },
    ]);
    const csv = await run('trend', 'docs', '--metadata', 'meta.csv', '--dictionary', 'dev.yml', '--per', 'characters', '-f', 'csv', '-q');
    const table = csvParse(csv.stdout);
    expect(table.columns).toEqual(['period', 'term', 'count', 'tokens', 'characters', 'per10k', 'documents']);
    expect(table.map((r) => [r.period, r.term, r.count, r.tokens, r.characters])).toEqual([
      ['2016', 'development', '3', '', '35'],
      ['2016', 'security', '0', '', '35'],
      ['2017', 'development', '0', '', '46'],
      ['2017', 'security', '3', '', '46'],
    ]);
  });

  it('hints at --metadata when no document has a period', async () => {
    const { code, stdout, stderr } = await run('trend', 'docs', '--terms', 'security', '-f', 'csv');
    expect(code).toBe(0);
    expect(stdout).toBe('period,term,count,tokens,per10k,documents\n');
    expect(stderr).toContain('4 document(s) left out of the trend (give a sidecar with a year column: --metadata)');
  });

  it('exits 1 when a file fails, naming it, and still gives the others\' rows', async () => {
    const { code, stdout, stderr } = await run('trend', 'docs/p2016.txt', 'binary.txt', 'docs/p2017b.txt', '--metadata', 'meta.csv', '--terms', 'security', '-f', 'json');
    expect(code).toBe(1);
    expect(stderr).toContain(join(dir, 'binary.txt'));
    expect(json(stdout).rows.map((r) => [r.period, r.count, r.documents])).toEqual([
      [2016, 0, 1],
      [2017, 1, 1],
    ]);
  });

  it('exits 1 for a bad sidecar, naming its line', async () => {
    writeFile(dir, 'badmeta.csv', 'file,year\np2016.txt,MMXVI\n');
    const { code, stderr } = await run('trend', 'docs', '--metadata', 'badmeta.csv', '--terms', 'security');
    expect(code).toBe(1);
    expect(stderr).toContain('badmeta.csv:2');
  });

  it('exits 2 for usage errors', async () => {
    await expectUsageErrors(dir, [
      ['trend', 'docs', '--terms', 'security', '--bogus'],
      ['trend', 'docs'],
      ['trend', '--terms', 'security'],
      ['trend', 'docs', '--terms', 'security', '--dictionary', 'dev.yml'],
      ['trend', 'docs', '--terms', 'security', '-f', 'xml'],
      ['trend', 'docs', '--terms', 'security', '--per', 'words'],
    ]);
  });
});

describeCorpus('securitization trend on the shared corpus', () => {
  it('gives 2017 against 2025 with a sidecar of years, leaving out the undated Chinese excerpts', async () => {
    const sidecar = join(dir, 'years.csv');
    const terms = ['security', 'national security', 'risk*'];
    const { code, stdout, stderr } = await run('trend', corpusDir, '--metadata', sidecar, '--terms', terms.join(','), '-f', 'json');
    expect(code).toBe(0);
    const corpus = await readCorpus(corpusDir, { metadata: sidecar });
    const rows = json(stdout).rows;
    expect(rows).toEqual(termTrend(corpus.documents, terms).map((r) => ({ ...r })));
    // By hand: one 2017 document and two 2025 documents; the period's tokens are their tokens.
    const tokensOf = async (name: string): Promise<number> => countTokens((await readCorpus(corpusFile(name))).documents[0]!);
    const plan = await tokensOf('2017-ngaidp.en.txt');
    const in2025 = (await tokensOf('2025-china-ai-plus-opinions.en.txt')) + (await tokensOf('2025-us-americas-ai-action-plan.en.txt'));
    expect(rows.map((r) => [r.period, r.term, r.tokens, r.documents])).toEqual([
      [2017, 'national security', plan, 1],
      [2017, 'risk*', plan, 1],
      [2017, 'security', plan, 1],
      [2025, 'national security', in2025, 2],
      [2025, 'risk*', in2025, 2],
      [2025, 'security', in2025, 2],
    ]);
    expect(stderr).toContain('2 document(s) left out of the trend');
    expect(stderr).toContain('2017-ngaidp.zh.excerpts: no year');
    expect(stderr).toContain('2017-ngaidp.zh-hant.excerpt: no year');
  });
});
