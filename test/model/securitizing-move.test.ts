import { describe, it, expect, expectTypeOf } from 'vitest';
import { securitizingMove, type SecuritizingMove, type ExtraordinaryMeasure, type Evidence } from '../../src/model/index.js';
import { expectValidationError } from '../support/errors.js';

const minimalMove = {
  actor: { name: 'the government' },
  speechActs: [{ kind: 'claim' }],
  referent: { name: 'the nation' },
};

describe('securitizingMove', () => {
  it('fills requestedMeasures and evidence with [] when left out', () => {
    expect(securitizingMove(minimalMove)).toEqual({ ...minimalMove, requestedMeasures: [], evidence: [] });
  });

  it('types the defaulted arrays as always present', () => {
    expectTypeOf<SecuritizingMove['requestedMeasures']>().toEqualTypeOf<ExtraordinaryMeasure[]>();
    expectTypeOf<SecuritizingMove['evidence']>().toEqualTypeOf<Evidence[]>();
  });

  it('round-trips a full move unchanged', () => {
    const full = {
      actor: { name: 'the government', kind: 'government' },
      speechActs: [{ kind: 'claim', text: 'x is a threat' }, { kind: 'warn' }, { kind: 'request', triggers: ['must'] }],
      referent: { name: 'the nation', sector: 'political' },
      threat: 'x',
      requestedMeasures: [{ description: 'emergency powers' }],
      sector: 'military',
      evidence: [{ docId: 'd', start: 0, end: 1, quote: 'x' }],
      description: 'The government presents x as an existential threat.',
    };
    const move = securitizingMove(full);
    expect(move).toEqual(full);
    expect(securitizingMove(move)).toEqual(move);
  });

  it('requires at least one speech act', () => {
    const error = expectValidationError(() => securitizingMove({ ...minimalMove, speechActs: [] }), 'speechActs');
    expect(error.message).toMatch(/at least one speech act/);
  });

  it('names nested bad fields by dotted path', () => {
    expectValidationError(() => securitizingMove({ ...minimalMove, speechActs: [{ kind: 'claim' }, { kind: 'threaten' }] }), 'speechActs.1.kind');
    expectValidationError(() => securitizingMove({ ...minimalMove, actor: { name: '' } }), 'actor.name');
    expectValidationError(() => securitizingMove({ ...minimalMove, referent: { name: 'x', sector: 'space' } }), 'referent.sector');
    expectValidationError(() => securitizingMove({ ...minimalMove, requestedMeasures: [{}] }), 'requestedMeasures.0.description');
    expectValidationError(() => securitizingMove({ ...minimalMove, evidence: [{ docId: 'd', start: 2, end: 1, quote: '' }] }), 'evidence.0.end');
  });

  it('rejects missing required fields', () => {
    expectValidationError(() => securitizingMove({ speechActs: [{ kind: 'claim' }], referent: { name: 'n' } }), 'actor');
    expectValidationError(() => securitizingMove({ actor: { name: 'a' }, referent: { name: 'n' } }), 'speechActs');
    expectValidationError(() => securitizingMove({ actor: { name: 'a' }, speechActs: [{ kind: 'warn' }] }), 'referent');
  });

  it('rejects unknown keys at their own path, also nested', () => {
    expectValidationError(() => securitizingMove({ ...minimalMove, speechActz: [] }), 'speechActz');
    expectValidationError(() => securitizingMove({ ...minimalMove, speechActs: [{ kind: 'claim', txt: 'x' }] }), 'speechActs.0.txt');
  });

  it('rejects blank optional strings', () => {
    expectValidationError(() => securitizingMove({ ...minimalMove, threat: '' }), 'threat');
    expectValidationError(() => securitizingMove({ ...minimalMove, description: ' ' }), 'description');
  });
});
