import { describe, it, expect } from 'vitest';
import { countTokens } from '../../src/count/countTerms.js';
import { createDocument } from '../../src/text/document.js';

// Made-up texts; tokens counted by hand: words and numbers count, punctuation and symbols do not.
describe('countTokens', () => {
  it('counts English words and numbers (wink-nlp), not punctuation', () => {
    expect(countTokens(createDocument('National security, in 2017, mattered: 3 plans!'))).toBe(7);
    expect(countTokens(createDocument('We spent $5 on U.S. defence... Really?'))).toBe(7); // We spent 5 on U.S. defence Really
  });

  it('does not count bullets, arrows or full-width punctuation in English text', () => {
    expect(countTokens(createDocument('• First point → done ？ « yes »'))).toBe(4);
  });

  it('counts Chinese words and numbers (Intl.Segmenter), not punctuation', () => {
    expect(countTokens(createDocument('国家，安全。2017！'))).toBe(3);
  });

  it('counts no tokens in punctuation, and none across line breaks or blank lines', () => {
    expect(countTokens(createDocument({ id: 'p', text: '!!! ... —', lang: 'en' }))).toBe(0);
    expect(countTokens(createDocument('One.\r\n\r\n\r\nTwo\nthree'))).toBe(3);
  });
});
