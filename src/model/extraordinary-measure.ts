import { z } from 'zod';
import { validate } from '../validate.js';
import { EvidenceSchema } from './evidence.js';
import { nonBlankString } from './non-blank-string.js';

/** Schema of {@link ExtraordinaryMeasure}. */
export const ExtraordinaryMeasureSchema = z.strictObject({
  description: nonBlankString(),
  evidence: z.array(EvidenceSchema).optional(),
});

/**
 * An action outside the bounds of normal political procedure, requested or taken in the name of
 * security (Buzan, Wæver & de Wilde 1998, pp. 23–24).
 */
export type ExtraordinaryMeasure = z.output<typeof ExtraordinaryMeasureSchema>;

/** What {@link extraordinaryMeasure} accepts. */
export type ExtraordinaryMeasureInput = z.input<typeof ExtraordinaryMeasureSchema>;

/**
 * Validates plain data as an {@link ExtraordinaryMeasure}.
 *
 * @throws {ValidationError} `code` `INVALID_FIELD`, `details.field` naming the first bad field.
 * @example
 * ```ts
 * extraordinaryMeasure({ description: 'designating AI a national strategic priority' });
 * extraordinaryMeasure({}); // throws, details.field === 'description'
 * ```
 */
export function extraordinaryMeasure(data: unknown): ExtraordinaryMeasure {
  return validate(ExtraordinaryMeasureSchema, data, 'extraordinary measure');
}
