import { createDocuments, type Document, type DocumentInput } from '../text/document.js';
import { OptionError } from '../errors.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { analysisSentences } from './analysisSentences.js';
import { analyzeSpan, type SpanMemo, type TextSpan } from './analyzeSpan.js';
import { tokenAt } from './tokens.js';
import type { SentenceLabels } from './types.js';

/** Version of the move rules and cue lists; part of every result's provenance. */
export const MOVE_RULES_VERSION = 'moves/2';

/** Options of {@link labelSentences}. */
export interface LabelOptions {
  /**
   * Label these spans (UTF-16 offsets into the original text) instead of the document's own
   * sentences, e.g. the sentences of a gold file. The sentence before each span, for anaphora,
   * is the last of the document's sentences that ends at or before the span's start.
   */
  readonly spans?: readonly TextSpan[];
}

function checkSpans(doc: Document, spans: readonly TextSpan[]): void {
  spans.forEach((span, k) => {
    const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end >= span.start && span.end <= doc.text.length;
    if (!ok) throw new OptionError('spans', `span ${k} [${span.start}, ${span.end}) is not inside document "${doc.id}" (length ${doc.text.length})`);
  });
}

/**
 * The row of one sentence: its span and text, the labels its analysis gives, and the analysis
 * itself (speech acts with their rules and triggers, the securitization judgement).
 *
 * @example
 * ```ts
 * const doc = oneDocument('We must act now.');
 * const span = { start: 0, end: doc.text.length };
 * sentenceLabels(doc, span, 0, analyzeSpan(doc, span, undefined)).request; // true
 * ```
 */
export function sentenceLabels(doc: Document, span: TextSpan, index: number, analysis: ReturnType<typeof analyzeSpan>): SentenceLabels {
  const { acts, security } = analysis;
  return {
    docId: doc.id,
    sentenceIndex: index,
    start: span.start,
    end: span.end,
    text: doc.text.slice(span.start, span.end),
    claim: acts.some((a) => a.kind === 'claim'),
    warn: acts.some((a) => a.kind === 'warn'),
    request: acts.some((a) => a.kind === 'request'),
    securitizing: security.securitizing,
    acts,
    security,
  };
}

/** The document itself, or the one document an input describes. */
export function oneDocument(input: Document | DocumentInput | string): Document {
  return createDocuments([input])[0]!;
}

/**
 * Every label of every sentence of a document (or of the given spans): the speech acts CLAIM,
 * WARN and REQUEST with their rules and triggers, and the SECURITIZING judgement with its
 * framing words, referent, sector and the cues set aside by exclusion rules. Sentences follow
 * the gold guidelines' segmentation (one line at most, list labels stripped, short headings
 * skipped); every span is an offset range of the original text.
 *
 * @throws {LanguageError} when the text is neither English nor Chinese.
 * @throws {OptionError} when a span lies outside the document.
 * @example
 * ```ts
 * const [row] = labelSentences('Hostile states threaten our national security.');
 * row.warn;             // true (W1-agent, W2-danger)
 * row.securitizing;     // true, sector 'political'
 * ```
 */
export function labelSentences(input: Document | DocumentInput | string, options: LabelOptions = {}): WithProvenance<SentenceLabels> {
  const doc = oneDocument(input);
  const sentences = analysisSentences(doc);
  const rows: SentenceLabels[] = [];
  // Consecutive sentences: each finds its predecessor's reading in the memo (G2, C4 "This …").
  const memo: SpanMemo = {};
  const label = (span: TextSpan, index: number, previous: TextSpan | undefined): SentenceLabels =>
    sentenceLabels(doc, span, index, analyzeSpan(doc, span, previous, memo));
  if (options.spans === undefined) {
    sentences.forEach((s, k) => rows.push(label(s, s.index, sentences[k - 1])));
  } else {
    checkSpans(doc, options.spans);
    for (const span of options.spans) {
      // The sentences are sorted and disjoint: the ones that end at or before the span's start come first.
      const before = tokenAt(sentences, span.start);
      const own = sentences[before]?.start === span.start && sentences[before]?.end === span.end ? sentences[before] : undefined;
      rows.push(label(span, own?.index ?? -1, sentences[before - 1]));
    }
  }
  return withProvenance(rows, { rules: MOVE_RULES_VERSION, spans: options.spans === undefined ? 'sentences' : 'given' });
}
