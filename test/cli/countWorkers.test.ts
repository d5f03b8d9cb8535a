// `securitization count --workers n` with real worker threads: they run the built worker file
// (dist/worker.js), which vitest's TypeScript sources do not have, so this runs the built CLI.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distIsFresh, npm } from '../support/dist.js';
import { runCli } from '../support/cli.js';
import { NOT_TEXT, tempFolder, writeFiles } from '../support/files.js';
import { corpusDir, describeCorpus } from '../support/shared.js';

const root = resolve(__dirname, '../..');
const TERMS = 'security,national security,safety,安全,国家安全,国防';

/** The built CLI, run in a child process: stdout, stderr and exit code. */
function builtCli(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [resolve(root, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(() => {
  if (!distIsFresh(root)) {
    console.warn('\n*** count --workers test: dist/ is missing or older than src/: running `npm run build` first. ***\n');
    npm(['run', 'build', '--silent'], root);
  }
}, 120_000);

describe('securitization count --workers (built CLI, worker threads)', () => {
  it('gives the rows, messages and exit code of the in-memory count, with one or two workers', async () => {
    const dir = writeFiles(tempFolder('cli-count-workers'), {
      ...Object.fromEntries(Array.from({ length: 12 }, (_, k) => [`docs/n${String(k).padStart(2, '0')}.txt`, `National security note ${k}: security and safety${k % 3 === 0 ? ', 国家安全' : ''}.\n`])),
      'docs/zh.txt': '维护国家安全和国防安全。',
      'docs/bad.txt': NOT_TEXT,
    });
    const expected = await runCli(['count', 'docs', '--terms', TERMS, '-f', 'json'], { cwd: dir });
    expect(expected.code).toBe(1);
    for (const workers of ['1', '2']) {
      const got = builtCli(['count', 'docs', '--terms', TERMS, '-f', 'json', '--workers', workers], dir);
      expect(got.code).toBe(1);
      expect(got.stdout).toBe(expected.stdout);
      expect(got.stderr).toBe(expected.stderr);
    }
  }, 60_000);
});

describeCorpus('securitization count --workers on the shared corpus', () => {
  it('gives the in-memory rows byte for byte, per token and per character', async () => {
    for (const per of ['tokens', 'characters']) {
      const expected = await runCli(['count', corpusDir, '--terms', TERMS, '--per', per, '-f', 'csv', '-q'], { cwd: root });
      expect(expected.code).toBe(0);
      expect(expected.stdout.split('\n').length).toBeGreaterThan(25);
      expect(builtCli(['count', corpusDir, '--terms', TERMS, '--per', per, '-f', 'csv', '-q', '--workers', '2'], root)).toEqual({ code: 0, stdout: expected.stdout, stderr: '' });
    }
  }, 60_000);
});
