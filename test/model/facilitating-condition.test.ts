import { describe, it, expect } from 'vitest';
import { facilitatingCondition, FacilitatingConditionKindSchema } from '../../src/model/index.js';
import { expectValidationError } from '../support/errors.js';

describe('facilitatingCondition', () => {
  it('has the internal and external kinds', () => {
    expect(FacilitatingConditionKindSchema.options).toEqual(['internal', 'external']);
  });

  it('round-trips valid conditions', () => {
    const internal = { description: 'The move follows the grammar of security.', kind: 'internal' };
    expect(facilitatingCondition(internal)).toEqual(internal);
    const external = { description: 'Great-power competition.', kind: 'external', evidence: [{ docId: 'd', start: 0, end: 0, quote: '' }] };
    expect(facilitatingCondition(external)).toEqual(external);
  });

  it('requires both description and kind', () => {
    expectValidationError(() => facilitatingCondition({ kind: 'external' }), 'description');
    expectValidationError(() => facilitatingCondition({ description: 'x' }), 'kind');
  });

  it('rejects an unknown kind, a blank description and an unknown key', () => {
    expectValidationError(() => facilitatingCondition({ description: 'x', kind: 'social' }), 'kind');
    expectValidationError(() => facilitatingCondition({ description: '', kind: 'internal' }), 'description');
    expectValidationError(() => facilitatingCondition({ description: 'x', kind: 'internal', type: 'internal' }), 'type');
  });
});
