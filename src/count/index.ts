// Streaming and mergeable counts (the rest of src/count is exported one by one by src/index.ts).
export { countCorpus, type CountCorpusOptions } from './countCorpus.js';
export {
  mergeTermCounts,
  toRows,
  type TermCounts,
  type TokenTermCounts,
  type CharacterTermCounts,
  type DocumentTermCounts,
  type DocumentTokenCounts,
  type DocumentCharacterCounts,
  type CharacterCountRow,
} from './termCounts.js';
export { type CountTermsOptions } from './countTerms.js';
export { type RateBase, type RateOptions } from './rateBase.js';
export { countWordTokens } from '../text/countWordTokens.js';
export { countChineseWords } from '../text/segmentChinese.js';
export { countCharacters } from '../text/countCharacters.js';
