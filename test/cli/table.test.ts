import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { countTokens } from '../../src/count/countTerms.js';
import { countDictionary } from '../../src/lexicon/countDictionary.js';
import { parseQuantedaYaml } from '../../src/lexicon/parseQuantedaYaml.js';
import { readCorpus } from '../../src/node/corpus/readCorpus.js';
import { dfm } from '../../src/stats/dfm.js';
import { dfmGroup } from '../../src/stats/dfmGroup.js';
import { dfmWeight } from '../../src/stats/dfmWeight.js';
import { createDocument } from '../../src/text/document.js';
import { expectUsageErrors, rowsJson as json, runCli, type CliRunOptions } from '../support/cli.js';
import { NOT_TEXT, tempFolder, writeFile, writeFiles } from '../support/files.js';
import { corpusDir, describeCorpus } from '../support/shared.js';

// Made-up texts. Tokens: a = national security and cyber security (5); b = security first
// development matters (4); c = development and security development and trade (6).
const TEXTS = {
  a: 'National security and cyber security.\n',
  b: 'Security first. Development matters.\n',
  c: 'Development and security, development and trade.\n',
};
const YAML = 'security:\n  - secur*\neconomy:\n  - trade\n  - development\n';

const dir = tempFolder('cli-table');
for (const [id, text] of Object.entries(TEXTS)) writeFile(dir, `docs/${id}.txt`, text);
writeFiles(dir, {
  // c has a year but a blank country: it lands in the null group of --group-by country.
  'meta.csv': 'file,year,country\na.txt,2016,CN\nb.txt,2017,US\nc.txt,2017,\n',
  'econ.yml': YAML,
  'bad/binary.txt': NOT_TEXT,
  'sub/d.txt': 'Trade and security.\n',
  'mixed.csv': 'file,country\na.txt,CN\nd.txt,UK\n',
});
for (let i = 0; i < 22; i++) writeFile(dir, `many/n${String(i).padStart(2, '0')}.txt`, `Security note ${i}.\n`);

const docs = Object.entries(TEXTS).map(([id, text]) => createDocument({ id, text }));
const docsWithCountry = docs.map((doc, i) => createDocument({ id: doc.id, text: doc.text, meta: { country: ['CN', 'US', null][i]! } }));

const run = (args: string[], options: CliRunOptions = {}) => runCli(args, { cwd: dir, ...options });

