import { describe, it, expect } from 'vitest';
import { cliIn } from '../support/cli.js';
import { tempFolder, writeFiles } from '../support/files.js';

// A made-up text.
const text = 'Foreign hackers attacked two power stations this winter. Hostile states threaten our national security. We must harden the grid.\n';
const run = cliIn(writeFiles(tempFolder('cli-moves'), { 'memo.txt': text }));

describe('securitization moves', () => {
  it('prints one table row per move', async () => {
    const { code, stdout, stderr } = await run('moves', 'memo.txt');
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split(/\s{2,}/u)).toEqual(['docId', 'sentences', 'start', 'end', 'sector', 'referent', 'acts', 'threat', 'actor', 'rules']);
    expect(lines[2]).toMatch(/^memo\s+0-2\s+0\s+\d+\s+political\s+national security\s+claim\+warn\+request/u);
  });

  it('prints typed records with evidence as JSON, with actor and audience options', async () => {
    const { code, stdout } = await run('moves', 'memo.txt', '--format', 'json', '--actor', 'Energy Ministry', '--audience', 'parliament');
    expect(code).toBe(0);
    const { provenance, moves } = JSON.parse(stdout) as {
      provenance: { options: { window: number } };
      moves: { audience: { name: string }; move: { actor: { name: string }; evidence: { start: number; end: number; quote: string }[] } }[];
    };
    expect(provenance.options.window).toBe(1);
    expect(moves).toHaveLength(1);
    expect(moves[0]!.move.actor.name).toBe('Energy Ministry');
    expect(moves[0]!.audience.name).toBe('parliament');
    for (const span of moves[0]!.move.evidence) expect(text.slice(span.start, span.end)).toBe(span.quote);
  });

  it('takes exactly one file', async () => {
    expect((await run('moves', 'memo.txt', 'memo.txt')).code).toBe(2);
    expect((await run('moves')).code).toBe(2);
  });
});
