// The Node entry: everything of the core, plus reading files. Browsers import `securitization`.
export * from './index.js';
export { readText, decodeText, type ReadTextOptions, type InvalidUtf8 } from './node/readText.js';
export { loadDocument, loadDocuments, sha256, type LoadOptions, type LoadFailure } from './node/loadDocuments.js';
export * from './node/corpus/index.js';
export * from './node/parallel/index.js';
export { loadDictionary } from './node/loadDictionary.js';
export { reproduceCorpus, type CorpusReproduction } from './node/reproduceCorpus.js';
