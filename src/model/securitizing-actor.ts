import { z } from 'zod';
import { validate } from '../validate.js';
import { EvidenceSchema } from './evidence.js';
import { nonBlankString } from './non-blank-string.js';

/** Schema of {@link SecuritizingActorKind}. */
export const SecuritizingActorKindSchema = z.enum([
  'state',
  'government',
  'agency',
  'party',
  'leader',
  'international-organization',
  'non-state',
  'other',
]);

/** What sort of actor speaks security. */
export type SecuritizingActorKind = z.output<typeof SecuritizingActorKindSchema>;

/** Schema of {@link SecuritizingActor}. */
export const SecuritizingActorSchema = z.strictObject({
  name: nonBlankString(),
  kind: SecuritizingActorKindSchema.optional(),
  description: nonBlankString().optional(),
  evidence: z.array(EvidenceSchema).optional(),
});

/**
 * Who declares something existentially threatened and calls for extraordinary measures
 * (Buzan, Wæver & de Wilde 1998, p. 36).
 */
export type SecuritizingActor = z.output<typeof SecuritizingActorSchema>;

/** What {@link securitizingActor} accepts. */
export type SecuritizingActorInput = z.input<typeof SecuritizingActorSchema>;

/**
 * Validates plain data as a {@link SecuritizingActor}.
 *
 * @throws {ValidationError} `code` `INVALID_FIELD`, `details.field` naming the first bad field.
 * @example
 * ```ts
 * securitizingActor({ name: 'State Council of the PRC', kind: 'government' });
 * securitizingActor({ name: '' }); // throws, details.field === 'name'
 * ```
 */
export function securitizingActor(data: unknown): SecuritizingActor {
  return validate(SecuritizingActorSchema, data, 'securitizing actor');
}
