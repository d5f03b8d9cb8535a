import { ensureDictionary } from './buildDictionary.js';
import type { Dictionary } from './schema.js';

/**
 * Writes a dictionary as a LIWC `.dic` file (see {@link parseLiwcDic}): categories numbered 1, 2, 3…
 * in order, each under its full dotted key, then one line per distinct pattern, in order of first
 * appearance, with the numbers of every category that lists it. Lines end with `\n`.
 *
 * Lost on the way: the dictionary's name and description, categories' descriptions, and entries'
 * `lang` and `why` (use {@link formatDictionaryJson} to keep them). A pattern listed by several
 * categories is written once, so reading the file back can order such a category's entries
 * differently; its entries are the same. LIWC itself reads only `*` of the pattern language.
 *
 * @example
 * ```ts
 * formatLiwcDic(dictionary({ name: 'demo', categories: [
 *   { key: 'threat', entries: [{ pattern: 'threat*' }, { pattern: 'crisis' }] },
 *   { key: 'urgency', entries: [{ pattern: 'crisis' }] },
 * ] }));
 * // '%\n1\tthreat\n2\turgency\n%\nthreat*\t1\ncrisis\t1\t2\n'
 * ```
 */
export function formatLiwcDic(dict: Dictionary): string {
  const { categories } = ensureDictionary(dict);
  const numbersOf = new Map<string, number[]>();
  categories.forEach((category, c) => {
    for (const { pattern } of category.entries) {
      const numbers = numbersOf.get(pattern);
      if (numbers === undefined) numbersOf.set(pattern, [c + 1]);
      else numbers.push(c + 1);
    }
  });
  const lines = [
    '%',
    ...categories.map((category, c) => `${c + 1}\t${category.key}`),
    '%',
    ...[...numbersOf].map(([pattern, numbers]) => [pattern, ...numbers].join('\t')),
  ];
  return `${lines.join('\n')}\n`;
}
