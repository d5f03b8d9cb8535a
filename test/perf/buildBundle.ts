import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleSources } from '../../scripts/bench/bundleSources.mjs';

const root = resolve(__dirname, '../..');

/**
 * Bundles the Node entry from the sources into a folder under node_modules/.cache (so that its
 * dependencies resolve) and imports it. Worker threads run plain JavaScript files, not the
 * TypeScript sources vitest runs, so parallel counting is tested on a bundle: the code of the
 * working tree, as a build would ship it. Returns the module, the bundle's file (for a child
 * process to import) and a function that removes the bundle.
 */
export async function importBundle(): Promise<{ lib: typeof import('../../src/node.js'); file: string; remove: () => void }> {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'securitization-perf-test-'));
  await bundleSources({ node: 'src/node.ts' }, outDir);
  const file = join(outDir, 'node.js');
  const lib = (await import(pathToFileURL(file).href)) as typeof import('../../src/node.js');
  return { lib, file, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
