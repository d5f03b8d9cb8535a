// Expectations on the typed errors of src/errors.ts.
import { expect } from 'vitest';
import { FileError, OptionError, ValidationError } from '../../src/errors.js';

type ErrorClass<E> = abstract new (...args: never[]) => E;

/** Runs `action`, expects it to throw an instance of `type`, and returns the error for further checks. */
export function thrownBy<E extends Error>(action: () => unknown, type: ErrorClass<E>): E {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected a ${type.name}`);
}

/** Awaits `promise`, expects it to reject with an instance of `type`, and returns the error. */
export async function rejectedWith<E extends Error>(promise: Promise<unknown>, type: ErrorClass<E>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected a rejection with a ${type.name}`);
}

/**
 * Expects `action` to throw a ValidationError with code INVALID_FIELD on exactly `field`, named in
 * the message too, and returns the error for further checks.
 */
export function expectValidationError(action: () => unknown, field: string): ValidationError {
  const error = thrownBy(action, ValidationError);
  expect(error.code).toBe('INVALID_FIELD');
  expect(error.details.field).toBe(field);
  if (field !== '') expect(error.message).toContain(`"${field}"`);
  return error;
}

/** Where a FileError must point, and what its message must say. */
export interface FileErrorExpectation {
  readonly file: string;
  readonly line: number | undefined;
  /** Text the message must contain. */
  readonly text: string;
  /** When the key is present, `details.field` must be exactly this (`undefined`: no field). */
  readonly field?: string | undefined;
}

/**
 * Expects `action` to throw a FileError at `file:line` (the message starting with that place)
 * whose message contains `text`, and returns the error.
 */
export function expectFileError(action: () => unknown, expected: FileErrorExpectation): FileError {
  const error = thrownBy(action, FileError);
  expect(error.details.file).toBe(expected.file);
  expect(error.details.line).toBe(expected.line);
  if ('field' in expected) expect(error.details.field).toBe(expected.field);
  const place = expected.line === undefined ? expected.file : `${expected.file}:${expected.line}`;
  expect(error.message.startsWith(`${place}: `), error.message).toBe(true);
  expect(error.message).toContain(expected.text);
  return error;
}

/** Expects `action` to throw an OptionError naming `option`, and returns the error. */
export function expectOptionError(action: () => unknown, option: string): OptionError {
  const error = thrownBy(action, OptionError);
  expect(error.details.option).toBe(option);
  return error;
}
