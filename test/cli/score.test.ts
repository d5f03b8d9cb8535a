import { csvParse } from 'd3-dsv';
import { describe, it, expect } from 'vitest';
import { profile } from '../../src/moves/profile.js';
import { cliIn } from '../support/cli.js';
import { tempFolder, writeFiles } from '../support/files.js';

// Made-up texts.
const TEXTS = {
  'memo.txt': 'Hostile states threaten our national security. We must harden the power grid.\n',
  'museum.txt': 'The ministry funds new museums in the capital for children.\n',
  'heads.txt': 'Key Tasks\n\nAnnex\n',
};
const run = cliIn(writeFiles(tempFolder('cli-score'), TEXTS));

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

  it('prints { provenance, rows } as JSON: the settings once, then one full profile per file', async () => {
    const { code, stdout } = await run('score', 'memo.txt', 'heads.txt', '--format', 'json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as {
      provenance: { library: string; options: { rules: string } };
      rows: { docId: string; components: { name: string }[]; formula: string }[];
    };
    expect(Object.keys(parsed)).toEqual(['provenance', 'rows']);
    expect(parsed.provenance.library).toBe('securitization');
    expect(parsed.provenance.options.rules).toBe('moves/2');
    // The settings the library records in a scored profile, and its profiles without them.
    const memo = profile({ id: 'memo', text: TEXTS['memo.txt'] });
    expect(parsed.provenance.options).toEqual(JSON.parse(JSON.stringify(memo.provenance.options)));
    const { provenance: _settings, ...memoRow } = memo;
    expect(parsed.rows[0]).toEqual(JSON.parse(JSON.stringify(memoRow)));
    const [first, heads] = parsed.rows;
    expect(first!.docId).toBe('memo');
    expect(first!.components).toHaveLength(5);
    expect(first!.formula).toMatch(/^score = Σ weight × min\(1, value \/ cap\)/);
    expect(heads).toMatchObject({ docId: 'heads', score: null, reason: expect.stringMatching(/^no sentences/) });
    for (const row of parsed.rows) expect(row).not.toHaveProperty('provenance');
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
