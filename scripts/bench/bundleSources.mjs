// Bundles entries of the library from the TypeScript sources with tsup, for code that must run as
// plain JavaScript: the benchmark's measurements and the tests of worker threads (a worker runs a
// file, not the sources vitest transforms). The worker entry of countCorpusParallel is always put
// beside them, as in dist/, since countCorpusParallel looks for worker.js next to its own code.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Bundles `entries` (name → source path) and the counting worker into `outDir` as ES modules for
 * Node 20. `outDir` should lie under the project's node_modules so that dependencies resolve.
 *
 * @example
 * await bundleSources({ lib: 'scripts/bench/lib.ts' }, 'node_modules/.cache/securitization-bench');
 */
export async function bundleSources(entries, outDir) {
  const { build } = await import('tsup');
  const entry = Object.fromEntries(Object.entries(entries).map(([name, source]) => [name, resolve(root, source)]));
  await build({
    entry: { ...entry, worker: join(root, 'src/node/parallel/worker.ts') },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    splitting: false,
    dts: false,
    clean: false,
    sourcemap: false,
    config: false,
    silent: true,
  });
}
