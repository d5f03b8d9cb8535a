// The core entry (src/index.ts) as a browser user gets it: bundled by esbuild for the browser
// (ESM, everything bundled, no Node polyfills), then loaded in headless Chromium from a page served
// on 127.0.0.1 by a server this test starts. The bundle must build with no `node:` import and no
// unguarded reference to a Node global; in the page, countTerms, kwic, segment (English: the wink
// model must load) and a Chinese count in both scripts must give exactly what Node gives from the
// same sources, with no console error and no request beyond the page and its bundle.
//
// Chromium is a system package (scripts/install-chromium.sh). Without it the browser part FAILS,
// unless SECURITIZATION_SKIP_BROWSER=1 skips it explicitly; the bundle checks always run.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type BuildFailure, type Metafile } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';
import type { DocumentInput, TermInput } from '../../src/index.js';
import { readCorpus } from '../../src/node.js';
import { corpusDir, describeCorpus } from '../support/shared.js';

const CHROMIUM = process.env.SECURITIZATION_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const skip = process.env.SECURITIZATION_SKIP_BROWSER === '1';
if (skip) console.warn('\n*** SECURITIZATION_SKIP_BROWSER=1: the core is bundled but NOT run in a browser. ***\n');

const root = resolve(__dirname, '../..');
/** Node globals a browser lacks: a bare reference to one throws a ReferenceError there. */
const NODE_GLOBALS = ['process', 'Buffer', 'global', '__dirname', '__filename', 'setImmediate'] as const;
const marker = (name: string): string => `__UNGUARDED_NODE_GLOBAL_${name}__`;

interface Bundle {
  readonly code: string;
  readonly metafile: Metafile;
  readonly bytes: number;
  readonly ms: number;
}

/**
 * Bundles the core for the browser. Each bare Node global is replaced by a marker (esbuild's
 * `define` touches free identifiers only: not `globalThis.process`, property names, strings or
 * local bindings), so that the markers left in the output are exactly the references to find.
 */
async function bundleCore(): Promise<Bundle> {
  const started = performance.now();
  const result = await build({
    entryPoints: [join(root, 'src/index.ts')],
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    outfile: 'securitization.browser.js',
    define: Object.fromEntries(NODE_GLOBALS.map((name) => [name, marker(name)])),
  });
  const code = result.outputFiles[0]!.text;
  return { code, metafile: result.metafile, bytes: Buffer.byteLength(code), ms: performance.now() - started };
}

/** The module (esbuild's `// path` comment above it) that holds an offset of the bundle. */
function moduleAt(code: string, offset: number): string {
  const before = code.slice(0, offset);
  const comments = [...before.matchAll(/^\s*\/\/ ((?:src|node_modules)\/\S+)$/gmu)];
  return comments.at(-1)?.[1] ?? '(unknown module)';
}

/**
 * Bare references to Node globals, as `module: line`. A reference counts as guarded when it is a
 * `typeof` test, or when a `typeof` test of the same global stands before it on the same line
 * (`typeof process !== 'undefined' ? process.env.X : …`).
 */
function unguardedGlobals(code: string): string[] {
  const found = new Set<string>();
  for (const name of NODE_GLOBALS) {
    const tag = marker(name);
    for (const hit of code.matchAll(new RegExp(tag, 'gu'))) {
      const lineStart = code.lastIndexOf('\n', hit.index) + 1;
      const before = code.slice(lineStart, hit.index);
      if (before.includes(`typeof ${tag}`) || before.endsWith('typeof ')) continue;
      const lineEnd = code.indexOf('\n', hit.index);
      found.add(`${moduleAt(code, hit.index)}: ${name} in "${code.slice(lineStart, lineEnd).trim().slice(0, 120)}"`);
    }
  }
  return [...found].sort();
}

/** Imports of Node built-ins, or left external, by module. */
function nodeImports(metafile: Metafile): string[] {
  return Object.entries(metafile.inputs)
    .flatMap(([file, input]) => input.imports.filter((i) => i.path.startsWith('node:') || i.external === true).map((i) => `${file} imports ${i.path}`))
    .sort();
}

