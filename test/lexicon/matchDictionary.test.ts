import { describe, expect, it } from 'vitest';
import { OptionError } from '../../src/errors.js';
import { createDocument } from '../../src/text/document.js';
import { dictionary } from '../../src/lexicon/dictionary.js';
import { countDictionary } from '../../src/lexicon/countDictionary.js';
import { matchDictionary } from '../../src/lexicon/matchDictionary.js';

// Made-up dictionary and sentences.
const demo = dictionary({
  name: 'demo',
  categories: [
    { key: 'threat', entries: [{ pattern: 'threat*', lang: 'en' }, { pattern: '威胁', lang: 'zh' }] },
    { key: 'security', entries: [{ pattern: 'security' }, { pattern: 'national security', lang: 'en' }] },
  ],
});
const english = createDocument({ id: 'en', text: 'National security\nfaces threats.' });
const chinese = createDocument({ id: 'zh', text: '國家安全面临威胁。' });

describe('matchDictionary', () => {
  it('lists every hit with its category, entry, span and sentence, in text order', () => {
    const rows = matchDictionary([english, chinese], demo);
    expect(rows.map((r) => [r.docId, r.category, r.entry, r.variant, r.start, r.end, r.surface])).toEqual([
      ['en', 'security', 'national security', 'national security', 0, 17, 'National security\n'.slice(0, 17)],
      ['en', 'security', 'security', 'security', 9, 17, 'security'],
      ['en', 'threat', 'threat*', 'threat*', 24, 31, 'threats'],
      ['zh', 'threat', '威胁', '威胁', 6, 8, '威胁'],
    ]);
    expect(Object.keys(rows[0]!)).toEqual(['docId', 'category', 'entry', 'variant', 'start', 'end', 'surface', 'sentence', 'sentenceIndex']);
    expect(rows[3]!.sentence).toBe('國家安全面临威胁。');
    expect(rows.provenance.options).toEqual({ nested: 'inclusive', lang: null, dictionary: 'demo' });
  });

  it('keeps only the longest match in exclusive mode', () => {
    const rows = matchDictionary([english], demo, { nested: 'exclusive' });
    expect(rows.map((r) => [r.entry, r.start, r.end])).toEqual([
      ['national security', 0, 17],
      ['threat*', 24, 31],
    ]);
  });

  it('gives, per document and category, as many rows as countDictionary counts', () => {
    for (const nested of ['inclusive', 'exclusive'] as const) {
      const rows = matchDictionary([english, chinese], demo, { nested });
      for (const row of countDictionary([english, chinese], demo, { nested })) {
        expect(rows.filter((r) => r.docId === row.docId && r.category === row.category)).toHaveLength(row.count);
      }
    }
  });

  it('applies the lang option and checks it', () => {
    expect(matchDictionary([chinese], demo, { lang: 'en' })).toEqual([]);
    expect(() => matchDictionary([chinese], demo, { lang: 'de' as never })).toThrow(OptionError);
  });

  it('keeps document order across languages', () => {
    const rows = matchDictionary([chinese, english], demo);
    expect(rows.map((r) => r.docId)).toEqual(['zh', 'en', 'en', 'en']);
  });
});
