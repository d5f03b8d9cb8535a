// Public API of src/node/parallel: counting a corpus of files with worker threads.
export { countCorpusParallel, type ParallelCountOptions, type ParallelCount } from './countCorpusParallel.js';