// Made-up texts, written for this test.
const ENGLISH: DocumentInput = {
  id: 'made-up-en',
  lang: 'en',
  text:
    'Made-up text for the browser test. National security comes first, and cyber security matters too.\n\n' +
    'A second paragraph: the U.S. Department of Defense said on 3 May 2021 that securing networks is a duty. Security!',
};
const SIMPLIFIED: DocumentInput = { id: 'made-up-zh-hans', lang: 'zh', text: '这是为浏览器测试编写的句子。国家安全是头等大事，网络安全也很重要。' };
const TRADITIONAL: DocumentInput = { id: 'made-up-zh-hant', lang: 'zh', text: '這是為瀏覽器測試編寫的句子。國家安全是頭等大事，網絡安全也很重要。' };
const ENGLISH_TERMS: TermInput[] = ['security', 'national security', 'secur*', { label: 'cyber', pattern: 'cyber security | cybersecurity' }];
const CHINESE_TERMS: TermInput[] = ['安全', '国家安全', '網絡安全'];

/** What one run of the library gives, as plain data (the same code runs in Node and in the page). */
interface Results {
  readonly counts: unknown[];
  readonly countsProvenance: unknown;
  readonly kwic: unknown[];
  readonly englishSegmentation: { tokens: unknown[]; sentences: unknown[] };
  readonly chineseCounts: unknown[];
  readonly chineseKwic: unknown[];
  readonly chineseSentences: unknown[];
}

type Core = typeof core;
type Inputs = { english: DocumentInput[]; chinese: DocumentInput[]; englishTerms: TermInput[]; chineseTerms: TermInput[]; kwicTerm: string; chineseKwicTerm: string };

/**
 * Runs the library on the inputs. Passed to the page as source text (`String(fn)`), so it must
 * not use anything from this module's scope: everything comes in through `lib` and `input`.
 */
function runLibrary(lib: Core, input: Inputs): Results {
  const english = lib.createDocuments(input.english);
  const chinese = lib.createDocuments(input.chinese);
  const counts = lib.countTerms(english, input.englishTerms);
  const first = english[0]!;
  const segmentation = lib.segment(first);
  return {
    counts: [...counts],
    countsProvenance: counts.provenance,
    kwic: [...lib.kwic(english, input.kwicTerm, { window: 4 })],
    englishSegmentation: { tokens: [...segmentation.tokens], sentences: [...segmentation.sentences] },
    chineseCounts: [...lib.countTerms(chinese, input.chineseTerms)],
    chineseKwic: [...lib.kwic(chinese, input.chineseKwicTerm, { window: 3 })],
    chineseSentences: chinese.flatMap((doc) => lib.segment(doc).sentences.map((s) => ({ docId: doc.id, ...s }))),
  };
}

const fixtureInputs: Inputs = {
  english: [ENGLISH],
  chinese: [SIMPLIFIED, TRADITIONAL],
  englishTerms: ENGLISH_TERMS,
  chineseTerms: CHINESE_TERMS,
  kwicTerm: 'security',
  chineseKwicTerm: '国家安全',
};

