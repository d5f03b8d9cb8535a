import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, describe, it, expect } from 'vitest';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'securitization-cli-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Made-up texts.
writeFileSync(join(dir, 'memo.txt'), 'Hostile states threaten our national security. We must harden the power grid.\n');
writeFileSync(join(dir, 'museum.txt'), 'The ministry funds new museums in the capital for children.\n');
writeFileSync(join(dir, 'heads.txt'), 'Key Tasks\n\nAnnex\n');

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), interactive: false, cwd: dir };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('securitization score', () => {
  it('prints one CSV row per file with the score and each component', async () => {
    const { code, stdout, stderr } = await run('score', 'memo.txt', 'museum.txt', 'heads.txt', '--format', 'csv');
    expect([code, stderr]).toEqual([0, '']);
    const rows = csvParse(stdout);
    expect(rows.map((r) => r.docId)).toEqual(['memo', 'museum', 'heads']);
    expect(rows.columns).toEqual([
      'docId', 'score',
      'securitizing_share', 'securitizing_share_contribution',
      'security_density', 'security_density_contribution',
      'threat_urgency_density', 'threat_urgency_density_contribution',
      'security_request_share', 'security_request_share_contribution',
      'referents', 'referents_contribution',
      'reason',
    ]);
    const memo = rows[0]!;
    // Half of the two sentences securitize: 0.5 / cap 0.25 → 1 × weight 0.35.
    expect(Number(memo.securitizing_share)).toBe(0.5);
    expect(Number(memo.securitizing_share_contribution)).toBe(0.35);
    const contributions = rows.columns.filter((c) => c.endsWith('_contribution')).reduce((s, c) => s + Number(memo[c]), 0);
    expect(Math.abs(contributions - Number(memo.score))).toBeLessThan(0.0005);
    expect(rows[1]!.securitizing_share).toBe('0');
    expect(rows[2]).toMatchObject({ score: '', reason: expect.stringMatching(/^no sentences/) });
  });

  it('prints full profiles as JSON', async () => {
    const { code, stdout } = await run('score', 'memo.txt', '--format', 'json');
    expect(code).toBe(0);
    const [profile] = JSON.parse(stdout) as { docId: string; components: { name: string }[]; formula: string; provenance: { options: { rules: string } } }[];
    expect(profile!.docId).toBe('memo');
    expect(profile!.components).toHaveLength(5);
    expect(profile!.formula).toMatch(/^score = Σ weight × min\(1, value \/ cap\)/);
    expect(profile!.provenance.options.rules).toBe('moves/2');
  });

  it('reports a missing file and still scores the others (exit 1)', async () => {
    const { code, stdout, stderr } = await run('score', 'memo.txt', 'nope.txt');
    expect(code).toBe(1);
    expect(stderr).toMatch(/skipped .*nope\.txt/);
    expect(stdout).toMatch(/^docId/);
  });

  it('rejects an unknown format with a usage error', async () => {
    expect((await run('score', 'memo.txt', '--format', 'xml')).code).toBe(2);
  });
});
