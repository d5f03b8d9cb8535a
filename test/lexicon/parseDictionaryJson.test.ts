import { describe, expect, it } from 'vitest';
import { parseDictionaryJson } from '../../src/lexicon/parseDictionaryJson.js';
import { expectFileError as expectFileErrorAt } from '../support/errors.js';

const parse = (lines: string[]) => parseDictionaryJson(lines.join('\n'), 'dicts/demo.json');
// The field is checked even when not given: a syntax error names none.
const expectFileError = (action: () => unknown, line: number, text: string, field?: string) =>
  expectFileErrorAt(action, { file: 'dicts/demo.json', line, text, field });

// Made-up dictionaries.
describe('parseDictionaryJson', () => {
  it('reads the dictionary shape, lang and why included', () => {
    const dict = parse(['{', '  "name": "demo",', '  "categories": [{ "key": "threat", "entries": [{ "pattern": "威胁", "lang": "zh", "why": "threat" }] }]', '}']);
    expect(dict).toEqual({ name: 'demo', categories: [{ key: 'threat', entries: [{ pattern: '威胁', lang: 'zh', why: 'threat' }] }] });
    expect(parseDictionaryJson('\uFEFF{"name":"d","categories":[{"key":"a","entries":[{"pattern":"x"}]}]}').name).toBe('d');
  });

  it('reports a syntax error with its line', () => {
    expectFileError(() => parse(['{', '  "name": "d",', '  "categories": [', '    {"key": "a" "entries": []}', '  ]', '}']), 4, 'not valid JSON');
    expectFileError(() => parse(['{', '  "name": "d",', '  "categories": [', '']), 3, 'not valid JSON');
  });

  it('reports a bad field with its path and line', () => {
    const lines = ['{', '  "name": "d",', '  "categories": [', '    {', '      "key": "a",', '      "entries": [', '        {"pattern": "x"},', '        {"pattern": "y", "lang": "fr"}', '      ]', '    }', '  ]', '}'];
    expectFileError(() => parse(lines), 8, 'at field "categories.0.entries.1.lang"', 'categories.0.entries.1.lang');
    const unknown = [...lines];
    unknown[7] = '        {"pattern": "y",\n         "colour": "red"}';
    expectFileError(() => parse(unknown), 9, 'unknown field', 'categories.0.entries.1.colour');
  });

  it('reports an empty category and a missing field at the nearest line it can', () => {
    expectFileError(() => parse(['{', '  "name": "d",', '  "categories": [', '    {"key": "threat",', '     "entries": []}', '  ]', '}']), 5, 'category "threat" has no entries', 'categories.0.entries');
    expectFileError(() => parse(['{', '  "categories": [', '    {"key": "a", "entries": [{"pattern": "x"}]}', '  ]', '}']), 1, 'at field "name"', 'name');
    expectFileError(() => parse(['[1, 2]']), 1, 'expected object', '');
  });

  it('reports a repeated pattern and a bad pattern at their lines', () => {
    const entries = (second: string) => ['{', '  "name": "d",', '  "categories": [{"key": "a", "entries": [', '    {"pattern": "threat*"},', `    {"pattern": ${JSON.stringify(second)}}`, '  ]}]', '}'];
    expectFileError(() => parse(entries('THREAT*')), 5, 'repeats entry 0', 'categories.0.entries.1.pattern');
    expectFileError(() => parse(entries('a |')), 5, 'variant 2 of 2 is empty', 'categories.0.entries.1.pattern');
  });
});
