// One measurement of the benchmark, run in its own process so that its peak RSS is its own:
//   node scripts/bench/measure.mjs <bundle.js> <task> <params JSON>
// Prints one JSON line: { ms, bytes, tokens, docs, maxRssMb }. `ms` is the best of `runs` runs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chineseTerms, englishTerms } from './corpus.mjs';

const [bundle, task, paramsJson] = process.argv.slice(2);
const params = JSON.parse(paramsJson ?? '{}');
const lib = await import(pathToFileURL(bundle).href);
const runs = params.runs ?? 3;

/** The .txt files of a folder, in name order, as { id, text, lang }, up to `limit` bytes. */
function readTexts(dir, lang, limit = Infinity) {
  const docs = [];
  let bytes = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    if (bytes >= limit) break;
    const text = readFileSync(join(dir, name), 'utf8');
    docs.push({ id: name.replace(/\.txt$/, ''), text, lang });
    bytes += Buffer.byteLength(text);
  }
  return { docs, bytes };
}

// Wall time is what a user waits; CPU time (all threads of the process) is what other processes
// sharing the cores cannot inflate. Both are the best of `runs`.
let cpuMs = Infinity;
async function best(fn) {
  let ms = Infinity;
  let result;
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    result = await fn();
    const used = process.cpuUsage(cpu);
    ms = Math.min(ms, performance.now() - start);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  return { ms, result };
}

const folderBytes = (dir) => readdirSync(dir).reduce((n, name) => n + statSync(join(dir, name)).size, 0);
const englishTokens = (docs) => docs.reduce((n, d) => n + lib.countWordTokens(d.text), 0);
// Chinese token counts come from Intl.Segmenter through countTokens.
const chineseTokens = (docs) => docs.reduce((n, d) => n + lib.countTokens(lib.createDocument(d)), 0);

