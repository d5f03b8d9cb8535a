import { expect } from 'vitest';
import { ValidationError } from '../../src/errors.js';

/**
 * Runs `action`, asserts it throws a ValidationError with code INVALID_FIELD on exactly `field`,
 * and returns the error for further checks.
 */
export function expectValidationError(action: () => unknown, field: string): ValidationError {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ValidationError);
  const error = thrown as ValidationError;
  expect(error.code).toBe('INVALID_FIELD');
  expect(error.details.field).toBe(field);
  if (field !== '') expect(error.message).toContain(`"${field}"`);
  return error;
}
