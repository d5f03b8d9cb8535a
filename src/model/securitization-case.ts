import { z } from 'zod';
import { validate } from '../validate.js';
import { AudienceSchema } from './audience.js';
import { CitationSchema } from './citation.js';
import { ExtraordinaryMeasureSchema } from './extraordinary-measure.js';
import { FacilitatingConditionSchema } from './facilitating-condition.js';
import { nonBlankString } from './non-blank-string.js';
import { ReferentObjectSchema } from './referent-object.js';
import { SecuritizationOutcomeSchema } from './securitization-outcome.js';
import { SecuritizingActorSchema } from './securitizing-actor.js';
import { SecuritizingMoveSchema } from './securitizing-move.js';

/** Schema of {@link SecuritizationCase}. */
export const SecuritizationCaseSchema = z.strictObject({
  id: nonBlankString(),
  title: nonBlankString(),
  /** The principal securitizing actor; each move names its own actor too. */
  actor: SecuritizingActorSchema,
  moves: z.array(SecuritizingMoveSchema),
  referents: z.array(ReferentObjectSchema),
  audiences: z.array(AudienceSchema),
  conditions: z.array(FacilitatingConditionSchema),
  measures: z.array(ExtraordinaryMeasureSchema),
  outcome: SecuritizationOutcomeSchema,
  /** The published analysis the case is taken from, if any. */
  source: CitationSchema.optional(),
  notes: nonBlankString().optional(),
});

/**
 * One securitization process as the Copenhagen School frames it: an actor's securitizing moves
 * on behalf of referent objects, the audiences they address, the facilitating conditions, the
 * extraordinary measures, and the outcome.
 */
export type SecuritizationCase = z.output<typeof SecuritizationCaseSchema>;

/** What {@link securitizationCase} accepts. */
export type SecuritizationCaseInput = z.input<typeof SecuritizationCaseSchema>;

/**
 * Validates plain data as a {@link SecuritizationCase}.
 *
 * @throws {ValidationError} `code` `INVALID_FIELD`, `details.field` naming the first bad field
 * by its dotted path, e.g. `moves.0.speechActs.0.kind`.
 * @example
 * ```ts
 * const data = JSON.parse(fs.readFileSync('case.json', 'utf8'));
 * try {
 *   const checked = securitizationCase(data);
 * } catch (e) {
 *   if (e instanceof ValidationError) console.error(e.details.field, e.message);
 * }
 * ```
 */
export function securitizationCase(data: unknown): SecuritizationCase {
  return validate(SecuritizationCaseSchema, data, 'securitization case');
}
