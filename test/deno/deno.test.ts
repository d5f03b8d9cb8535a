// The built package in Deno, imported the way a Deno user imports an npm package: `npm:` specifiers
// resolved from a node_modules folder (deno.json `"nodeModulesDir": "manual"`) into which the
// packed tarball was installed. Runs offline: `--cached-only`, a fresh empty DENO_DIR, the package
// and its dependencies from the npm cache (or linked from this project's node_modules).
//
// The core runs with no permission at all (no file, env or network access); the Node entry
// `securitization/node` runs with read access to the files it loads. Results must equal what Node
// gives from the sources, value for value.
//
// Deno comes from the npm registry's `deno` package: `bash scripts/install-deno.sh` (or set
// SECURITIZATION_DENO to a binary). Without it this test FAILS, unless SECURITIZATION_SKIP_DENO=1
// skips it explicitly.
//
// Which build: dist/ when it is at least as new as src/ (`npm test` builds first), packed with
// `npm pack`; otherwise a private build of the same tsup config into a scratch folder (never
// dist/, which other tests and people use), packed the same way. SECURITIZATION_PACK_ROOT points
// the test at another, already built copy of the project.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distIsFresh, npm } from '../support/dist.js';
import * as core from '../../src/index.js';
import { countTerms, kwic, type CountRow, type DocumentInput, type TermInput } from '../../src/index.js';
import { loadDocument } from '../../src/node.js';
import { corpusDir, corpusFile, describeCorpus } from '../support/shared.js';

const skip = process.env.SECURITIZATION_SKIP_DENO === '1';
if (skip) console.warn('\n*** SECURITIZATION_SKIP_DENO=1: the package is NOT checked in Deno. ***\n');

const projectRoot = resolve(__dirname, '../..');
const root = resolve(process.env.SECURITIZATION_PACK_ROOT ?? projectRoot);
const started = Date.now();

/** Where scripts/install-deno.sh puts the binary, then `deno` on the PATH. */
function findDeno(): { path: string | undefined; tried: string[] } {
  const home = process.env.SECURITIZATION_DENO_HOME ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'securitization', 'deno');
  const tried = [...(process.env.SECURITIZATION_DENO === undefined ? [] : [process.env.SECURITIZATION_DENO]), join(home, 'bin', 'deno'), 'deno (on the PATH)'];
  for (const candidate of [...tried.slice(0, -1), 'deno']) {
    const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (probe.status === 0 && probe.stdout.startsWith('deno ')) return { path: candidate, tried };
  }
  return { path: undefined, tried };
}

/** The project's own tsup config, built into `stage/dist` (no type declarations: Deno runs the JavaScript). */
async function privateBuild(stage: string): Promise<void> {
  const { build } = await import('tsup');
  const { default: config } = (await import('../../tsup.config.js')) as { default: Record<string, unknown> };
  await build({ ...config, outDir: join(stage, 'dist'), dts: false, sourcemap: false, silent: true, config: false });
  copyFileSync(join(projectRoot, 'package.json'), join(stage, 'package.json'));
  copyFileSync(join(projectRoot, 'README.md'), join(stage, 'README.md'));
}

// Made-up texts, written for this test.
const INPUTS: DocumentInput[] = [
  {
    id: 'made-up-en',
    lang: 'en',
    text: 'Made-up text for the Deno test. National security and cyber security come first.\n\nSecuring the U.S. networks is a duty, said Dr. Smith.',
  },
  { id: 'made-up-zh-hans', lang: 'zh', text: '这是为测试编写的句子。国家安全和网络安全都很重要。' },
  { id: 'made-up-zh-hant', lang: 'zh', text: '這是為測試編寫的句子。國家安全和網絡安全都很重要。' },
];
const TERMS: TermInput[] = ['security', 'national security', 'secur*', '安全', '国家安全', '網絡安全'];

interface Result {
  counts: CountRow[];
  provenance: Record<string, unknown>;
  kwicEnglish: unknown[];
  kwicChinese: unknown[];
  segmentation: unknown[];
}

type Core = Pick<typeof core, 'createDocuments' | 'countTerms' | 'kwic' | 'segment'>;

/**
 * The computation both runtimes do. Sent to Deno as source text (`String(compute)`), so it must
 * not use anything from this module's scope: everything comes in through its parameters.
 */
