import { describe, it, expect } from 'vitest';
import { referentObject } from '../../src/model/index.js';
import { expectValidationError } from '../support/errors.js';

describe('referentObject', () => {
  it('round-trips a minimal and a full referent', () => {
    expect(referentObject({ name: 'the Chinese nation' })).toEqual({ name: 'the Chinese nation' });
    const full = {
      name: 'national security',
      sector: 'political',
      description: 'The security of the state.',
      evidence: [{ docId: 'd', start: 2, end: 4, quote: '安全' }],
    };
    expect(referentObject(full)).toEqual(full);
  });

  it('rejects an unknown sector, a blank name, a missing name and an unknown key', () => {
    expectValidationError(() => referentObject({ name: 'x', sector: 'finance' }), 'sector');
    expectValidationError(() => referentObject({ name: '' }), 'name');
    expectValidationError(() => referentObject({ sector: 'military' }), 'name');
    expectValidationError(() => referentObject({ name: 'x', sektor: 'military' }), 'sektor');
  });

  it('rejects an evidence list that is not an array', () => {
    expectValidationError(() => referentObject({ name: 'x', evidence: { docId: 'd', start: 0, end: 0, quote: '' } }), 'evidence');
  });
});
