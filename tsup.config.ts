import { defineConfig } from 'tsup';

export default defineConfig({
  // One build, so that the core, the Node entry and the CLI share one copy of the library (an
  // error thrown by the core is `instanceof` the class a Node user imports).
  entry: { index: 'src/index.ts', node: 'src/node.ts', report: 'src/report.ts', cli: 'src/cli/bin.ts', worker: 'src/node/parallel/worker.ts' },
  format: ['esm', 'cjs'],
  splitting: true,
  // import.meta.url in the CommonJS build (the worker pool locates its module with it).
  shims: true,
  dts: { entry: { index: 'src/index.ts', node: 'src/node.ts', report: 'src/report.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  // d3-array and d3-dsv are ESM-only: bundling them keeps the CommonJS build loadable everywhere.
  noExternal: ['d3-array', 'internmap', 'd3-dsv'],
});
