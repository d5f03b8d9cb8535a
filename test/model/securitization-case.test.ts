import { describe, it, expect } from 'vitest';
import { securitizationCase, SecuritizationOutcomeSchema, CitationSchema } from '../../src/model/index.js';
import { expectValidationError } from '../support/errors.js';

const move = {
  actor: { name: 'the government' },
  speechActs: [{ kind: 'claim' }, { kind: 'request' }],
  referent: { name: 'the nation' },
  requestedMeasures: [],
  evidence: [],
};

function validCase(): Record<string, unknown> {
  return {
    id: 'case-1',
    title: 'A test case',
    actor: { name: 'the government' },
    moves: [move],
    referents: [{ name: 'the nation' }],
    audiences: [{ name: 'the public', kind: 'public' }],
    conditions: [{ description: 'a crisis', kind: 'external' }],
    measures: [{ description: 'emergency powers' }],
    outcome: 'attempted',
  };
}

describe('SecuritizationOutcome', () => {
  it('has the four outcomes', () => {
    expect(SecuritizationOutcomeSchema.options).toEqual(['attempted', 'accepted', 'rejected', 'ongoing']);
  });
});

describe('securitizationCase', () => {
  it('round-trips a valid case, with and without source and notes', () => {
    expect(securitizationCase(validCase())).toEqual(validCase());
    const full = {
      ...validCase(),
      source: { author: 'A. Author', title: 'A Paper', year: 2020, venue: 'A Journal 1(1)', doi: '10.1000/xyz', pages: '1–20' },
      notes: 'Test.',
    };
    expect(securitizationCase(full)).toEqual(full);
    expect(securitizationCase(securitizationCase(full))).toEqual(full);
  });

  it('accepts empty lists (a case still being coded)', () => {
    const empty = { ...validCase(), moves: [], referents: [], audiences: [], conditions: [], measures: [] };
    expect(securitizationCase(empty)).toEqual(empty);
  });

  it('fills defaults inside moves', () => {
    const withoutDefaults = { ...validCase(), moves: [{ actor: { name: 'a' }, speechActs: [{ kind: 'warn' }], referent: { name: 'r' } }] };
    const parsed = securitizationCase(withoutDefaults);
    expect(parsed.moves[0]?.requestedMeasures).toEqual([]);
    expect(parsed.moves[0]?.evidence).toEqual([]);
  });

  it('names a bad speech act kind inside a move by its full path', () => {
    const bad = { ...validCase(), moves: [{ ...move, speechActs: [{ kind: 'threaten' }] }] };
    const error = expectValidationError(() => securitizationCase(bad), 'moves.0.speechActs.0.kind');
    expect(error.message).toMatch(/^Invalid securitization case at field "moves\.0\.speechActs\.0\.kind"/);
  });

  it('names deeply nested bad fields', () => {
    expectValidationError(() => securitizationCase({ ...validCase(), moves: [move, { ...move, speechActs: [{ kind: 'warn' }, { kind: 1 }] }] }), 'moves.1.speechActs.1.kind');
    expectValidationError(() => securitizationCase({ ...validCase(), audiences: [{ name: 'p', kind: 'voters' }] }), 'audiences.0.kind');
    expectValidationError(() => securitizationCase({ ...validCase(), conditions: [{ description: 'c' }] }), 'conditions.0.kind');
    expectValidationError(() => securitizationCase({ ...validCase(), source: { author: 'a', title: 't', year: 2020.5 } }), 'source.year');
    expectValidationError(
      () => securitizationCase({ ...validCase(), moves: [{ ...move, speechActs: [{ kind: 'claim', evidence: [{ docId: 'd', start: 4, end: 2, quote: '' }] }] }] }),
      'moves.0.speechActs.0.evidence.0.end',
    );
  });

  it('rejects unknown keys at their own path', () => {
    expectValidationError(() => securitizationCase({ ...validCase(), audience: [] }), 'audience');
    expectValidationError(() => securitizationCase({ ...validCase(), moves: [{ ...move, speechActz: [] }] }), 'moves.0.speechActz');
    expectValidationError(() => securitizationCase({ ...validCase(), source: { author: 'a', title: 't', year: 2020, volume: 3 } }), 'source.volume');
  });

  it('rejects missing required fields and bad outcomes', () => {
    for (const key of ['id', 'title', 'actor', 'moves', 'referents', 'audiences', 'conditions', 'measures', 'outcome']) {
      const data = validCase();
      delete data[key];
      expectValidationError(() => securitizationCase(data), key);
    }
    expectValidationError(() => securitizationCase({ ...validCase(), outcome: 'succeeded' }), 'outcome');
    expectValidationError(() => securitizationCase({ ...validCase(), id: '' }), 'id');
    expectValidationError(() => securitizationCase({ ...validCase(), title: ' ' }), 'title');
  });
});

describe('CitationSchema', () => {
  it('requires author, title and an integer year', () => {
    expect(CitationSchema.safeParse({ author: 'a', title: 't', year: 2021 }).success).toBe(true);
    expect(CitationSchema.safeParse({ author: 'a', title: 't' }).success).toBe(false);
    expect(CitationSchema.safeParse({ author: '', title: 't', year: 2021 }).success).toBe(false);
    expect(CitationSchema.safeParse({ author: 'a', title: 't', year: '2021' }).success).toBe(false);
  });
});
