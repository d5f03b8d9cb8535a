import { describe, it, expect } from 'vitest';
import { speechAct, SpeechActKindSchema } from '../../src/model/index.js';
import { expectValidationError } from '../support/errors.js';

describe('speechAct', () => {
  it('has the three kinds of Vuori (2008)', () => {
    expect(SpeechActKindSchema.options).toEqual(['claim', 'warn', 'request']);
  });

  it('round-trips a minimal and a full speech act', () => {
    expect(speechAct({ kind: 'claim' })).toEqual({ kind: 'claim' });
    const full = {
      kind: 'warn',
      text: 'AI brings new challenges to national security',
      evidence: [{ docId: 'plan', start: 0, end: 2, quote: 'AI' }],
      triggers: ['national security', '国家安全'],
    };
    expect(speechAct(full)).toEqual(full);
  });

  it('rejects an unknown kind, a missing kind and a typo in a key', () => {
    expectValidationError(() => speechAct({ kind: 'threaten' }), 'kind');
    expectValidationError(() => speechAct({ text: 'x' }), 'kind');
    expectValidationError(() => speechAct({ kind: 'claim', trigers: ['x'] }), 'trigers');
  });

  it('rejects blank text and blank triggers', () => {
    expectValidationError(() => speechAct({ kind: 'claim', text: '' }), 'text');
    expectValidationError(() => speechAct({ kind: 'claim', text: '  \n' }), 'text');
    expectValidationError(() => speechAct({ kind: 'claim', triggers: ['ok', ''] }), 'triggers.1');
  });

  it('names the bad field inside nested evidence', () => {
    expectValidationError(
      () => speechAct({ kind: 'request', evidence: [{ docId: 'd', start: 0, end: 1, quote: 'a' }, { docId: 'd', start: 3, end: 1, quote: '' }] }),
      'evidence.1.end',
    );
  });
});
