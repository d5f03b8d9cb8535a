#!/usr/bin/env node
// The benchmark: throughput and peak memory of counting, against a plain-regex baseline, wink-nlp,
// and indexOf, on a synthetic corpus written for it (scripts/bench/corpus.mjs) or a folder of
// yours. Every measurement runs in its own process (scripts/bench/measure.mjs) so that its peak
// RSS is its own; times are the best of --runs runs. See docs/performance.md.
//
//   npm run bench                       # build, then this script with the defaults
//   node scripts/bench.mjs [options]    # no build needed: the sources are bundled for the run
//
// Options:
//   --size <MB>       English corpus size (default 200: each worker's start, ~0.25 s, is then a
//                     small part of the run, as in a real corpus of thousands of files)
//   --zh-size <MB>    Chinese corpus size (default 10)
//   --sample <MB>     English text given to wink-nlp and to the full path (default 2; both are slow)
//   --corpus <dir>    count the .txt files of <dir> (English) instead of the synthetic corpus
//   --runs <n>        runs per measurement, best kept (default 3)
//   --out <file>      also write the results as JSON
//   --stream-test     stream 100 MB and 1 GB of files through streamCorpus + countCorpus
//   --keep            keep the generated files (their folder is printed)
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticDocument } from './bench/corpus.mjs';
import { bundleSources } from './bench/bundleSources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Other processes share the cores: the load average says how much of them the measurements had.
const loadAtStart = loadavg();
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '200' },
    'zh-size': { type: 'string', default: '10' },
    sample: { type: 'string', default: '2' },
    corpus: { type: 'string' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string' },
    'stream-test': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const number = (name) => {
  const value = Number(values[name]);
  if (!(value > 0)) throw new Error(`--${name} expects a positive number, got ${values[name]}`);
  return value;
};
const MB = 1e6;
const size = number('size');
const zhSize = number('zh-size');
const sample = number('sample');
const runs = number('runs');

// 1. Bundle the library from the sources (tsup), next to node_modules so that its dependencies
//    resolve, with the worker entry of countCorpusParallel beside it.
const cache = join(root, 'node_modules', '.cache', 'securitization-bench');
mkdirSync(cache, { recursive: true });
await bundleSources({ lib: 'scripts/bench/lib.ts' }, cache);
const bundle = join(cache, 'lib.js');

// 2. The corpus: files of about 1 MB, each a document.
const work = mkdtempSync(join(tmpdir(), 'securitization-bench-'));
function writeCorpus(dir, lang, bytes, seed) {
  mkdirSync(dir, { recursive: true });
  let written = 0;
  for (let k = 0; written < bytes; k++) {
    const text = syntheticDocument(lang, Math.min(1_000_000, bytes) / (lang === 'zh' ? 3 : 1), seed + k);
    writeFileSync(join(dir, `${lang}-${String(k + 1).padStart(5, '0')}.txt`), text);
    written += Buffer.byteLength(text);
  }
  return written;
}
const enDir = join(work, 'en');
const zhDir = join(work, 'zh');
if (values.corpus !== undefined) {
  mkdirSync(enDir);
  for (const name of readdirSync(values.corpus).filter((n) => n.endsWith('.txt'))) cpSync(join(values.corpus, name), join(enDir, name));
} else {
  writeCorpus(enDir, 'en', size * MB, 1);
}
writeCorpus(zhDir, 'zh', zhSize * MB, 100_000);

// 3. The measurements, each in a child process.
const measureArgs = (task, params) => [join(root, 'scripts/bench/measure.mjs'), bundle, task, JSON.stringify({ runs, ...params })];
const parseMeasurement = (out) => withRates(JSON.parse(out.trim().split('\n').pop()));
function measure(task, params) {
  process.stderr.write(`  ${task} ${JSON.stringify(params)} …\n`);
  return parseMeasurement(execFileSync(process.execPath, measureArgs(task, params), { encoding: 'utf8', maxBuffer: 1 << 24 }));
}
/** Several measurements run at once, each in its own process. */
async function measureTogether(task, paramsList) {
  process.stderr.write(`  ${task} ×${paramsList.length} at once ${JSON.stringify(paramsList)} …\n`);
  const outs = await Promise.all(paramsList.map((params) => promisify(execFile)(process.execPath, measureArgs(task, params), { encoding: 'utf8', maxBuffer: 1 << 24 })));
  return outs.map(({ stdout }) => parseMeasurement(stdout));
}
/** A measurement with its throughputs: MB/s by wall clock and by CPU time, tokens/s. */
function withRates(result) {
  return {
    ...result,
    mbPerS: result.bytes / MB / (result.ms / 1000),
    cpuMbPerS: result.cpuMs === null ? null : result.bytes / MB / (result.cpuMs / 1000),
    tokensPerS: result.tokens === undefined ? null : result.tokens / (result.ms / 1000),
  };
}

/** Of several results of one measurement, the fastest (its peak RSS the highest of them all). */
function fastest(results) {
  const best = results.reduce((a, b) => (b.ms < a.ms ? b : a));
  return { ...best, maxRssMb: Math.max(...results.map((r) => r.maxRssMb)) };
}

/**
 * One and two workers, measured in turn in two rounds (1, 2, 1, 2), each keeping its best: the
 * ratio of the two then compares runs made under the same conditions, not one run made while the
 * host's other tenants were busy and one made while they were not.
 */
function workerMeasurements() {
  const rounds = [1, 2].map(() => [1, 2].map((workers) => measure('workers', { dir: enDir, workers, lang: 'en' })));
  return { workers1: fastest(rounds.map((r) => r[0])), workers2: fastest(rounds.map((r) => r[1])) };
}

/**
 * wink-nlp with its full pipeline, wink-nlp with the library's pipeline, and the full path, on the
 * same sample, measured in turn in two rounds, each keeping its best (as for the workers).
 */
function fullPathMeasurements() {
  const params = { dir: enDir, sample: sample * MB };
  const rounds = [1, 2].map(() => [measure('wink', { ...params, pipeline: 'default' }), measure('wink', params), measure('full', params)]);
  return { winkFullPipeline: fastest(rounds.map((r) => r[0])), wink: fastest(rounds.map((r) => r[1])), full: fastest(rounds.map((r) => r[2])) };
}

/**
 * The same counting (files read and counted in one thread, no pool) over the whole corpus in one
 * process, and over its two halves in two processes at once, in turn in two rounds, each keeping
 * its best: how much faster two cores do this work on this machine at all (shared caches, memory
 * bandwidth, the host's other tenants), the ceiling of any pool of two workers.
 */
async function twoProcessMeasurements() {
  const files = readdirSync(enDir).filter((n) => n.endsWith('.txt')).length;
  const half = Math.ceil(files / 2);
  const alone = [];
  const together = [];
  for (let round = 0; round < 2; round++) {
    alone.push(measure('serial', { dir: enDir, from: 0, to: files, runs: 1 }));
    const [a, b] = await measureTogether('serial', [{ dir: enDir, from: 0, to: half, runs: 1 }, { dir: enDir, from: half, to: files, runs: 1 }]);
    const joined = { ms: Math.max(a.ms, b.ms), bytes: a.bytes + b.bytes, tokens: a.tokens + b.tokens, docs: a.docs + b.docs, cpuMs: null, maxRssMb: Math.max(a.maxRssMb, b.maxRssMb) };
    together.push(withRates(joined));
  }
  return { serial1: fastest(alone), serial2: fastest(together) };
}

// How many cores the measurements really get: a fixed CPU loop alone, then two at once. 2 means
// two free cores; 1 means the other processes on the machine leave one, and no run with two
// workers can be faster than with one.
async function parallelHeadroom() {
  const spin = ['-e', 'let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003; if (x < 0) console.log(x);'];
  const timed = async (count) => {
    const start = performance.now();
    await Promise.all(Array.from({ length: count }, () => promisify(execFile)(process.execPath, spin)));
    return performance.now() - start;
  };
  const one = await timed(1);
  const two = await timed(2);
  return Number(((2 * one) / two).toFixed(2));
}
const headroom = await parallelHeadroom();
process.stderr.write(`Measuring (runs: ${runs}, cores free for two processes: ${headroom}) in ${work}\n`);
const results = {
  baseline: measure('baseline', { dir: enDir }),
  fast: measure('fast', { dir: enDir }),
  // The corpus is English: saying so skips language detection (see docs/performance.md).
  ...workerMeasurements(),
  ...(await twoProcessMeasurements()),
  ...fullPathMeasurements(),
  zhIndexOf: measure('zhIndexOf', { dir: zhDir }),
  zhMatch: measure('zhMatch', { dir: zhDir }),
  zhCount: measure('zhCount', { dir: zhDir, runs: 1 }),
  zhCountPerCharacter: measure('zhCount', { dir: zhDir, per: 'characters' }),
};
let stream;
if (values['stream-test']) {
  stream = {};
  for (const [name, bytes] of [['100MB', 100 * MB], ['1GB', 1000 * MB]]) {
    const dir = join(work, `stream-${name}`);
    writeCorpus(dir, 'en', bytes, 1);
    stream[name] = measure('stream', { dir, runs: 1, lang: 'en' });
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

// 4. Report.
const ratio = (a, b) => Number((a / b).toFixed(2));
const ratios = {
  fastVsBaseline: ratio(results.fast.mbPerS, results.baseline.mbPerS),
  // The baseline: wink-nlp's full pipeline. The full path runs only the annotations it
  // needs; against wink-nlp running just those, the stricter ratio below.
  fullVsWink: ratio(results.full.tokensPerS, results.winkFullPipeline.tokensPerS),
  fullVsWinkSamePipeline: ratio(results.full.tokensPerS, results.wink.tokensPerS),
  twoWorkersVsOne: ratio(results.workers2.mbPerS, results.workers1.mbPerS),
  // What the machine allows: two processes counting half the files each, against one counting all.
  twoProcessesVsOne: ratio(results.serial2.mbPerS, results.serial1.mbPerS),
  zhVsIndexOf: ratio(results.zhMatch.mbPerS, results.zhIndexOf.mbPerS),
  zhWithTokensVsIndexOf: ratio(results.zhCount.mbPerS, results.zhIndexOf.mbPerS),
  zhPerCharacterVsIndexOf: ratio(results.zhCountPerCharacter.mbPerS, results.zhIndexOf.mbPerS),
};
// The same ratios by CPU time, which other processes on the machine cannot inflate (not for the
// workers, whose point is wall time).
const cpuRatios = {
  fastVsBaseline: ratio(results.fast.cpuMbPerS, results.baseline.cpuMbPerS),
  fullVsWink: ratio(results.full.cpuMbPerS, results.winkFullPipeline.cpuMbPerS),
  fullVsWinkSamePipeline: ratio(results.full.cpuMbPerS, results.wink.cpuMbPerS),
  zhVsIndexOf: ratio(results.zhMatch.cpuMbPerS, results.zhIndexOf.cpuMbPerS),
};
const targets = {
  fastVsBaseline: { target: '>= 0.5', met: ratios.fastVsBaseline >= 0.5 },
  fullVsWink: { target: '>= 0.8', met: ratios.fullVsWink >= 0.8 },
  twoWorkersVsOne: { target: '>= 1.7', met: ratios.twoWorkersVsOne >= 1.7 },
  zhVsIndexOf: { target: '>= 0.5', met: ratios.zhVsIndexOf >= 0.5 },
  ...(stream === undefined ? {} : { streamAt1GB: { target: '< 300 MB peak RSS', met: stream['1GB'].maxRssMb < 300 } }),
};
const machine = { loadAverageAtStart: loadAtStart.map((x) => Number(x.toFixed(2))), parallelHeadroom: headroom, nproc: availableParallelism(), node: process.version, cpu: cpus()[0]?.model ?? 'unknown', platform: `${process.platform} ${process.arch}` };
const round = (x, digits = 1) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));
const throughput = Object.fromEntries(
  Object.entries({ ...results, ...(stream === undefined ? {} : Object.fromEntries(Object.entries(stream).map(([k, v]) => [`stream${k}`, v]))) }).map(([name, r]) => [
    name,
    {
      mb: round(r.bytes / MB),
      seconds: round(r.ms / 1000, 3),
      mbPerS: round(r.mbPerS),
      cpuMbPerS: r.cpuMbPerS === null || r.cpuMbPerS === undefined ? null : round(r.cpuMbPerS),
      tokensPerS: r.tokensPerS === null ? null : Math.round(r.tokensPerS),
    },
  ]),
);
const peakRssMb = Object.fromEntries(Object.entries(throughput).map(([name]) => [name, round((results[name] ?? stream?.[name.replace(/^stream/, '')]).maxRssMb, 0)]));

console.log(`\nsecuritization benchmark — ${machine.cpu}, ${machine.nproc} cores, Node ${machine.node}, load average at start ${machine.loadAverageAtStart.join(' ')}, cores free for two processes ${headroom}`);
console.log(`English ${round(results.fast.bytes / MB)} MB (${values.corpus ?? 'synthetic'}), Chinese ${round(results.zhMatch.bytes / MB)} MB, sample for wink and the full path ${round(results.wink.bytes / MB)} MB; best of ${runs} runs\n`);
console.table(
  Object.fromEntries(Object.entries(throughput).map(([name, t]) => [name, { 'MB/s': t.mbPerS, 'MB/s of CPU': t.cpuMbPerS, 'tokens/s': t.tokensPerS, 'peak RSS MB': peakRssMb[name], MB: t.mb }])),
);
console.table(
  Object.fromEntries(
    Object.entries(ratios).map(([name, value]) => [name, { ratio: value, 'ratio by CPU time': cpuRatios[name] ?? '', target: targets[name]?.target ?? '(reported)', met: targets[name]?.met ?? '' }]),
  ),
);
if (stream !== undefined) console.log(`Streaming: peak RSS ${round(stream['100MB'].maxRssMb, 0)} MB at 100 MB, ${round(stream['1GB'].maxRssMb, 0)} MB at 1 GB`);

if (values.out !== undefined) {
  writeFileSync(values.out, `${JSON.stringify({ machine, ratios, cpuRatios, targets, peakRssMb, throughput, settings: { size, zhSize, sample, runs, corpus: values.corpus ?? 'synthetic' } }, null, 2)}\n`);
  console.log(`Wrote ${values.out}`);
}
if (values.keep) console.log(`Kept the corpus in ${work}`);
else rmSync(work, { recursive: true, force: true });