const tasks = {
  /** Lower-case, count words with /\p{L}+/gu, and count one phrase with indexOf. */
  async baseline() {
    const { docs, bytes } = readTexts(params.dir, 'en');
    const { ms } = await best(() => {
      let words = 0;
      let hits = 0;
      for (const { text } of docs) {
        const lower = text.toLowerCase();
        for (const _ of lower.matchAll(/\p{L}+/gu)) words++;
        for (let at = lower.indexOf('national security'); at >= 0; at = lower.indexOf('national security', at + 1)) hits++;
      }
      return words + hits;
    });
    return { ms, bytes, tokens: englishTokens(docs), docs: docs.length };
  },
  /** countTerms with 200 English terms over documents in memory (the fast path). */
  async fast() {
    const { docs, bytes } = readTexts(params.dir, 'en');
    const terms = englishTerms(lib);
    const { ms, result } = await best(() => lib.countTerms(docs, terms));
    return { ms, bytes, tokens: englishTokens(docs), docs: docs.length, rows: result.length, terms: terms.length };
  },
  /** countCorpusParallel over the folder: workers read and count the files. */
  async workers() {
    const terms = englishTerms(lib);
    const { ms, result } = await best(() => lib.countCorpusParallel(params.dir, terms, { workers: params.workers, ...(params.lang === undefined ? {} : { lang: params.lang }) }));
    const { counts } = result;
    const bytes = folderBytes(params.dir);
    return { ms, bytes, tokens: counts.totals.tokens, docs: counts.totals.documents, workers: params.workers };
  },
  /**
   * countCorpusParallel with `workers: 0` (reading and counting in this thread) over the files
   * `from` to `to` (in name order) of the folder: one run, timed from the first file to the last.
   * Run alone and as two processes at once, it tells how far this machine lets two cores speed up
   * this work, with no thread pool involved.
   */
  async serial() {
    const terms = englishTerms(lib);
    const files = readdirSync(params.dir).filter((n) => n.endsWith('.txt')).sort().slice(params.from, params.to).map((n) => join(params.dir, n));
    const start = performance.now();
    const { counts } = await lib.countCorpusParallel(files, terms, { workers: 0, lang: 'en' });
    const ms = performance.now() - start;
    const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
    return { ms, bytes, tokens: counts.totals.tokens, docs: counts.totals.documents };
  },
  /**
   * wink-nlp's readDoc of each document, model load excluded: with `pipeline: 'default'` wink's
   * full pipeline (every annotation of the model: sentences, negation, sentiment, POS, named
   * entities, custom entities), the baseline the full path is held to; else the library's own
   * pipeline (sentences, POS, negation), a stricter baseline.
   */
  async wink() {
    const { docs, bytes } = readTexts(params.dir, 'en', params.sample);
    let nlp;
    if (params.pipeline === 'default') {
      const { default: winkNLP } = await import('wink-nlp');
      const { default: model } = await import('wink-eng-lite-web-model');
      nlp = winkNLP(model);
    } else nlp = lib.wink();
    nlp.readDoc('Warm up.');
    const { ms } = await best(() => {
      let tokens = 0;
      for (const { text } of docs) tokens += nlp.readDoc(text).tokens().length();
      return tokens;
    });
    return { ms, bytes, tokens: englishTokens(docs), docs: docs.length, pipeline: params.pipeline ?? 'library' };
  },
  /** The full path: speech acts of every sentence (src/moves labelSentences). */
  async full() {
    const { docs, bytes } = readTexts(params.dir, 'en', params.sample);
    lib.wink();
    const { ms } = await best(() => {
      let sentences = 0;
      // New document objects each run, so that no cached segmentation is reused.
      for (const d of docs) sentences += lib.labelSentences(lib.createDocument(d)).length;
      return sentences;
    });
    return { ms, bytes, tokens: englishTokens(docs), docs: docs.length };
  },
  /** Plain indexOf over the Chinese texts for every variant of the 200 Chinese terms. */
  async zhIndexOf() {
    const { docs, bytes } = readTexts(params.dir, 'zh');
    const needles = chineseTerms(lib).flatMap((t) => t.pattern.split('|').map((v) => v.trim()));
    const { ms } = await best(() => {
      let hits = 0;
      for (const { text } of docs) {
        for (const needle of needles) for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) hits++;
      }
      return hits;
    });
    return { ms, bytes, docs: docs.length, needles: needles.length };
  },
  /** Matching the 200 Chinese terms (normalization, traditional to simplified, one scan), without the token denominator. */
  async zhMatch() {
    const { docs, bytes } = readTexts(params.dir, 'zh');
    const matcher = lib.compileMatcher(lib.compileTerms(chineseTerms(lib)));
    const { ms } = await best(() => {
      let hits = 0;
      for (const { text } of docs) for (const c of lib.countTermMatches(matcher, lib.normalizeText(text).text, 'inclusive')) hits += c;
      return hits;
    });
    return { ms, bytes, docs: docs.length };
  },
  /**
   * countTerms over the Chinese texts: matching plus the Intl.Segmenter token denominator, or with
   * `per: 'characters'` the character denominator (no segmenter).
   */
  async zhCount() {
    const { docs, bytes } = readTexts(params.dir, 'zh');
    const terms = chineseTerms(lib);
    const options = params.per === undefined ? {} : { per: params.per };
    const { ms } = await best(() => lib.countTerms(docs, terms, options));
    return { ms, bytes, tokens: params.per === undefined ? chineseTokens(docs) : undefined, docs: docs.length };
  },

  /** streamCorpus + countCorpus over a folder of many files: memory must not grow with the corpus. */
  async stream() {
    const terms = englishTerms(lib);
    async function* documents() {
      for await (const item of lib.streamCorpus(params.dir, params.lang === undefined ? {} : { lang: params.lang })) if ('document' in item) yield item.document;
    }
    const start = performance.now();
    const counts = await lib.countCorpus(documents(), terms);
    const ms = performance.now() - start;
    const bytes = folderBytes(params.dir);
    return { ms, bytes, tokens: counts.totals.tokens, docs: counts.totals.documents };
  },
};

const run = tasks[task];
if (run === undefined) throw new Error(`unknown task ${task}`);
const result = await run();
process.stdout.write(`${JSON.stringify({ ...result, cpuMs: Number.isFinite(cpuMs) ? cpuMs : null, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
