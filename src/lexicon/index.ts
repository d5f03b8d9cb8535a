// Public API of src/lexicon: dictionaries, the built-in securitization lexicon, dictionary file formats.
export {
  DictionarySchema,
  DictionaryCategorySchema,
  DictionaryEntrySchema,
  type Dictionary,
  type DictionaryCategory,
  type DictionaryEntry,
  type DictionaryInput,
} from './schema.js';
export { dictionary, type DictionaryOptions } from './dictionary.js';
export { dictionaryTerms, type DictionaryTermsOptions, type LabelledTerm } from './dictionaryTerms.js';
export { countDictionary, type DictionaryCharacterCountRow, type DictionaryCountOptions, type DictionaryCountRow } from './countDictionary.js';
export { matchDictionary, type DictionaryMatchRow } from './matchDictionary.js';
export { securitizationLexicon } from './securitizationLexicon.js';
export { parseQuantedaYaml } from './parseQuantedaYaml.js';
export { formatQuantedaYaml } from './formatQuantedaYaml.js';
export { parseLiwcDic } from './parseLiwcDic.js';
export { formatLiwcDic } from './formatLiwcDic.js';
export { parseDictionaryJson } from './parseDictionaryJson.js';
export { formatDictionaryJson } from './formatDictionaryJson.js';
