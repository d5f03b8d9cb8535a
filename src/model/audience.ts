import { z } from 'zod';
import { validate } from '../validate.js';
import { EvidenceSchema } from './evidence.js';
import { nonBlankString } from './non-blank-string.js';

/** Schema of {@link AudienceKind}. */
export const AudienceKindSchema = z.enum([
  'public',
  'elite',
  'market',
  'subnational-government',
  'expert',
  'international',
  'other',
]);

/** What sort of audience a securitizing move addresses. */
export type AudienceKind = z.output<typeof AudienceKindSchema>;

/** Schema of {@link Audience}. */
export const AudienceSchema = z.strictObject({
  name: nonBlankString(),
  kind: AudienceKindSchema.optional(),
  description: nonBlankString().optional(),
  evidence: z.array(EvidenceSchema).optional(),
});

/**
 * Those whom a securitizing move must convince: securitization succeeds only when the audience
 * accepts it (Buzan, Wæver & de Wilde 1998, p. 25).
 */
export type Audience = z.output<typeof AudienceSchema>;

/** What {@link audience} accepts. */
export type AudienceInput = z.input<typeof AudienceSchema>;

/**
 * Validates plain data as an {@link Audience}.
 *
 * @throws {ValidationError} `code` `INVALID_FIELD`, `details.field` naming the first bad field.
 * @example
 * ```ts
 * audience({ name: 'local governments', kind: 'subnational-government' });
 * audience({ name: 'voters', knd: 'public' }); // throws, details.field === 'knd'
 * ```
 */
export function audience(data: unknown): Audience {
  return validate(AudienceSchema, data, 'audience');
}
