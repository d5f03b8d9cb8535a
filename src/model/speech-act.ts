import { z } from 'zod';
import { validate } from '../validate.js';
import { EvidenceSchema } from './evidence.js';
import { nonBlankString } from './non-blank-string.js';

/**
 * The illocutionary acts a securitizing move is built from, after Vuori (2008), "Illocutionary
 * Logic and Strands of Securitization", *European Journal of International Relations* 14(1):
 * - `claim`: something is an existential threat to a referent object;
 * - `warn`: unless something is done, the referent object will suffer;
 * - `request`: the audience should accept (or take) extraordinary measures.
 */
export const SpeechActKindSchema = z.enum(['claim', 'warn', 'request']);

/** The kind of a {@link SpeechAct}: `claim`, `warn` or `request` (Vuori 2008). */
export type SpeechActKind = z.output<typeof SpeechActKindSchema>;

/** Schema of {@link SpeechAct}. */
export const SpeechActSchema = z.strictObject({
  kind: SpeechActKindSchema,
  /** The words of the act, quoted or paraphrased. */
  text: nonBlankString().optional(),
  /** Where in the sources the act is made. */
  evidence: z.array(EvidenceSchema).optional(),
  /** The terms or patterns that identified the act in the text. */
  triggers: z.array(nonBlankString()).optional(),
});

/** One illocutionary act (claim, warning or request) within a securitizing move. */
export type SpeechAct = z.output<typeof SpeechActSchema>;

/** What {@link speechAct} accepts. */
export type SpeechActInput = z.input<typeof SpeechActSchema>;

/**
 * Validates plain data as a {@link SpeechAct}.
 *
 * @throws {ValidationError} `code` `INVALID_FIELD`, `details.field` naming the first bad field.
 * @example
 * ```ts
 * speechAct({ kind: 'warn', text: 'AI brings new challenges to national security' });
 * speechAct({ kind: 'threaten' }); // throws, details.field === 'kind'
 * ```
 */
export function speechAct(data: unknown): SpeechAct {
  return validate(SpeechActSchema, data, 'speech act');
}
