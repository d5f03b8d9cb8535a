import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/lexicon/dictionary.js';
import { formatDictionaryJson } from '../../src/lexicon/formatDictionaryJson.js';
import { parseDictionaryJson } from '../../src/lexicon/parseDictionaryJson.js';
import { securitizationLexicon } from '../../src/lexicon/securitizationLexicon.js';

describe('formatDictionaryJson', () => {
  it('writes the dictionary shape with two-space indentation and a final newline', () => {
    // A made-up dictionary.
    const demo = dictionary({ name: 'demo', categories: [{ key: 'threat', entries: [{ why: 'w', pattern: '威胁', lang: 'zh' }] }] });
    expect(formatDictionaryJson(demo)).toBe(
      '{\n  "name": "demo",\n  "categories": [\n    {\n      "key": "threat",\n      "entries": [\n        {\n          "pattern": "威胁",\n          "lang": "zh",\n          "why": "w"\n        }\n      ]\n    }\n  ]\n}\n',
    );
  });

  it('round-trips the built-in lexicon with everything: names, descriptions, lang and why', () => {
    const text = formatDictionaryJson(securitizationLexicon);
    const back = parseDictionaryJson(text, 'securitization.json');
    expect(back).toEqual(securitizationLexicon);
    expect(formatDictionaryJson(back)).toBe(text);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(securitizationLexicon)));
  });
});
