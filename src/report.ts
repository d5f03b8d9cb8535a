// The HTML report face, in its own entry so that `securitization/node` does not load Observable
// Plot and linkedom (about 0.45 s) for users who only read files.
export * from './report/index.js';
