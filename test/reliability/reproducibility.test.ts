// Reproducibility: the same input gives the same output, byte for byte, run after run and from
// the ESM and the CommonJS builds; every result carries its provenance, with the ICU and Unicode
// versions that segmentation depends on. Made-up texts, and the shared corpus when present.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it, expect } from 'vitest';
import {
  countDictionary,
  countTerms,
  createDocuments,
  dfm,
  findMoves,
  kwic,
  matchDictionary,
  matches,
  profile,
  provenance,
  reproduce,
  securitizationLexicon,
  segment,
  speechActs,
  textstatCollocates,
  textstatKeyness,
  zeng2021,
  type Provenance,
} from '../../src/index.js';
import { readCorpus } from '../../src/node/corpus/readCorpus.js';
import { corpusAvailable, corpusDir, corpusFile } from '../support/shared.js';

const DIST = resolve(__dirname, '../../dist');
const MADE_UP = [
  { id: 'en', text: 'National security and cyber security matter.\r\n\r\nThe ministry warns of threats to national security; we must act now.' },
  { id: 'zh', text: '维护国家安全。國家安全是頭等大事！网络安全和数据安全也很重要。' },
  { id: 'mixed', text: 'ＳＥＣＵＲＩＴＹ, secu\u00ADrity and 安全 \u{1F6E1}\uFE0Fsecurity.', lang: 'en' },
];
const CORPUS_FILES = ['2017-ngaidp.en.txt', '2025-us-americas-ai-action-plan.en.txt', '2017-ngaidp.zh-hant.excerpt.txt'];

// One script, run by the ESM and the CJS build: `lib` is the library, inputs come from the
// environment (file paths, not texts: an environment variable holds at most 128 kB on Linux).
const SCRIPT_BODY = `
const fs = lib.__fs;
const inputs = JSON.parse(process.env.REPRO_INPUTS).map((d) => (d.path ? { id: d.id, text: fs.readFileSync(d.path, 'utf8') } : d));
const docs = lib.createDocuments(inputs);
const terms = ['security', 'national security', 'secur*', '安全', '国家安全 | 國家安全', { label: 'cyber', pattern: 'cyber security | cyber-security | cybersecurity' }];
const out = {};
const keep = (name, rows) => { out[name] = { rows, provenance: rows.provenance }; };
for (const nested of ['inclusive', 'exclusive']) {
  keep('countTerms/' + nested, lib.countTerms(docs, terms, { nested }));
  keep('matches/' + nested, lib.matches(docs, terms, { nested }));
}
keep('kwic', lib.kwic(docs, 'security', { window: 4 }));
keep('countDictionary', lib.countDictionary(docs, lib.securitizationLexicon));
out.runtime = { icu: process.versions.icu, unicode: process.versions.unicode };
process.stdout.write(JSON.stringify(out));
`;

type Input = { readonly id: string; readonly text: string; readonly lang?: string } | { readonly id: string; readonly path: string };

function inputs(): Input[] {
  const corpus = corpusAvailable ? CORPUS_FILES.map((name) => ({ id: name, path: corpusFile(name) })) : [];
  return [...MADE_UP, ...corpus];
}

/** Runs the script on a build of the library in a fresh node process; returns its stdout. */
function runBuild(format: 'esm' | 'cjs'): string {
  const entry = resolve(DIST, format === 'esm' ? 'index.js' : 'index.cjs');
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing: build the package first (\`npm run build\`; \`npm test\` builds before running vitest)`);
  }
  const script =
    format === 'esm'
      ? `import * as lib0 from ${JSON.stringify(pathToFileURL(entry).href)}; import * as nodeFs from 'node:fs'; const lib = { ...lib0, __fs: nodeFs };\n${SCRIPT_BODY}`
      : `const lib = { ...require(${JSON.stringify(entry)}), __fs: require('node:fs') };\n${SCRIPT_BODY}`;
  const args = format === 'esm' ? ['--input-type=module', '-e', script] : ['-e', script];
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, REPRO_INPUTS: JSON.stringify(inputs()) },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`node on ${entry} failed (${result.status}):\n${result.stderr}`);
  return result.stdout;
}

