import type { Document, DocumentInput } from '../text/document.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { labelSentences, MOVE_RULES_VERSION } from './labelSentences.js';
import type { SentenceLabels } from './types.js';

/**
 * The speech acts of one sentence: its row of {@link labelSentences} without the securitizing
 * judgement. Every label carries its rule id and the tokens that triggered it (a sentence can
 * carry several).
 */
export type SentenceActs = Pick<SentenceLabels, 'docId' | 'sentenceIndex' | 'start' | 'end' | 'text' | 'claim' | 'warn' | 'request' | 'acts'>;

/**
 * The speech acts of every sentence of a document, after Vuori's grammar of a securitizing move:
 * CLAIM (a state of affairs is asserted), WARN (a threat, danger or bad consequence is pointed
 * to) and REQUEST (action is called for). English is read through wink-nlp (POS tags, lemmas,
 * negation) and cue lists, Chinese through cue lists and sentence patterns. Each label carries
 * its rule id (e.g. `R2-modal`, `W2-danger`) and its trigger spans in the original text; the
 * rules are listed in `docs/scoring.md`. A bare string is read as one document.
 *
 * @throws {LanguageError} when the text is neither English nor Chinese.
 * @example
 * ```ts
 * const [row] = speechActs('We must counter hostile drones.');
 * row.request; // true: R2-modal "must"
 * row.warn;    // true: W2-avert "counter", W1-agent "hostile"
 * speechActs('This is not a threat.')[0].warn; // false: the threat is negated
 * ```
 */
export function speechActs(input: Document | DocumentInput | string): WithProvenance<SentenceActs> {
  const rows = labelSentences(input).map(
    ({ docId, sentenceIndex, start, end, text, claim, warn, request, acts }): SentenceActs => ({
      docId,
      sentenceIndex,
      start,
      end,
      text,
      claim,
      warn,
      request,
      acts,
    }),
  );
  return withProvenance(rows, { rules: MOVE_RULES_VERSION });
}
