import { z } from 'zod';
import { validate } from '../validate.js';
import { EvidenceSchema } from './evidence.js';
import { nonBlankString } from './non-blank-string.js';
import { SectorSchema } from './sector.js';

/** Schema of {@link ReferentObject}. */
export const ReferentObjectSchema = z.strictObject({
  name: nonBlankString(),
  sector: SectorSchema.optional(),
  description: nonBlankString().optional(),
  evidence: z.array(EvidenceSchema).optional(),
});

/**
 * What is said to be existentially threatened and to have a legitimate claim to survival
 * (Buzan, Wæver & de Wilde 1998, p. 36).
 */
export type ReferentObject = z.output<typeof ReferentObjectSchema>;

/** What {@link referentObject} accepts. */
export type ReferentObjectInput = z.input<typeof ReferentObjectSchema>;

/**
 * Validates plain data as a {@link ReferentObject}.
 *
 * @throws {ValidationError} `code` `INVALID_FIELD`, `details.field` naming the first bad field.
 * @example
 * ```ts
 * referentObject({ name: 'the Chinese nation', sector: 'political' });
 * referentObject({ name: 'the economy', sector: 'finance' }); // throws, details.field === 'sector'
 * ```
 */
export function referentObject(data: unknown): ReferentObject {
  return validate(ReferentObjectSchema, data, 'referent object');
}