describe('securitization table', () => {
  it('gives the full dfm of a folder as { provenance, rows } with rows exactly { docId, feature, count }', async () => {
    const { code, stdout, stderr } = await run(['table', 'docs', '--format', 'json']);
    expect([code, stderr]).toEqual([0, '']);
    const parsed = json(stdout);
    expect(Object.keys(parsed)).toEqual(['provenance', 'rows']);
    expect(parsed.provenance.library).toBe('securitization');
    expect(parsed.provenance.options.features).toBe('tokens');
    expect(parsed.rows).toEqual(dfm(docs).rows.map((row) => ({ ...row })));
    // By hand: document a.
    expect(parsed.rows.filter((r) => r.docId === 'a')).toEqual([
      { docId: 'a', feature: 'and', count: 1 },
      { docId: 'a', feature: 'cyber', count: 1 },
      { docId: 'a', feature: 'national', count: 1 },
      { docId: 'a', feature: 'security', count: 2 },
    ]);
    for (const row of parsed.rows) expect(Object.keys(row)).toEqual(['docId', 'feature', 'count']);
  });

  it('counts selected terms with --per10k, zero counts included', async () => {
    const { code, stdout } = await run(['table', 'docs/a.txt', 'docs/b.txt', 'docs/c.txt', '--terms', 'security,national security', '--per10k', '-f', 'json']);
    expect(code).toBe(0);
    const rows = json(stdout).rows;
    const terms = ['security', 'national security'];
    expect(rows).toEqual(
      dfmWeight(dfm(docs, { select: terms }), 'per10k').map(({ docId, feature, count, rate }) => ({ docId, feature, count, per10k: rate })),
    );
    // By hand: count / tokens × 10,000; features in code-point order.
    expect(rows.map((r) => [r.docId, r.feature, r.count, r.per10k])).toEqual([
      ['a', 'national security', 1, 2000],
      ['a', 'security', 2, 4000],
      ['b', 'national security', 0, 0],
      ['b', 'security', 1, 2500],
      ['c', 'national security', 0, 0],
      ['c', 'security', 1, (1 / 6) * 10_000],
    ]);
  });

  it('sums by a docvar from a CSV sidecar with --group-by and names the ungrouped documents on stderr', async () => {
    const { code, stdout, stderr } = await run(['table', 'docs', '--metadata', 'meta.csv', '--group-by', 'country', '--per10k', '-f', 'csv']);
    expect(code).toBe(0);
    expect(stderr).toContain('c: no docvar "country"');
    expect(stderr.split('\n').filter((l) => /^ {2}\S/u.test(l))).toEqual(['  c: no docvar "country"']);
    const parsed = csvParse(stdout);
    expect(parsed.columns).toEqual(['group', 'feature', 'count', 'per10k']);
    const expected = dfmGroup(dfm(docsWithCountry), docsWithCountry, 'country').map((r) => ({
      group: r.group === null ? '' : String(r.group),
      feature: r.feature,
      count: String(r.count),
      per10k: String(r.per10k),
    }));
    expect(parsed.map((r) => ({ ...r }))).toEqual(expected);
    // By hand: security is 2 of CN's 5 tokens, 1 of US's 4, 1 of the null group's 6.
    expect(parsed.filter((r) => r.feature === 'security').map((r) => [r.group, r.count, Number(r.per10k)])).toEqual([
      ['CN', '2', 4000],
      ['US', '1', 2500],
      ['', '1', (1 / 6) * 10_000],
    ]);
  });

  it('groups by year: b and c (2017) are summed', async () => {
    const { code, stdout } = await run(['table', 'docs', '--metadata', 'meta.csv', '--group-by', 'year', '--terms', 'development', '-f', 'json']);
    expect(code).toBe(0);
    expect(json(stdout).rows).toEqual([
      { group: 2016, feature: 'development', count: 0 },
      { group: 2017, feature: 'development', count: 3 },
    ]);
  });

  it('counts dictionary categories with --dictionary, as countDictionary does', async () => {
    const { code, stdout } = await run(['table', 'docs', '--dictionary', 'econ.yml', '--per10k', '-f', 'json']);
    expect(code).toBe(0);
    const rows = json(stdout).rows;
    const dict = parseQuantedaYaml(YAML, 'econ.yml');
    expect(rows).toEqual(countDictionary(docs, dict).map(({ docId, category, count, per10k }) => ({ docId, feature: category, count, per10k })));
    // By hand: secur* matches security; economy is trade + development.
    expect(rows.map((r) => [r.docId, r.feature, r.count])).toEqual([
      ['a', 'security', 2],
      ['a', 'economy', 0],
      ['b', 'security', 1],
      ['b', 'economy', 1],
      ['c', 'security', 1],
      ['c', 'economy', 3],
    ]);
  });

  it('reads the built-in lexicon with --dictionary builtin', async () => {
    const { code, stdout } = await run(['table', 'docs', '--dictionary', 'builtin', '-f', 'json']);
    expect(code).toBe(0);
    const { securitizationLexicon } = await import('../../src/lexicon/securitizationLexicon.js');
    const expected = countDictionary(docs, securitizationLexicon).map(({ docId, category, count }) => ({ docId, feature: category, count }));
    expect(json(stdout).rows).toEqual(expected);
    expect(expected.length).toBe(3 * securitizationLexicon.categories.length);
  });

  it('keeps the --top features by total count, in rank order within each document', async () => {
    // Totals: security 4, and 3, development 3 (tie: "and" first in code-point order).
    const { code, stdout } = await run(['table', 'docs', '--top', '2', '-f', 'csv']);
    expect(code).toBe(0);
    expect(csvParse(stdout).map((r) => [r.docId, r.feature, r.count])).toEqual([
      ['a', 'security', '2'],
      ['a', 'and', '1'],
      ['b', 'security', '1'],
      ['c', 'security', '1'],
      ['c', 'and', '2'],
    ]);
  });

  it('reads a folder and a file together as one list; a sidecar keyed by file name applies to both', async () => {
    const { code, stdout, stderr } = await run(['table', 'sub', 'docs/a.txt', '--metadata', 'mixed.csv', '--group-by', 'country', '--terms', 'trade,security', '-f', 'json']);
    expect([code, stderr]).toEqual([0, '']);
    expect(json(stdout).rows).toEqual([
      { group: 'CN', feature: 'security', count: 2 },
      { group: 'CN', feature: 'trade', count: 0 },
      { group: 'UK', feature: 'security', count: 1 },
      { group: 'UK', feature: 'trade', count: 1 },
    ]);
  });

  it('exits 1 when a file fails, naming it on stderr, and still gives the other files\' rows', async () => {
    const { code, stdout, stderr } = await run(['table', 'docs/a.txt', 'bad/binary.txt', 'missing.txt', 'docs/b.txt', '--terms', 'security', '-f', 'csv']);
    expect(code).toBe(1);
    expect(csvParse(stdout).map((r) => [r.docId, r.count])).toEqual([
      ['a', '2'],
      ['b', '1'],
    ]);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(join(dir, 'bad', 'binary.txt'));
    expect(lines[1]).toContain(join(dir, 'missing.txt'));
  });

  it('exits 1 when nothing could be read, still printing the CSV header', async () => {
    const { code, stdout, stderr } = await run(['table', 'bad/binary.txt', 'missing.txt', '-f', 'csv']);
    expect(code).toBe(1);
    expect(stdout).toBe('docId,feature,count\n');
    expect(stderr).toContain('no document was read');
    const single = await run(['table', 'missing.txt', '-f', 'csv']);
    expect([single.code, single.stdout]).toEqual([1, 'docId,feature,count\n']);
    expect(single.stderr).toContain(join(dir, 'missing.txt'));
  });

  it('exits 2 for usage errors', async () => {
    await expectUsageErrors(dir, [
      ['table', 'docs', '--bogus'],
      ['table'],
      ['table', 'docs', '--terms', 'security', '--dictionary', 'builtin'],
      ['table', 'docs', '--top', '0'],
      ['table', 'docs', '--top', 'ten'],
      ['table', 'docs', '--format', 'xml'],
      ['table', 'docs', '--nested', 'longest'],
      ['table', 'docs', '--per', 'words'],
    ]);
  });

  it('exits 1 for a dictionary file that cannot be read, naming it', async () => {
    const { code, stderr } = await run(['table', 'docs', '--dictionary', 'nothere.yml']);
    expect(code).toBe(1);
    expect(stderr).toContain('nothere.yml');
  });

  it('draws a progress bar on an interactive stderr for 20 files or more, none with --quiet', async () => {
    const shown = await run(['table', 'many', '--terms', 'security', '-f', 'csv'], { interactive: true });
    expect(shown.code).toBe(0);
    expect(shown.stderr).toContain('\rreading [');
    expect(shown.stderr).toContain('22/22');
    expect(shown.stderr.endsWith('\n')).toBe(true);
    expect(csvParse(shown.stdout)).toHaveLength(22);
    const quiet = await run(['table', 'many', '--terms', 'security', '-f', 'csv', '--quiet'], { interactive: true });
    expect(quiet.stderr).toBe('');
    const few = await run(['table', 'docs', '-f', 'csv'], { interactive: true });
    expect(few.stderr).toBe('');
  });

  it('prints its help', async () => {
    const { code, stdout } = await run(['table', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: securitization table /u);
  });
});

describe('securitization table --per characters', () => {
  // Letters and digits, by hand: a = 8 + 8 + 3 + 5 + 8 = 32; b = 8 + 5 + 11 + 7 = 31; c = 11 + 3 + 8 + 11 + 3 + 5 = 41.
  it('gives per10k per 10,000 letters and digits, per document and per group', async () => {
    const perDoc = await run(['table', 'docs', '--terms', 'security', '--per10k', '--per', 'characters', '-f', 'json']);
    expect(perDoc.code).toBe(0);
    const parsed = json(perDoc.stdout);
    expect(parsed.provenance.options).toMatchObject({ per: 'characters', per10k: true });
    expect(parsed.rows).toEqual([
      { docId: 'a', feature: 'security', count: 2, per10k: (2 / 32) * 10_000 },
      { docId: 'b', feature: 'security', count: 1, per10k: (1 / 31) * 10_000 },
      { docId: 'c', feature: 'security', count: 1, per10k: (1 / 41) * 10_000 },
    ]);
    const grouped = await run(['table', 'docs', '--dictionary', 'econ.yml', '--metadata', 'meta.csv', '--group-by', 'year', '--per10k', '--per', 'characters', '-f', 'json', '-q']);
    expect(grouped.code).toBe(0);
    // 2016: a (32); 2017: b + c (72). economy = trade + development: 0 in a, 1 in b, 3 in c.
    expect(json(grouped.stdout).rows).toEqual([
      { group: 2016, feature: 'economy', count: 0, per10k: 0 },
      { group: 2016, feature: 'security', count: 2, per10k: (2 / 32) * 10_000 },
      { group: 2017, feature: 'economy', count: 4, per10k: (4 / 72) * 10_000 },
      { group: 2017, feature: 'security', count: 2, per10k: (2 / 72) * 10_000 },
    ]);
  });
});

describeCorpus('securitization table on the shared corpus', () => {
  it('gives every document\'s dfm, summing to its tokens, and term counts equal to the library\'s', async () => {
    const corpus = await readCorpus(corpusDir);
    const full = await run(['table', corpusDir, '-f', 'csv']);
    expect(full.code).toBe(0);
    const rows = csvParse(full.stdout);
    for (const doc of corpus.documents) {
      const sum = rows.filter((r) => r.docId === doc.id).reduce((n, r) => n + Number(r.count), 0);
      expect([doc.id, sum]).toEqual([doc.id, countTokens(doc)]);
    }

    const terms = ['security', 'national security'];
    const selected = await run(['table', corpusDir, '--terms', terms.join(','), '--per10k', '-f', 'json']);
    expect(selected.code).toBe(0);
    const got = json(selected.stdout).rows;
    expect(got).toEqual(
      dfmWeight(dfm(corpus.documents, { select: terms }), 'per10k').map(({ docId, feature, count, rate }) => ({ docId, feature, count, per10k: rate })),
    );
    // By hand: "security" as a whole word in the English plan, counted with a plain regular expression.
    const plan = readFileSync(join(corpusDir, '2017-ngaidp.en.txt'), 'utf8');
    const byRegex = plan.match(/(?<![\p{L}\p{N}])security(?![\p{L}\p{N}])/giu)?.length ?? 0;
    expect(byRegex).toBeGreaterThan(0);
    expect(got.find((r) => r.docId === '2017-ngaidp.en' && r.feature === 'security')?.count).toBe(byRegex);
  });
});
