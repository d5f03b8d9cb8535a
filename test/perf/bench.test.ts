import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it, expect } from 'vitest';

const root = resolve(__dirname, '../..');

interface BenchJson {
  readonly ratios: Record<string, number>;
  readonly peakRssMb: Record<string, number>;
  readonly throughput: Record<string, { mb: number; seconds: number; mbPerS: number; tokensPerS: number | null }>;
  readonly targets: Record<string, { target: string; met: boolean }>;
}

// The benchmark on a tiny corpus: not to judge speed (a timed test would), but so that
// `npm run bench` keeps running and keeps writing what the issue asks for.
describe('npm run bench', () => {
  it('measures every path in one run and writes the ratios, peak RSS and throughput as JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'securitization-bench-test-'));
    try {
      const out = join(dir, 'bench.json');
      const args = ['scripts/bench.mjs', '--size', '1', '--zh-size', '0.2', '--sample', '0.1', '--runs', '1', '--out', out];
      const stdout = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(stdout).toContain('fullVsWink');
      const json = JSON.parse(readFileSync(out, 'utf8')) as BenchJson;
      expect(Object.keys(json.ratios)).toEqual(expect.arrayContaining(['fastVsBaseline', 'fullVsWink', 'twoWorkersVsOne', 'twoProcessesVsOne', 'zhVsIndexOf']));
      const measured = ['baseline', 'fast', 'workers1', 'workers2', 'serial1', 'serial2', 'winkFullPipeline', 'wink', 'full', 'zhIndexOf', 'zhMatch'];
      expect(Object.keys(json.throughput)).toEqual(expect.arrayContaining(measured));
      for (const name of measured) {
        expect(json.throughput[name]!.mbPerS, name).toBeGreaterThan(0);
        expect(json.peakRssMb[name], name).toBeGreaterThan(10);
      }
      for (const name of ['baseline', 'fast', 'workers1', 'workers2', 'serial1', 'serial2', 'winkFullPipeline', 'full']) expect(json.throughput[name]!.tokensPerS, name).toBeGreaterThan(0);
      // Every ratio is the quotient of the throughputs it names, as printed.
      const rate = (name: string, key: 'mbPerS' | 'tokensPerS'): number => json.throughput[name]![key]!;
      expect(json.ratios.fullVsWink).toBeCloseTo(rate('full', 'tokensPerS') / rate('winkFullPipeline', 'tokensPerS'), 1);
      expect(json.ratios.twoWorkersVsOne).toBeCloseTo(rate('workers2', 'mbPerS') / rate('workers1', 'mbPerS'), 1);
      expect(json.ratios.twoProcessesVsOne).toBeCloseTo(rate('serial2', 'mbPerS') / rate('serial1', 'mbPerS'), 1);
      // The two processes together count the same text as the one alone.
      expect(json.throughput.serial2!.mb).toBe(json.throughput.serial1!.mb);
      expect(json.targets.fullVsWink).toEqual({ target: '>= 0.8', met: json.ratios.fullVsWink! >= 0.8 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