describe('reproducibility: same input, same bytes', () => {
  it('two runs in one process give identical JSON, rows and provenance', () => {
    const run = (): string => {
      const docs = createDocuments(inputs().map((d) => ('path' in d ? { id: d.id, text: readFileSync(d.path, 'utf8') } : d)));
      const terms = ['security', 'national security', 'secur*', '安全'];
      const results = [countTerms(docs, terms), matches(docs, terms, { nested: 'exclusive' }), kwic(docs, 'security'), countDictionary(docs, securitizationLexicon)];
      return JSON.stringify(results.map((rows) => ({ rows, provenance: rows.provenance })));
    };
    const first = run();
    expect(first.length).toBeGreaterThan(1000);
    expect(run()).toBe(first);
  });

  it('the ESM and CJS builds give byte-identical JSON, run after run, with the runtime ICU and Unicode', () => {
    const esm = runBuild('esm');
    const cjs = runBuild('cjs');
    expect(runBuild('esm')).toBe(esm);
    expect(cjs).toBe(esm);
    const { runtime, ...results } = JSON.parse(esm) as { runtime: { icu: string; unicode: string } } & Record<string, { rows: unknown[]; provenance: Provenance }>;
    expect(results['countTerms/inclusive']!.rows.length).toBe(inputs().length * 6);
    expect(Object.keys(results)).toHaveLength(6);
    for (const [name, result] of Object.entries(results)) {
      expect(result.provenance.library, name).toBe('securitization');
      expect([result.provenance.icu, result.provenance.unicode], name).toEqual([runtime.icu, runtime.unicode]);
    }
  });
});

describe('reproducibility: a document is read the same whatever was read before', () => {
  it('wink does not carry a word it learnt in one document into the next', () => {
    // Fixed (src/text/wink.ts): wink added "zorblax's" (kept whole before a full stop) to its
    // lexicon, and from then on kept it whole everywhere: tokens and rates depended on the order
    // in which documents were read. "zorblax" is a made-up word no other test uses.
    const tokens = (text: string): string[] => segment(createDocuments([{ id: 'x', text, lang: 'en' }])[0]!).tokens.map((t) => t.text);
    const before = tokens("The zorblax's security.");
    expect(before).toEqual(['The', 'zorblax', "'s", 'security', '.']);
    expect(tokens("Defence - zorblax's.")).toEqual(['Defence', '-', "zorblax's", '.']);
    expect(tokens("The zorblax's security.")).toEqual(before);
    expect(countTerms([{ id: 'y', text: "The zorblax's security.", lang: 'en' }], ['security'])[0]!.tokens).toBe(4);
  });
});

describe('reproducibility: every result carries its provenance', () => {
  const docs = createDocuments([
    { id: 'a', text: 'We warn that cyber threats endanger national security. The state must act now.', meta: { year: 2017 } },
    { id: 'b', text: 'Security cooperation grows. National security remains a priority for the state.', meta: { year: 2018 } },
  ]);

  it('provenance() records the ICU and Unicode versions of the runtime', () => {
    expect(provenance({}).icu).toBe(process.versions.icu);
    expect(provenance({}).unicode).toBe(process.versions.unicode);
    expect(process.versions.icu).toMatch(/^\d+\.\d+/u);
  });

  const results: [string, () => { provenance: Provenance }][] = [
    ['countTerms', () => countTerms(docs, ['security'])],
    ['matches', () => matches(docs, ['security'])],
    ['kwic', () => kwic(docs, 'security')],
    ['countDictionary', () => countDictionary(docs, securitizationLexicon)],
    ['matchDictionary', () => matchDictionary(docs, securitizationLexicon)],
    ['dfm', () => dfm(docs)],
    ['textstatKeyness', () => textstatKeyness([docs[0]!], [docs[1]!])],
    ['textstatCollocates', () => textstatCollocates(docs, 'security')],
    ['speechActs', () => speechActs(docs[0]!)],
    ['findMoves', () => findMoves(docs[0]!)],
    ['profile', () => profile(docs[0]!)],
    ['reproduce', () => reproduce(zeng2021, [])],
  ];
  it.each(results)('%s: provenance with library, version, tokenizer, ICU, Unicode and options', (_name, make) => {
    const result = make();
    expect(result.provenance).toMatchObject({
      library: 'securitization',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/u),
      tokenizer: expect.any(String),
      icu: process.versions.icu,
      unicode: process.versions.unicode,
      options: expect.any(Object),
    });
    // Rows serialize as plain rows: the provenance is not an enumerable key of an array result.
    if (Array.isArray(result)) expect(Object.keys(result).every((key) => /^\d+$/u.test(key))).toBe(true);
  });

  it.skipIf(!corpusAvailable)('readCorpus: the documents carry provenance, and meta.sha256 the file hash', async () => {
    const { documents } = await readCorpus(corpusDir);
    expect(documents.provenance).toMatchObject({ library: 'securitization', options: { reader: 'readCorpus' } });
    for (const doc of documents) expect(doc.meta.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });
});
