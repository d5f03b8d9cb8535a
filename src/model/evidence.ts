import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { validate } from '../validate.js';

/**
 * Schema of {@link Evidence}: a quoted span of a source document.
 *
 * Offsets are UTF-16 code unit offsets (JavaScript string indices) into the ORIGINAL document
 * text, before any normalization; `end` is exclusive. A character outside the Basic Multilingual
 * Plane (most emoji) therefore counts as two, while each common Chinese character counts as one.
 */
export const EvidenceSchema = z.strictObject({
  /** Id of the document the span is taken from. */
  docId: z.string().min(1, 'must not be empty'),
  /** First code unit of the span (UTF-16 index into the original text). */
  start: z.int().min(0),
  /** One past the last code unit of the span; equal to `start` for an empty span. */
  end: z.int().min(0),
  /** The text of the span, verbatim: `text.slice(start, end)`. */
  quote: z.string(),
}).refine((span) => span.end >= span.start, {
  path: ['end'],
  error: 'must not be less than start',
});

/**
 * A span of an original document that supports a claim about it, with the quoted text so that a
 * reader can check the claim without the offsets and a program can check the offsets
 * ({@link checkEvidence}). Offsets are UTF-16 code units (JavaScript string indices) into the
 * original text, end exclusive.
 */
export type Evidence = z.output<typeof EvidenceSchema>;

/** What {@link evidence} accepts. */
export type EvidenceInput = z.input<typeof EvidenceSchema>;

/**
 * Validates plain data as {@link Evidence}.
 *
 * @throws {ValidationError} `code` `INVALID_FIELD`, `details.field` naming the first bad field
 * (`end` when `end < start`).
 * @example
 * ```ts
 * const span = evidence({ docId: 'plan-2017', start: 0, end: 5, quote: 'Hello' });
 * evidence({ docId: 'plan-2017', start: 5, end: 2, quote: '' }); // throws, details.field === 'end'
 * ```
 */
export function evidence(data: unknown): Evidence {
  return validate(EvidenceSchema, data, 'evidence');
}

/**
 * Builds {@link Evidence} for the span `[start, end)` of `text`, quoting `text.slice(start, end)`.
 *
 * `start` and `end` are UTF-16 code unit offsets (JavaScript string indices) into the original
 * document text, end exclusive: in `'安全🙂'` the emoji is `[2, 4)`.
 *
 * @throws {ValidationError} if `docId` is empty, an offset is not a non-negative integer,
 * `end < start`, or `end` is past the end of `text` (`details.field === 'end'`).
 * @example
 * ```ts
 * evidenceFromText('doc1', '国家安全', 2, 4);
 * // { docId: 'doc1', start: 2, end: 4, quote: '安全' }
 * ```
 */
export function evidenceFromText(docId: string, text: string, start: number, end: number): Evidence {
  const span = evidence({ docId, start, end, quote: text.slice(start, end) });
  // slice() clamps silently, so a span past the end would quote less than it claims.
  if (span.end > text.length) {
    throw new ValidationError('evidence', [
      { field: 'end', message: `${span.end} is past the end of the text (length ${text.length})` },
    ]);
  }
  return span;
}

/**
 * Tells whether `evidence.quote` is exactly the text at `[evidence.start, evidence.end)` of
 * `text`, the original document it claims to come from (offsets in UTF-16 code units).
 *
 * A span reaching past the end of `text` is never accepted, even if the clamped slice happens to
 * equal the quote, because the offsets cannot belong to this text.
 *
 * @example
 * ```ts
 * const span = evidenceFromText('doc1', 'AI is a threat', 8, 14);
 * checkEvidence(span, 'AI is a threat'); // true
 * checkEvidence(span, 'AI is a chance'); // false
 * ```
 */
export function checkEvidence(evidence: Evidence, text: string): boolean {
  return evidence.end <= text.length && text.slice(evidence.start, evidence.end) === evidence.quote;
}
