// Packs the package as npm would publish it, installs the tarball into a scratch project and uses
// it the way a user does: ESM import, CommonJS require, the `securitization/node` entry, the
// binary. `npm test` builds before vitest runs, so dist/ is fresh there; when dist/ is missing or
// older than the sources, this test builds it first (`npm run build`). SECURITIZATION_PACK_ROOT
// points the test at another, already built copy of the project instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distIsFresh, npm } from '../support/dist.js';

const root = resolve(process.env.SECURITIZATION_PACK_ROOT ?? resolve(__dirname, '../..'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  main: string;
  module: string;
  types: string;
  bin: Record<string, string>;
  exports: Record<string, unknown>;
};
const scratch = mkdtempSync(join(tmpdir(), 'securitization-pack-'));
const app = join(scratch, 'app');
const started = Date.now();
let installedBy = '';

/** Every file package.json points at: main, module, types, bin and the leaves of exports. */
function declaredFiles(): string[] {
  const leaves = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(leaves) : [];
  return [...new Set([pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin), ...leaves(pkg.exports)])].map((f) => f.replace(/^\.\//u, '')).sort();
}

/** Runs a script with Node inside the scratch project and returns its standard output. */
function runNode(args: string[]): string {
  const result = spawnSync(process.execPath, args, { cwd: app, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  return result.stdout;
}

// Made-up sample text: "security" twice (once inside "national security"), 7 word tokens.
const SAMPLE = 'Made-up sample: national security and cyber security.';
const EXPECTED = [
  { docId: 'sample', term: 'security', count: 2 },
  { docId: 'sample', term: 'national security', count: 1 },
];

describe('the published package', () => {
  let tarball = '';

  beforeAll(() => {
    if (process.env.SECURITIZATION_PACK_ROOT === undefined && !distIsFresh(root)) {
      console.warn('\n*** pack test: dist/ is missing or older than src/: running `npm run build` first. ***\n');
      npm(['run', 'build', '--silent'], root);
    }
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], root)) as { filename: string }[];
    tarball = join(scratch, packed!.filename);
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'commonjs' }));
    try {
      // The dependencies come from the npm cache: no network.
      npm(['install', tarball, '--offline', '--no-audit', '--no-fund', '--no-save'], app);
      installedBy = 'npm install --offline';
    } catch (error) {
      // Without a warm cache: unpack the tarball and link the project's dependencies beside it.
      console.warn(`\n*** pack test: offline install failed (${String(error).split('\n')[0]}); linking node_modules instead. ***\n`);
      const modules = join(app, 'node_modules');
      mkdirSync(join(modules, pkg.name), { recursive: true });
      execFileSync('tar', ['-xzf', tarball, '-C', join(modules, pkg.name), '--strip-components=1']);
      for (const name of readdirSync(join(root, 'node_modules'))) {
        if (name !== pkg.name && !name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(modules, name));
      }
      // What npm does for a bin entry: a link in node_modules/.bin to an executable file.
      mkdirSync(join(modules, '.bin'));
      for (const [name, file] of Object.entries(pkg.bin)) {
        chmodSync(join(modules, pkg.name, file), 0o755);
        symlinkSync(join('..', pkg.name, file), join(modules, '.bin', name));
      }
      installedBy = 'linked node_modules';
    }
  }, 300_000);

  afterAll(() => {
    console.info(`pack test: ${installedBy}, ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('packs the build, the docs and the README, and nothing of the sources, tests or scratch files', () => {
    const [dry] = JSON.parse(npm(['pack', '--dry-run', '--json'], root)) as { files: { path: string }[]; unpackedSize: number }[];
    const files = dry!.files.map((f) => f.path);
    for (const declared of declaredFiles()) expect(files, `package.json points at ${declared}`).toContain(declared);
    expect(files).toContain('README.md');
    expect(files).toContain('package.json');
    const stray = files.filter((f) => /^(src|test|scratch|test-output|examples|node_modules|\.ci)\//u.test(f) || f.endsWith('.tgz'));
    expect(stray).toEqual([]);
    // "files": ["docs"] would also publish the generated API site (npm run docs:api): hundreds of
    // files. package.json should list "docs/*.md" instead, or docs/.npmignore exclude api/.
    const apiSite = files.filter((f) => f.startsWith('docs/api/'));
    expect(apiSite, 'docs/api/ (generated by npm run docs:api) would be published: list "docs/*.md" in package.json "files"').toEqual([]);
    console.info(`pack test: ${files.length} files, ${(dry!.unpackedSize / 1024).toFixed(0)} KB unpacked`);
  });

  it("gives the counting worker an import graph without wink-nlp, its model or linkedom (they would slow each worker's start)", () => {
    // Each worker of countCorpusParallel loads dist/worker.js (or .cjs) and what it imports, in
    // its own thread: the part of the library that reads and counts a file, and no NLP model.
    for (const entry of ['worker.js', 'worker.cjs']) {
      const seen = new Set<string>();
      const packages = new Set<string>();
      const walk = (file: string): void => {
        if (seen.has(file)) return;
        seen.add(file);
        const code = readFileSync(join(root, 'dist', file), 'utf8');
        // Static imports only (at the start of a line); a lazy import() or require() inside a
        // function (htmlToText's linkedom) loads nothing until a worker reads an HTML file.
        for (const [, spec] of code.matchAll(/^(?:import (?:.* from )?|\} from |var [\w$]+ = require\()["']([^"']+)["']/gmu)) {
          if (spec!.startsWith('./')) walk(spec!.slice(2));
          else packages.add(spec!.replace(/^node:/u, ''));
        }
      };
      walk(entry);
      expect(seen.size, `${entry} and its chunks`).toBeGreaterThan(1);
      expect([...packages].filter((name) => /^(wink-nlp|wink-eng-lite-web-model|linkedom)$/u.test(name)), entry).toEqual([]);
      expect(packages, `${entry} reads files`).toContain('fs/promises');
    }
  });

  it('imports as ESM and counts', () => {
    const script = `import { countTerms } from 'securitization';
const rows = countTerms([{ id: 'sample', text: ${JSON.stringify(SAMPLE)} }], ['security', 'national security']);
console.log(JSON.stringify({ rows, version: rows.provenance.version }));`;
    const out = JSON.parse(runNode(['--input-type=module', '-e', script])) as { rows: { docId: string; term: string; count: number }[]; version: string };
    expect(out.rows.map(({ docId, term, count }) => ({ docId, term, count }))).toEqual(EXPECTED);
    expect(out.version).toBe(pkg.version);
  });

  it('requires as CommonJS and counts, traditional and simplified Chinese alike', () => {
    const script = `const { countTerms, SecuritizationError } = require('securitization');
const rows = countTerms([{ id: 'sample', text: ${JSON.stringify(SAMPLE)} }, { id: 'zh', text: '國家安全与国家安全' }], ['security', 'national security', '国家安全']);
let typed = false;
try { countTerms(['x'], ['']); } catch (e) { typed = e instanceof SecuritizationError && e.code === 'INVALID_PATTERN'; }
console.log(JSON.stringify({ rows, typed }));`;
    const out = JSON.parse(runNode(['-e', script])) as { rows: { docId: string; term: string; count: number }[]; typed: boolean };
    expect(out.rows.filter((r) => r.docId === 'sample' && r.term !== '国家安全').map(({ docId, term, count }) => ({ docId, term, count }))).toEqual(EXPECTED);
    expect(out.rows.find((r) => r.docId === 'zh' && r.term === '国家安全')!.count).toBe(2);
    expect(out.typed).toBe(true);
  });

  it('loads files from securitization/node and renders a report from securitization/report, in ESM and CommonJS', () => {
    writeFileSync(join(app, 'sample.txt'), SAMPLE);
    const esm = `import { loadDocument, countTerms } from 'securitization/node';
import { renderReport } from 'securitization/report';
const doc = await loadDocument('sample.txt');
const rows = countTerms([doc], ['security']);
const page = renderReport({ documents: [doc], terms: ['security'] });
console.log(JSON.stringify({ id: doc.id, count: rows[0].count, sha256: doc.meta.sha256, marks: page.split('<mark>').length - 1 }));`;
    const fromEsm = JSON.parse(runNode(['--input-type=module', '-e', esm])) as { id: string; count: number; sha256: string; marks: number };
    expect(fromEsm).toMatchObject({ id: 'sample', count: 2, marks: 2 });
    expect(fromEsm.sha256).toMatch(/^[0-9a-f]{64}$/u);
    const cjs = `const { loadDocuments, countTerms } = require('securitization/node');
loadDocuments(['sample.txt', 'missing.txt']).then(({ documents, failures }) => {
  console.log(JSON.stringify({ count: countTerms(documents, ['security'])[0].count, failed: failures.map((f) => f.error.code) }));
});`;
    expect(JSON.parse(runNode(['-e', cjs]))).toEqual({ count: 2, failed: ['INVALID_FILE'] });
  });

  it('installs the securitization binary, which counts and writes a report', () => {
    const bin = join(app, 'node_modules', '.bin', 'securitization');
    writeFileSync(join(app, 'sample.txt'), SAMPLE);
    const count = spawnSync(bin, ['count', 'sample.txt', '--terms', 'security', '--format', 'csv'], { cwd: app, encoding: 'utf8' });
    expect(count.status).toBe(0);
    expect(count.stdout.trim().split('\n')).toEqual(['docId,term,count,tokens,per10k', expect.stringMatching(/^sample,security,2,\d+,[\d.]+$/u)]);
    const report = spawnSync(bin, ['report', 'sample.txt', '--terms', 'security', '--out', 'report.html'], { cwd: app, encoding: 'utf8' });
    expect(report.status, report.stderr).toBe(0);
    expect(readFileSync(join(app, 'report.html'), 'utf8')).toContain('<mark>security</mark>');
  });
});
