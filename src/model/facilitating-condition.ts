import { z } from 'zod';
import { validate } from '../validate.js';
import { EvidenceSchema } from './evidence.js';
import { nonBlankString } from './non-blank-string.js';

/**
 * The two kinds of facilitating condition (Buzan, Wæver & de Wilde 1998, pp. 32–33):
 * - `internal`: linguistic-grammatical, following the grammar of security: a plot with an
 *   existential threat, a point of no return, and a possible way out;
 * - `external`: contextual and social: the securitizing actor's social capital and position of
 *   authority, and features of the alleged threat that make it easier or harder to present as
 *   threatening.
 */
export const FacilitatingConditionKindSchema = z.enum(['internal', 'external']);

/** `internal` (grammar of security) or `external` (social and contextual); see the schema. */
export type FacilitatingConditionKind = z.output<typeof FacilitatingConditionKindSchema>;

/** Schema of {@link FacilitatingCondition}. */
export const FacilitatingConditionSchema = z.strictObject({
  description: nonBlankString(),
  kind: FacilitatingConditionKindSchema,
  evidence: z.array(EvidenceSchema).optional(),
});

/**
 * A condition under which a securitizing move is more likely to work (Buzan, Wæver & de Wilde
 * 1998, pp. 32–33). `internal` conditions are linguistic-grammatical: the move follows the
 * grammar of security (an existential threat, a point of no return, a possible way out).
 * `external` conditions are contextual and social: the securitizing actor's social capital and
 * position of authority, and features of the alleged threat.
 */
export type FacilitatingCondition = z.output<typeof FacilitatingConditionSchema>;

/** What {@link facilitatingCondition} accepts. */
export type FacilitatingConditionInput = z.input<typeof FacilitatingConditionSchema>;

/**
 * Validates plain data as a {@link FacilitatingCondition}.
 *
 * @throws {ValidationError} `code` `INVALID_FIELD`, `details.field` naming the first bad field.
 * @example
 * ```ts
 * facilitatingCondition({ description: 'geopolitical competition with the United States', kind: 'external' });
 * facilitatingCondition({ description: 'x', kind: 'social' }); // throws, details.field === 'kind'
 * ```
 */
export function facilitatingCondition(data: unknown): FacilitatingCondition {
  return validate(FacilitatingConditionSchema, data, 'facilitating condition');
}
