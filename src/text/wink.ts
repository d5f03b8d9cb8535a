import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;
let instance: WinkNLP | undefined;

/** The shared wink-nlp instance, built on first use (building it takes about 0.1–0.3 s). */
export function wink(): WinkNLP {
  instance ??= winkNLP(model, ['sbd', 'pos', 'negation']);
  return instance;
}

/** Names and versions of the English tokenizer and its model, for provenance. */
export const WINK_VERSIONS = {
  tokenizer: 'wink-nlp@2.4.0',
  model: 'wink-eng-lite-web-model@1.8.1',
} as const;