function compute(lib: Core, inputs: DocumentInput[], terms: TermInput[]): Result {
  const documents = lib.createDocuments(inputs);
  const counts = lib.countTerms(documents, terms);
  return {
    counts: [...counts],
    provenance: { ...counts.provenance },
    kwicEnglish: [...lib.kwic(documents, 'security', { window: 3 })],
    kwicChinese: [...lib.kwic(documents, '国家安全', { window: 2 })],
    segmentation: documents.map((doc) => ({ docId: doc.id, ...lib.segment(doc) })),
  };
}

describe.skipIf(skip)('the built package in Deno', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'securitization-deno-'));
  const app = join(scratch, 'app');
  let deno = '';
  let denoVersion = '';
  let build = '';
  let installedBy = '';

  /** Runs a TypeScript script with Deno in the scratch app, offline, and parses its JSON output. */
  function runDeno(name: string, source: string, permissions: string[] = []): unknown {
    writeFileSync(join(app, name), source);
    const result = spawnSync(deno, ['run', '--cached-only', '--no-prompt', '--config', join(app, 'deno.json'), ...permissions, name], {
      cwd: app,
      encoding: 'utf8',
      env: { ...process.env, DENO_DIR: join(scratch, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
      timeout: 120_000,
    });
    if (result.status !== 0) throw new Error(`deno run ${permissions.join(' ')} ${name} exited ${result.status}:\n${result.stderr}`);
    return JSON.parse(result.stdout);
  }

  beforeAll(async () => {
    const found = findDeno();
    if (found.path === undefined) {
      throw new Error(
        `Deno not found (tried ${found.tried.join(', ')}).\n` +
          'Install it with `bash scripts/install-deno.sh` (from the npm registry, outside the project), ' +
          'or set SECURITIZATION_DENO to its path, or SECURITIZATION_SKIP_DENO=1 to skip the Deno check explicitly.',
      );
    }
    deno = found.path;
    denoVersion = execFileSync(deno, ['--version'], { encoding: 'utf8' }).split('\n')[0]!;

    let packRoot = root;
    if (process.env.SECURITIZATION_PACK_ROOT === undefined && !distIsFresh(root)) {
      packRoot = join(scratch, 'stage');
      await privateBuild(packRoot);
      build = 'a private build (dist/ is missing or older than src/)';
    } else {
      build = `${root}/dist`;
    }
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], packRoot)) as { filename: string }[];
    const tarball = join(scratch, packed!.filename);
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'deno-scratch-app', private: true, type: 'module' }));
    writeFileSync(join(app, 'deno.json'), JSON.stringify({ nodeModulesDir: 'manual' }));
    try {
      // The dependencies come from the npm cache: no network.
      npm(['install', tarball, '--offline', '--no-audit', '--no-fund'], app);
      installedBy = 'npm install --offline';
    } catch (error) {
      // Without a warm cache: unpack the tarball and link the project's dependencies beside it.
      console.warn(`\n*** deno test: offline install failed (${String(error).split('\n')[0]}); linking node_modules instead. ***\n`);
      const modules = join(app, 'node_modules');
      mkdirSync(join(modules, 'securitization'), { recursive: true });
      execFileSync('tar', ['-xzf', tarball, '-C', join(modules, 'securitization'), '--strip-components=1']);
      for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
        if (name !== 'securitization' && !name.startsWith('.')) symlinkSync(join(projectRoot, 'node_modules', name), join(modules, name));
      }
      installedBy = 'linked node_modules';
    }
  }, 300_000);

  afterAll(() => {
    console.info(`deno test: ${denoVersion}; package from ${build}; ${installedBy}; ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('runs the core through npm:securitization with no permission, exactly as Node does', () => {
    const script = `import * as lib from 'npm:securitization';
const result = (${String(compute)})(lib, ${JSON.stringify(INPUTS)}, ${JSON.stringify(TERMS)});
console.log(JSON.stringify({ ...result, version: lib.VERSION }));
`;
    const fromDeno = runDeno('core.ts', script) as Result & { version: string };
    const node = compute(core, INPUTS, TERMS);

    // Hand counts: "security" 2 (in "National security", in "cyber security"), "secur*" adds
    // "Securing"; 安全 twice and 国家安全, 網絡安全 once in both scripts.
    const count = (docId: string, term: string): number | undefined => fromDeno.counts.find((r) => r.docId === docId && r.term === term)?.count;
    expect(['security', 'national security', 'secur*'].map((t) => count('made-up-en', t))).toEqual([2, 1, 3]);
    for (const docId of ['made-up-zh-hans', 'made-up-zh-hant']) expect(['安全', '国家安全', '網絡安全'].map((t) => count(docId, t))).toEqual([2, 1, 1]);
    expect(fromDeno.kwicEnglish).toHaveLength(2);
    expect(fromDeno.kwicChinese).toHaveLength(2);

    expect(fromDeno.counts).toEqual(node.counts);
    expect(fromDeno.kwicEnglish).toEqual(node.kwicEnglish);
    expect(fromDeno.kwicChinese).toEqual(node.kwicChinese);
    expect(fromDeno.segmentation).toEqual(node.segmentation);
    // Provenance travels with the rows; the runtime's ICU and Unicode versions are Deno's own.
    const { icu: _icu, unicode: _unicode, ...sameProvenance } = node.provenance;
    expect(fromDeno.provenance).toMatchObject(sameProvenance);
    expect(fromDeno.version).toBe(node.provenance.version);
  });

  it('loads a file through securitization/node with read access to it only', () => {
    // Made up: a traditional-script line, so that loading, detection and conversion all run.
    const file = join(app, 'made-up.zh-hant.txt');
    writeFileSync(file, '這是為測試編寫的句子：國家安全與網絡安全。\n');
    const script = `import { countTerms } from 'npm:securitization';
import { loadDocument } from 'npm:securitization/node';
const doc = await loadDocument(${JSON.stringify(file)});
console.log(JSON.stringify({ doc: { id: doc.id, lang: doc.lang, meta: doc.meta }, counts: [...countTerms([doc], ['安全', '国家安全'])] }));
`;
    const fromDeno = runDeno('node-entry.ts', script, [`--allow-read=${app}`]) as { doc: unknown; counts: unknown[] };
    return loadDocument(file).then((doc) => {
      expect(fromDeno.doc).toEqual({ id: doc.id, lang: doc.lang, meta: doc.meta });
      expect(fromDeno.doc).toMatchObject({ id: 'made-up.zh-hant', lang: 'zh' });
      expect(fromDeno.counts).toEqual([...countTerms([doc], ['安全', '国家安全'])]);
      expect((fromDeno.counts as { count: number }[]).map((r) => r.count)).toEqual([2, 1]);
    });
  });

  it('is refused a file it was given no permission to read (Deno\'s sandbox applies to the package)', () => {
    const file = join(scratch, 'outside.txt');
    writeFileSync(file, 'Made up: security.\n');
    const script = `import { loadDocument } from 'npm:securitization/node';
try { await loadDocument(${JSON.stringify(file)}); console.log(JSON.stringify({ loaded: true })); }
catch (error) { console.log(JSON.stringify({ loaded: false, name: (error as Error).name, message: (error as Error).message })); }
`;
    const fromDeno = runDeno('refused.ts', script, [`--allow-read=${app}`]) as { loaded: boolean; name: string; message: string };
    expect(fromDeno.loaded).toBe(false);
    // The refusal reaches the user as the library's typed file error, naming the file.
    expect(fromDeno.name).toBe('FileError');
    expect(fromDeno.message).toContain(file);
  });

  describeCorpus('on the real corpus', () => {
    it('counts the English 2017 plan, loaded by Deno, exactly as Node does', async () => {
      const file = corpusFile('2017-ngaidp.en.txt');
      const terms = ['security', 'national security', 'secur*', 'safety', 'risk | risks'];
      const script = `import { countTerms, kwic } from 'npm:securitization';
import { loadDocument } from 'npm:securitization/node';
const doc = await loadDocument(${JSON.stringify(file)});
console.log(JSON.stringify({ sha256: doc.meta.sha256, counts: [...countTerms([doc], ${JSON.stringify(terms)})], kwic: [...kwic([doc], 'national security')] }));
`;
      const fromDeno = runDeno('corpus.ts', script, [`--allow-read=${corpusDir}`]) as { sha256: string; counts: { count: number }[]; kwic: unknown[] };
      const doc = await loadDocument(file);
      expect(fromDeno.sha256).toBe(doc.meta.sha256);
      expect(fromDeno.counts).toEqual([...countTerms([doc], terms)]);
      expect(fromDeno.kwic).toEqual([...kwic([doc], 'national security')]);
      // An independent floor: the plain regular expression's count of the whole word.
      expect(fromDeno.counts[0]!.count).toBe(doc.text.match(/\bsecurity\b/giu)?.length);
    });
  });
});
