import { describe, expect, it } from 'vitest';
import { FileError, ValidationError } from '../../src/errors.js';
import { dictionary } from '../../src/lexicon/dictionary.js';
import { thrownBy } from '../support/errors.js';

// Made-up dictionaries, written for these tests.
const valid = {
  name: 'demo',
  description: 'A made-up dictionary.',
  categories: [
    { key: 'threat', description: 'Threat words.', entries: [{ pattern: 'threat*', lang: 'en', why: 'names a threat' }, { pattern: '威胁', lang: 'zh' }] },
    { key: 'security.military', entries: [{ pattern: 'defense | defence' }] },
  ],
};

const validationError = (data: unknown): ValidationError => thrownBy(() => dictionary(data), ValidationError);

const withCategories = (...categories: unknown[]): unknown => ({ name: 'd', categories });

describe('dictionary', () => {
  it('returns the data unchanged, deeply frozen, and leaves the input alone', () => {
    const input = structuredClone(valid);
    const dict = dictionary(input);
    expect(dict).toEqual(valid);
    expect(input).toEqual(valid);
    expect(dict).not.toBe(input);
    expect(Object.isFrozen(dict)).toBe(true);
    expect(Object.isFrozen(dict.categories)).toBe(true);
    expect(Object.isFrozen(dict.categories[0]!.entries[0])).toBe(true);
  });

  it('names the exact field of a shape error', () => {
    expect(validationError({ categories: valid.categories }).details.field).toBe('name');
    expect(validationError({ name: 'd', categories: [] }).details.field).toBe('categories');
    expect(validationError(withCategories({ key: 'a', entries: [{ pattern: 'x', lang: 'fr' }] })).details.field).toBe('categories.0.entries.0.lang');
    expect(validationError(withCategories({ key: 'a', entries: [{ pattern: 'x', weight: 2 }] })).details.field).toBe('categories.0.entries.0.weight');
    expect(validationError(withCategories({ key: 'a', entries: [{ pattern: 3 }] })).details.field).toBe('categories.0.entries.0.pattern');
    expect(validationError(withCategories({ key: 'a', entries: [{ pattern: 'x' }] }, { entries: [{ pattern: 'y' }] })).details.field).toBe('categories.1.key');
  });

  it('rejects keys that dotted nesting or term labels could not carry', () => {
    for (const key of ['', ' a', 'a.', '.a', 'a..b', 'threat: x', 'a\tb', 'a .b']) {
      const error = validationError(withCategories({ key, entries: [{ pattern: 'x' }] }));
      expect(error.details.field, key).toBe('categories.0.key');
    }
    expect(dictionary(withCategories({ key: 'speech act.warning 2', entries: [{ pattern: 'x' }] })).categories[0]!.key).toBe('speech act.warning 2');
  });

  it('rejects patterns with surrounding whitespace, tabs or line breaks', () => {
    for (const pattern of [' threat', 'threat ', 'national\tsecurity', 'national\nsecurity', '   ']) {
      expect(validationError(withCategories({ key: 'a', entries: [{ pattern }] })).details.field).toBe('categories.0.entries.0.pattern');
    }
  });

  it('rejects an empty category, naming it', () => {
    const error = validationError(withCategories({ key: 'threat', entries: [{ pattern: 'x' }] }, { key: 'urgency', entries: [] }));
    expect(error.details.field).toBe('categories.1.entries');
    expect(error.message).toContain('category "urgency" has no entries');
  });

  it('rejects a duplicate category key, naming both places', () => {
    const error = validationError(withCategories({ key: 'threat', entries: [{ pattern: 'x' }] }, { key: 'threat', entries: [{ pattern: 'y' }] }));
    expect(error.details.field).toBe('categories.1.key');
    expect(error.message).toContain('"threat" is used twice (first by categories.0)');
  });

  it('rejects a pattern repeated in a category after normalization', () => {
    const cases: [string, string][] = [
      ['security', 'Security'],
      ['国家安全', '國家安全'],
      ['defense | defence', 'Defence | defense'],
      ['national security', 'national  security'],
      ['ＳＥＣＵＲＩＴＹ', 'security'],
    ];
    for (const [first, second] of cases) {
      const error = validationError(withCategories({ key: 'c', entries: [{ pattern: 'other' }, { pattern: first }, { pattern: second }] }));
      expect(error.details.field, second).toBe('categories.0.entries.2.pattern');
      expect(error.message).toContain(`category "c": the pattern "${second}" repeats entry 1 ("${first}")`);
    }
  });

  it('keeps patterns that differ only in what the pattern language tells apart', () => {
    const dict = dictionary(withCategories({ key: 'c', entries: [{ pattern: 'secur*' }, { pattern: 'secur\\*' }, { pattern: 'security' }, { pattern: 'cyber-security' }, { pattern: 'cyber security' }] }));
    expect(dict.categories[0]!.entries).toHaveLength(5);
  });

  it('allows the same pattern in two categories', () => {
    const dict = dictionary(withCategories({ key: 'a', entries: [{ pattern: 'crisis' }] }, { key: 'b', entries: [{ pattern: 'crisis' }] }));
    expect(dict.categories.map((c) => c.entries[0]!.pattern)).toEqual(['crisis', 'crisis']);
  });

  it('rejects a pattern that parsePattern rejects, naming category, entry and reason', () => {
    const error = validationError(withCategories({ key: 'a', entries: [{ pattern: 'x' }] }, { key: 'threat', entries: [{ pattern: 'ok' }, { pattern: 'threat | | x' }] }));
    expect(error.details.field).toBe('categories.1.entries.1.pattern');
    expect(error.message).toMatch(/category "threat": Invalid pattern "threat \| \| x": variant 2 of 3 is empty/u);
    const star = validationError(withCategories({ key: 'a', entries: [{ pattern: '** x' }] }));
    expect(star.details.field).toBe('categories.0.entries.0.pattern');
    expect(star.message).toContain('wildcard');
  });

  it('names the file when given a source', () => {
    const error = thrownBy(() => dictionary(withCategories({ key: 'threat', entries: [] }), { source: 'dicts/mine.json' }), FileError);
    expect(error.details.file).toBe('dicts/mine.json');
    expect(error.details.field).toBe('categories.0.entries');
    expect(error.message).toBe('dicts/mine.json: invalid dictionary at field "categories.0.entries": category "threat" has no entries');
  });
});
