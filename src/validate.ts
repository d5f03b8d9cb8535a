import type { z } from 'zod';
import { ValidationError } from './errors.js';

/**
 * Validates plain data against a zod schema at the library's edges and returns the parsed value,
 * or throws a {@link ValidationError} that names every bad field by its dotted path.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    what,
    result.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  );
}
