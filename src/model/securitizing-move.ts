import { z } from 'zod';
import { validate } from '../validate.js';
import { EvidenceSchema } from './evidence.js';
import { ExtraordinaryMeasureSchema } from './extraordinary-measure.js';
import { nonBlankString } from './non-blank-string.js';
import { ReferentObjectSchema } from './referent-object.js';
import { SectorSchema } from './sector.js';
import { SecuritizingActorSchema } from './securitizing-actor.js';
import { SpeechActSchema } from './speech-act.js';

/** Schema of {@link SecuritizingMove}. */
export const SecuritizingMoveSchema = z.strictObject({
  actor: SecuritizingActorSchema,
  /** A move is made of speech acts, so it needs at least one. */
  speechActs: z.array(SpeechActSchema).min(1, 'a securitizing move needs at least one speech act'),
  referent: ReferentObjectSchema,
  /** What the referent object is said to be threatened by. */
  threat: nonBlankString().optional(),
  requestedMeasures: z.array(ExtraordinaryMeasureSchema).default([]),
  sector: SectorSchema.optional(),
  evidence: z.array(EvidenceSchema).default([]),
  description: nonBlankString().optional(),
});

/**
 * A securitizing move: an actor presents something as an existential threat to a referent object
 * and so claims the right to extraordinary measures. It is only a move, not yet securitization,
 * until an audience accepts it (Buzan, Wæver & de Wilde 1998, p. 25).
 */
export type SecuritizingMove = z.output<typeof SecuritizingMoveSchema>;

/** What {@link securitizingMove} accepts: `requestedMeasures` and `evidence` may be left out. */
export type SecuritizingMoveInput = z.input<typeof SecuritizingMoveSchema>;

/**
 * Validates plain data as a {@link SecuritizingMove}; a missing `requestedMeasures` or `evidence`
 * becomes `[]`.
 *
 * @throws {ValidationError} `code` `INVALID_FIELD`, `details.field` naming the first bad field,
 * e.g. `speechActs.1.kind`.
 * @example
 * ```ts
 * const move = securitizingMove({
 *   actor: { name: 'the central government of China', kind: 'government' },
 *   speechActs: [{ kind: 'claim' }, { kind: 'request' }],
 *   referent: { name: 'the Chinese nation', sector: 'political' },
 * });
 * move.evidence; // []
 * ```
 */
export function securitizingMove(data: unknown): SecuritizingMove {
  return validate(SecuritizingMoveSchema, data, 'securitizing move');
}
