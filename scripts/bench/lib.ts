// What the benchmark's child processes use: the Node entry of the library, plus the internals
// that the matching-only measurement of Chinese needs. scripts/bench.mjs bundles this file from
// the sources (tsup) into node_modules/.cache, so the benchmark needs no build of dist/ and
// measures the code of the working tree.
export * from '../../src/node.js';
export { normalizeText } from '../../src/text/normalize.js';
export { compileMatcher, scanText } from '../../src/count/termMatcher.js';
export { countTermMatches } from '../../src/count/termSpans.js';
export { wink } from '../../src/text/wink.js';
