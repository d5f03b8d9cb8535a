/** The library version; a test checks it against package.json. */
export const VERSION = '0.1.0';

/**
 * Names and versions of the English tokenizer and its model, for provenance (kept here, not beside
 * wink-nlp, so that recording provenance does not load the model; test/version.test.ts checks
 * them against the installed packages).
 */
export const WINK_VERSIONS = {
  tokenizer: 'wink-nlp@2.4.0',
  model: 'wink-eng-lite-web-model@1.8.1',
} as const;
