// Streaming and mergeable counts (the rest of src/count is exported one by one by src/index.ts).
export { countCorpus, type CountCorpusOptions } from './countCorpus.js';
export { mergeTermCounts, toRows, type TermCounts, type DocumentTermCounts } from './termCounts.js';
export { countWordTokens } from '../text/countWordTokens.js';
export { countChineseWords } from '../text/segmentChinese.js';
