import { describe, it, expect } from 'vitest';
import { securitizingActor, SecuritizingActorKindSchema } from '../../src/model/index.js';
import { expectValidationError } from '../support/errors.js';

describe('securitizingActor', () => {
  it('round-trips a minimal and a full actor', () => {
    expect(securitizingActor({ name: 'State Council' })).toEqual({ name: 'State Council' });
    const full = {
      name: '国务院',
      kind: 'government',
      description: 'The chief administrative authority of the PRC.',
      evidence: [{ docId: 'plan', start: 0, end: 3, quote: '国务院' }],
    };
    expect(securitizingActor(full)).toEqual(full);
  });

  it('accepts every actor kind', () => {
    for (const kind of SecuritizingActorKindSchema.options) expect(securitizingActor({ name: 'x', kind }).kind).toBe(kind);
  });

  it('rejects an empty, blank or missing name', () => {
    expectValidationError(() => securitizingActor({ name: '' }), 'name');
    expectValidationError(() => securitizingActor({ name: '   ' }), 'name');
    expectValidationError(() => securitizingActor({}), 'name');
  });

  it('rejects an unknown kind, a non-string description and an unknown key', () => {
    expectValidationError(() => securitizingActor({ name: 'x', kind: 'company' }), 'kind');
    expectValidationError(() => securitizingActor({ name: 'x', description: 3 }), 'description');
    expectValidationError(() => securitizingActor({ name: 'x', nmae: 'y' }), 'nmae');
  });

  it('lists every problem in issues, the first in details.field', () => {
    const error = expectValidationError(() => securitizingActor({ name: '', kind: 'company' }), 'name');
    expect(error.issues.map((issue) => issue.field)).toEqual(['name', 'kind']);
  });
});
