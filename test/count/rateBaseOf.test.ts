import { describe, it, expect } from 'vitest';
import { rateBaseOf } from '../../src/count/rateBase.js';
import { countTerms } from '../../src/count/countTerms.js';

describe('rateBaseOf', () => {
  it('reads tokens from rows counted per token and characters from rows counted per character', () => {
    const docs = ['Security matters.', '维护国家安全。'];
    expect(rateBaseOf(countTerms(docs, ['security']))).toEqual({ per: 'tokens' });
    expect(rateBaseOf(countTerms(docs, ['security'], { per: 'characters' }))).toEqual({ per: 'characters' });
  });

  it('gives the index of the first item that differs from the first, whichever comes first', () => {
    expect(rateBaseOf([{ tokens: 3 }, { tokens: 0 }, { tokens: null }, { tokens: null }])).toEqual({ per: 'tokens', mixedAt: 2 });
    expect(rateBaseOf([{ tokens: null }, { tokens: 0 }])).toEqual({ per: 'characters', mixedAt: 1 });
  });

  it('says tokens, the default, for no items', () => {
    expect(rateBaseOf([])).toEqual({ per: 'tokens' });
  });
});
