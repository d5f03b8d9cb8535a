import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;
let instance: WinkNLP | undefined;

/** The part of wink's core model that its cache reads and extends. */
interface CoreModel {
  readonly features: { readonly lexeme: { readonly hash: Record<string, number>; readonly list: readonly string[] } };
}

/**
 * A wink-nlp instance whose tokenizer does not learn from one `readDoc` to the next (segment reads
 * a paragraph at a time, so neither from one document nor one paragraph to the next). wink adds
 * every unknown word to its lexicon, and its tokenizer then treats the word as known: after
 * "… state's." the text "state's security" gives the token "state's" instead of "state" + "'s",
 * so tokens, sentences and every rate would depend on the documents read before. After each
 * `readDoc` the words it added are taken out of the lexicon's hash again (wink's own feature
 * functions need them while the document is read). They stay in the lexicon's list, to which
 * wink's tokens and its private table of word features point by index: both stay valid.
 */
function statelessWink(): WinkNLP {
  let core: CoreModel | undefined;
  const loader = model as unknown as { core: () => CoreModel };
  const wrapped = { ...model, core: () => (core = loader.core()) } as unknown as typeof model;
  const nlp = winkNLP(wrapped, ['sbd', 'pos', 'negation']);
  if (core === undefined) throw new Error('wink-nlp did not load its core model through core(): its tokenizer would learn');
  const { hash, list } = core.features.lexeme;
  const readDoc = nlp.readDoc;
  nlp.readDoc = (text: string) => {
    const known = list.length;
    try {
      return readDoc(text);
    } finally {
      for (let index = known; index < list.length; index++) {
        if (hash[list[index]!] === index) delete hash[list[index]!];
      }
    }
  };
  return nlp;
}

/** The shared wink-nlp instance, built on first use (building it takes about 0.1–0.3 s). */
export function wink(): WinkNLP {
  instance ??= statelessWink();
  return instance;
}
