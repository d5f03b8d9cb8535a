import { z } from 'zod';

/**
 * Like `z.strictObject(shape)`, but an unknown key is reported at its own path
 * (`moves.0.speechActz`) instead of at the enclosing object (`moves.0`).
 *
 * Why not `z.strictObject`: zod reports unknown keys as one `unrecognized_keys` issue on the
 * object, so {@link validate} would name the object, not the misspelt key. A catchall that
 * rejects every value gives each unknown key its own issue and path. The catchall is wrapped in
 * `z.lazy` so zod does not take its built-in `never` shortcut (which would bring back
 * `unrecognized_keys`); JSON Schema output is still `additionalProperties: { not: {} }`.
 *
 * @internal Not re-exported: a building block of the model schemas.
 * @example
 * ```ts
 * const NameSchema = strictObject({ name: z.string() });
 * NameSchema.safeParse({ name: 'x', nmae: 'y' }); // fails with an issue at path ['nmae']
 * ```
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
): z.ZodObject<Shape, z.core.$strict> {
  const allowed = Object.keys(shape).join(', ');
  const rejectUnknownKey = z.lazy(() =>
    z.never({ error: `unknown field (allowed fields: ${allowed})` }),
  );
  // The cast only restates what happens at run time: with this catchall no extra key survives
  // parsing, which is what `$strict` says; zod's own catchall typing would add an index signature.
  return z.object(shape).catchall(rejectUnknownKey) as unknown as z.ZodObject<Shape, z.core.$strict>;
}
