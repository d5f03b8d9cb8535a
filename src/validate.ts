import type { z } from 'zod';
import { ValidationError } from './errors.js';

type Issue = { readonly field: string; readonly message: string };

function toIssues(issue: z.core.$ZodIssue): Issue[] {
  const path = issue.path.map(String);
  // zod reports all unknown keys of an object as one issue on the object; a user who misspelt a
  // key wants to be told which key, at its own path.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ field: [...path, key].join('.'), message: 'unknown field' }));
  }
  return [{ field: path.join('.'), message: issue.message }];
}

/**
 * Validates plain data against a zod schema at the library's edges and returns the parsed value,
 * or throws a {@link ValidationError} that names every bad field by its dotted path.
 *
 * @example
 * ```ts
 * validate(z.strictObject({ id: z.string() }), { id: 1 }, 'document'); // throws: field "id"
 * ```
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(what, result.error.issues.flatMap(toIssues));
}
