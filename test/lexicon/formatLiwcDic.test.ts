import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/lexicon/dictionary.js';
import { formatLiwcDic } from '../../src/lexicon/formatLiwcDic.js';
import { parseLiwcDic } from '../../src/lexicon/parseLiwcDic.js';
import { securitizationLexicon } from '../../src/lexicon/securitizationLexicon.js';
import type { Dictionary } from '../../src/lexicon/schema.js';

const shape = (dict: Dictionary): [string, string[]][] => dict.categories.map((c) => [c.key, c.entries.map((e) => e.pattern)]);

// A made-up dictionary.
const demo = dictionary({
  name: 'demo',
  categories: [
    { key: 'threat', entries: [{ pattern: 'threat*', lang: 'en', why: 'lost in LIWC' }, { pattern: 'crisis' }] },
    { key: 'security.military', entries: [{ pattern: 'defense | defence' }, { pattern: '国防' }] },
    { key: 'urgency', entries: [{ pattern: 'crisis' }, { pattern: 'kind of urgent' }] },
  ],
});

describe('formatLiwcDic', () => {
  it('numbers the categories and writes each pattern once with all its categories', () => {
    expect(formatLiwcDic(demo)).toBe(
      ['%', '1\tthreat', '2\tsecurity.military', '3\turgency', '%', 'threat*\t1', 'crisis\t1\t3', 'defense | defence\t2', '国防\t2', 'kind of urgent\t3', ''].join('\n'),
    );
  });

  it('round-trips: load, save, load gives the same dictionary', () => {
    const first = parseLiwcDic(formatLiwcDic(demo), 'demo.dic');
    expect(shape(first)).toEqual(shape(demo));
    expect(first.categories[0]!.entries[0]).toEqual({ pattern: 'threat*' });
    expect(parseLiwcDic(formatLiwcDic(first), 'demo.dic')).toEqual(first);
  });

  it('may reorder a category whose shared patterns come in another order, keeping its entries', () => {
    const crossed = dictionary({
      name: 'crossed',
      categories: [
        { key: 'a', entries: [{ pattern: 'x' }, { pattern: 'y' }] },
        { key: 'b', entries: [{ pattern: 'y' }, { pattern: 'x' }] },
      ],
    });
    const once = parseLiwcDic(formatLiwcDic(crossed), 'crossed.dic');
    expect(shape(once)).toEqual([
      ['a', ['x', 'y']],
      ['b', ['x', 'y']],
    ]);
    expect(parseLiwcDic(formatLiwcDic(once), 'crossed.dic')).toEqual(once);
  });

  it('round-trips the built-in lexicon: same categories and patterns', () => {
    const back = parseLiwcDic(formatLiwcDic(securitizationLexicon), 'securitization.dic');
    expect(back.name).toBe('securitization');
    expect(shape(back)).toEqual(shape(securitizationLexicon));
  });
});
