import { describe, expect, it } from 'vitest';
import { OptionError, ValidationError } from '../../src/errors.js';
import { countTerms } from '../../src/count/countTerms.js';
import { dictionary } from '../../src/lexicon/dictionary.js';
import { dictionaryTerms } from '../../src/lexicon/dictionaryTerms.js';
import { securitizationLexicon } from '../../src/lexicon/securitizationLexicon.js';

// Made-up dictionary.
const demo = dictionary({
  name: 'demo',
  categories: [
    { key: 'threat', entries: [{ pattern: 'threat*', lang: 'en' }, { pattern: '威胁', lang: 'zh' }, { pattern: 'crisis' }] },
    { key: 'urgency', entries: [{ pattern: 'crisis' }] },
  ],
});

describe('dictionaryTerms', () => {
  it('labels each entry "category: pattern", in category then entry order', () => {
    expect(dictionaryTerms(demo)).toEqual([
      { label: 'threat: threat*', pattern: 'threat*' },
      { label: 'threat: 威胁', pattern: '威胁' },
      { label: 'threat: crisis', pattern: 'crisis' },
      { label: 'urgency: crisis', pattern: 'crisis' },
    ]);
  });

  it('keeps the entries of one language and those without one', () => {
    expect(dictionaryTerms(demo, { lang: 'zh' }).map((t) => t.label)).toEqual(['threat: 威胁', 'threat: crisis', 'urgency: crisis']);
    expect(dictionaryTerms(demo, { lang: 'en' }).map((t) => t.label)).toEqual(['threat: threat*', 'threat: crisis', 'urgency: crisis']);
  });

  it('gives unique labels for the built-in lexicon, usable by countTerms', () => {
    const terms = dictionaryTerms(securitizationLexicon);
    const entries = securitizationLexicon.categories.reduce((n, c) => n + c.entries.length, 0);
    expect(new Set(terms.map((t) => t.label)).size).toBe(entries);
    const rows = countTerms(['Cyber threats are an urgent danger.'], dictionaryTerms(securitizationLexicon, { lang: 'en' }));
    expect(rows.filter((r) => r.count > 0).map((r) => r.term)).toEqual([
      'security.cyber: cyber threat* | cyber-threat*',
      'threat: threat*',
      'threat: danger*',
      'urgency: urgent | urgently | urgency',
    ]);
  });

  it('rejects an invalid dictionary or language', () => {
    expect(() => dictionaryTerms({ name: 'x', categories: [{ key: 'a', entries: [] }] })).toThrow(ValidationError);
    expect(() => dictionaryTerms(demo, { lang: 'EN' as never })).toThrow(OptionError);
  });
});
