// What the tests of the built package (test/pack, test/deno) share: whether dist/ is as new as
// the sources it is built from, and npm run quietly.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** True when `root`/dist/index.js exists and is at least as new as src/ and tsup.config.ts. */
export function distIsFresh(root: string): boolean {
  const entry = join(root, 'dist', 'index.js');
  if (!existsSync(entry)) return false;
  const sources = Math.max(newestMtime(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs);
  return statSync(entry).mtimeMs >= sources;
}

/** Runs npm with `args` in `cwd`, without colours, and returns its standard output. */
export function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
}
