import { describe, it, expect } from 'vitest';
import { audience, AudienceKindSchema } from '../../src/model/index.js';
import { expectValidationError } from '../support/errors.js';

describe('audience', () => {
  it('round-trips a minimal and a full audience', () => {
    expect(audience({ name: 'the general public' })).toEqual({ name: 'the general public' });
    const full = { name: 'local governments', kind: 'subnational-government', description: 'Provincial and city governments.', evidence: [] };
    expect(audience(full)).toEqual(full);
  });

  it('accepts every audience kind', () => {
    for (const kind of AudienceKindSchema.options) expect(audience({ name: 'x', kind }).kind).toBe(kind);
  });

  it('rejects bad data naming the field', () => {
    expectValidationError(() => audience({ name: 'x', kind: 'voters' }), 'kind');
    expectValidationError(() => audience({ name: '' }), 'name');
    expectValidationError(() => audience({ kind: 'public' }), 'name');
    expectValidationError(() => audience({ name: 'x', knd: 'public' }), 'knd');
    expectValidationError(() => audience({ name: 'x', evidence: [{ docId: 'd', start: 0, end: -1, quote: '' }] }), 'evidence.0.end');
  });
});
