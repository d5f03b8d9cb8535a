import { describe, it, expect } from 'vitest';
import { extraordinaryMeasure } from '../../src/model/index.js';
import { expectValidationError } from '../support/errors.js';

describe('extraordinaryMeasure', () => {
  it('round-trips valid measures', () => {
    expect(extraordinaryMeasure({ description: 'emergency powers' })).toEqual({ description: 'emergency powers' });
    const withEvidence = { description: '国家战略', evidence: [{ docId: 'd', start: 0, end: 4, quote: '国家战略' }] };
    expect(extraordinaryMeasure(withEvidence)).toEqual(withEvidence);
  });

  it('rejects a missing, empty or non-string description and unknown keys', () => {
    expectValidationError(() => extraordinaryMeasure({}), 'description');
    expectValidationError(() => extraordinaryMeasure({ description: '' }), 'description');
    expectValidationError(() => extraordinaryMeasure({ description: ['x'] }), 'description');
    expectValidationError(() => extraordinaryMeasure({ description: 'x', descripton: 'y' }), 'descripton');
  });

  it('rejects data that is not an object', () => {
    expectValidationError(() => extraordinaryMeasure('emergency powers'), '');
    expectValidationError(() => extraordinaryMeasure(undefined), '');
  });
});