describe('the core bundled for the browser with esbuild', () => {
  let bundle: Bundle;

  beforeAll(async () => {
    try {
      bundle = await bundleCore();
    } catch (error) {
      // A Node built-in imported anywhere below src/index.ts makes the browser build fail: name the importers.
      const failure = error as BuildFailure;
      const lines = (failure.errors ?? []).map((e) => `${e.location?.file ?? '?'}:${e.location?.line ?? '?'}: ${e.text}`);
      throw new Error(`esbuild could not bundle src/index.ts for the browser:\n${lines.join('\n') || String(error)}`);
    }
    console.info(`browser bundle: ${(bundle.bytes / 1024 / 1024).toFixed(2)} MB, ${Object.keys(bundle.metafile.inputs).length} modules, built in ${bundle.ms.toFixed(0)} ms`);
  });

  it('imports no Node built-in (node:* or left external) in any module', () => {
    expect(nodeImports(bundle.metafile)).toEqual([]);
    // The check reads esbuild's import graph: it must list the core's own modules and wink's model.
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs).toContain('src/index.ts');
    expect(inputs.some((file) => file.startsWith('node_modules/wink-eng-lite-web-model/'))).toBe(true);
  });

  it('leaves no unguarded reference to process, Buffer or another Node global', () => {
    expect(unguardedGlobals(bundle.code), 'read Node globals as globalThis.process?.… in the core').toEqual([]);
    // The guarded read of the runtime's versions (provenance) is there, untouched by the markers.
    expect(bundle.code).toContain('globalThis.process?.versions');
  });

  it('finds an unguarded reference when one is there (the check itself can fail)', async () => {
    const probe = await build({
      stdin: { contents: 'export const a = typeof process === "undefined" ? 0 : process.pid;\nexport const b = process.env.HOME;\nexport const c = globalThis.process?.pid;', loader: 'js', sourcefile: 'src/probe.js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      define: Object.fromEntries(NODE_GLOBALS.map((name) => [name, marker(name)])),
    });
    const found = unguardedGlobals(`// src/probe.js\n${probe.outputFiles[0]!.text}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^src\/probe\.js: process in "var b = /u);
    // And a Node built-in makes the browser build fail, naming the importer.
    const failed = await build({ stdin: { contents: 'import { readFileSync } from "node:fs"; export { readFileSync };', loader: 'js', sourcefile: 'probe.js' }, bundle: true, platform: 'browser', write: false, logLevel: 'silent' }).then(
      () => [] as string[],
      (error: BuildFailure) => error.errors.map((e) => `${e.location?.file}: ${e.text}`),
    );
    expect(failed.join('\n')).toMatch(/probe\.js: Could not resolve "node:fs"/u);
  });

  describe.skipIf(skip)('run in headless Chromium', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'securitization-bundle-'));
    let context: BrowserContext | undefined;
    let server: Server | undefined;
    let origin = '';
    let page: Page;
    const served: string[] = [];
    const requests: string[] = [];
    const consoleMessages: string[] = [];

    beforeAll(async () => {
      // The page imports the bundle as a user's page would: a module script.
      const html =
        '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>securitization bundle</title>' +
        '<script type="module">import * as lib from "/securitization.browser.js"; globalThis.lib = lib;</script>';
      server = createServer((request, response) => {
        served.push(request.url ?? '');
        if (request.url === '/') {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
        } else if (request.url === '/securitization.browser.js') {
          response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bundle.code);
        } else {
          response.writeHead(404).end();
        }
      });
      await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('the test server has no port');
      origin = `http://127.0.0.1:${address.port}`;
      try {
        context = await chromium.launchPersistentContext(join(scratch, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS });
      } catch (error) {
        throw new Error(
          `Cannot launch Chromium at ${CHROMIUM}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n` +
            'Install it with scripts/install-chromium.sh (or set SECURITIZATION_CHROMIUM to its path), ' +
            'or set SECURITIZATION_SKIP_BROWSER=1 to skip the browser check explicitly.',
        );
      }
      // Anything but the test server is refused, and recorded: the page must need nothing else.
      await context.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
      page = context.pages()[0] ?? (await context.newPage());
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') consoleMessages.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleMessages.push(`pageerror: ${error.message}`));
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => 'lib' in globalThis, undefined, { timeout: 30_000 });
    });

    afterAll(async () => {
      await context?.close();
      await new Promise<void>((done) => (server === undefined ? done() : server.close(() => done())));
      rmSync(scratch, { recursive: true, force: true });
    });

    /** Runs `runLibrary` in the page on the bundle it imported. */
    async function inBrowser(input: Inputs): Promise<Results & { hasProcess: boolean }> {
      return page.evaluate(
        ({ source, input }) => {
          const lib = (globalThis as { lib?: unknown }).lib;
          const run = new Function(`return (${source})`)() as (lib: unknown, input: unknown) => Results;
          const results = run(lib, input);
          return { ...results, hasProcess: 'process' in globalThis };
        },
        { source: String(runLibrary), input },
      );
    }

    it('loads the bundle from 127.0.0.1 with no other request and no console error', () => {
      expect(served).toEqual(['/', '/securitization.browser.js']);
      expect(requests).toEqual([`${origin}/`, `${origin}/securitization.browser.js`]);
      expect(consoleMessages).toEqual([]);
    });

    it('counts, KWICs and segments the made-up texts exactly as Node does, in both Chinese scripts', async () => {
      const browser = await inBrowser(fixtureInputs);
      const node = runLibrary(core, fixtureInputs);
      expect(browser.hasProcess).toBe(false);

      // Hand counts first (an independent check that the shared function is not trivially empty):
      // "security" 3 times (in "National security", in "cyber security", and "Security!"); "secur*"
      // adds "securing"; sentences split at "test.", "too." and "duty." but not at "U.S.".
      const countOf = (rows: unknown[], docId: string, term: string): unknown =>
        (rows as { docId: string; term: string; count: number }[]).find((r) => r.docId === docId && r.term === term)?.count;
      expect(ENGLISH_TERMS.map((t) => countOf(browser.counts, 'made-up-en', typeof t === 'string' ? t : t.label))).toEqual([3, 1, 4, 1]);
      expect(browser.kwic).toHaveLength(3);
      expect((browser.englishSegmentation.sentences as { text: string }[]).map((s) => s.text.slice(0, 12))).toEqual([
        'Made-up text',
        'National sec',
        'A second par',
        'Security!',
      ]);
      // Both scripts: 安全 twice, 国家安全 once, 網絡安全 (written traditional) once.
      for (const docId of ['made-up-zh-hans', 'made-up-zh-hant']) {
        expect(CHINESE_TERMS.map((term) => countOf(browser.chineseCounts, docId, term as string))).toEqual([2, 1, 1]);
      }
      expect(browser.chineseSentences).toHaveLength(4);

      // Then everything, value for value, against Node running the same sources.
      expect(browser.counts).toEqual(node.counts);
      expect(browser.kwic).toEqual(node.kwic);
      expect(browser.englishSegmentation).toEqual(node.englishSegmentation);
      expect(browser.chineseCounts).toEqual(node.chineseCounts);
      expect(browser.chineseKwic).toEqual(node.chineseKwic);
      expect(browser.chineseSentences).toEqual(node.chineseSentences);
      // Provenance is there; only the runtime's ICU version, which a page cannot read, differs.
      const { icu: _nodeIcu, unicode: _nodeUnicode, ...nodeProvenance } = node.countsProvenance as Record<string, unknown>;
      expect(browser.countsProvenance).toEqual({ ...nodeProvenance, icu: null, unicode: null });
      expect(consoleMessages).toEqual([]);
    });

    describeCorpus('on the real corpus', () => {
      it('gives the same counts, KWIC lines and English segmentation as Node on every corpus text', async () => {
        const { documents, failures } = await readCorpus(corpusDir);
        expect(failures).toEqual([]);
        const english = documents.filter((d) => d.lang === 'en').map(({ id, text, lang }) => ({ id, text, lang }));
        const chinese = documents.filter((d) => d.lang === 'zh').map(({ id, text, lang }) => ({ id, text, lang }));
        expect(english.length).toBeGreaterThanOrEqual(3);
        expect(chinese.length).toBeGreaterThanOrEqual(2);
        const input: Inputs = {
          english,
          chinese,
          englishTerms: ['security', 'national security', 'secur*', 'safety', 'risk | risks', 'threat*'],
          chineseTerms: ['安全', '国家安全', '风险', '威胁'],
          kwicTerm: 'national security',
          chineseKwicTerm: '安全',
        };
        const started = performance.now();
        const browser = await inBrowser(input);
        const browserMs = performance.now() - started;
        const node = runLibrary(core, input);
        // An independent floor: every "security" the plain regular expression finds in the first
        // English text is counted (the library may find no fewer).
        const plain = english[0]!.text.match(/\bsecurity\b/giu)?.length ?? 0;
        expect(plain).toBeGreaterThan(0);
        expect((browser.counts as { docId: string; term: string; count: number }[]).find((r) => r.docId === english[0]!.id && r.term === 'security')?.count).toBe(plain);
        expect(browser.counts).toEqual(node.counts);
        expect(browser.kwic).toEqual(node.kwic);
        expect(browser.englishSegmentation.tokens.length).toBeGreaterThan(1000);
        expect(browser.englishSegmentation).toEqual(node.englishSegmentation);
        expect(browser.chineseCounts).toEqual(node.chineseCounts);
        expect(browser.chineseKwic).toEqual(node.chineseKwic);
        expect(browser.chineseSentences).toEqual(node.chineseSentences);
        expect(consoleMessages).toEqual([]);
        expect(requests).toEqual([`${origin}/`, `${origin}/securitization.browser.js`]);
        console.info(`browser bundle on the corpus: ${documents.length} documents, ${browserMs.toFixed(0)} ms in Chromium (with transfer)`);
      });
    });
  });
});
