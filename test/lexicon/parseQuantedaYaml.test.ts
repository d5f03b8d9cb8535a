import { describe, expect, it } from 'vitest';
import { parseQuantedaYaml } from '../../src/lexicon/parseQuantedaYaml.js';
import { expectFileError as expectFileErrorAt } from '../support/errors.js';

const parse = (text: string) => parseQuantedaYaml(text, 'dicts/demo.yml');
const expectFileError = (action: () => unknown, line: number, text: string) => expectFileErrorAt(action, { file: 'dicts/demo.yml', line, text });

describe('parseQuantedaYaml', () => {
  it('flattens nested keys to dotted keys and reads every form of value', () => {
    // A made-up dictionary in quanteda's format.
    const text = [
      'threat:',
      '  - threat*',
      '  - danger*',
      'security:',
      '  military:',
      '    - defen?e',
      '  cyber: cyber security | cybersecurity',
      'mixed:',
      '  - own',
      '  - sub:',
      '      - x',
      '"2024":',
      '  - y',
      'flow: [a b, "c"]',
      '',
    ].join('\n');
    const dict = parse(text);
    expect(dict.name).toBe('demo');
    expect(dict.categories.map((c) => [c.key, c.entries.map((e) => e.pattern)])).toEqual([
      ['threat', ['threat*', 'danger*']],
      ['security.military', ['defen?e']],
      ['security.cyber', ['cyber security | cybersecurity']],
      ['mixed', ['own']],
      ['mixed.sub', ['x']],
      ['2024', ['y']],
      ['flow', ['a b', 'c']],
    ]);
  });

  it('reads every scalar as a string pattern, as quanteda values are', () => {
    const dict = parse('words:\n  - yes\n  - no\n  - 911\n  - "*secur*"\n  - 国家安全\n');
    expect(dict.categories[0]!.entries.map((e) => e.pattern)).toEqual(['yes', 'no', '911', '*secur*', '国家安全']);
  });

  it('drops a byte order mark and names a dictionary read without a file "dictionary"', () => {
    expect(parseQuantedaYaml('\uFEFFa: [x]').name).toBe('dictionary');
  });

  it('reports invalid YAML with its line', () => {
    expectFileError(() => parse('threat:\n  - a\nthreat:\n  - b\n'), 3, 'not valid YAML: Map keys must be unique');
    expectFileError(() => parse('threat:\n  - a\nurgency:\n\t- b\n'), 4, 'Tabs are not allowed');
    expectFileError(() => parse('a:\n  - x\n---\nb: [y]\n'), 3, 'multiple documents');
  });

  it('reports an unquoted leading * (a YAML alias) with a hint', () => {
    expectFileError(() => parse('threat:\n  - threat*\n  - *secur*\n'), 3, 'must be quoted: "*secur*"');
  });

  it('reports a structure that is not a dictionary', () => {
    expectFileError(() => parse(''), 1, 'the file is empty');
    expectFileError(() => parse('- a\n- b\n'), 1, 'expected a mapping of category keys');
    expectFileError(() => parse('a:\n  - x\nb:\n  - - y\n'), 4, 'category "b": a list inside a list');
    expectFileError(() => parse('a:\n  - x\n? [k]\n: [y]\n'), 3, 'a category key must be a plain name');
  });

  it('reports an empty category at its key', () => {
    expectFileError(() => parse('threat:\n  - a\nurgency:\nexistential: []\n'), 3, 'category "urgency" has no entries');
    expectFileError(() => parse('threat:\n  - a\nexistential: []\n'), 3, 'category "existential" has no entries');
  });

  it('reports a repeated pattern, a repeated key and a bad pattern at their lines', () => {
    expectFileError(() => parse('threat:\n  - threat*\n  - danger\n  - Threat*\n'), 4, 'the pattern "Threat*" repeats entry 0');
    expectFileError(() => parse('security.military:\n  - a\nsecurity:\n  military:\n    - b\n'), 4, '"security.military" is used twice');
    expectFileError(() => parse('threat:\n  - ok\n  - "threat | "\n'), 3, 'must not start or end with whitespace');
    expectFileError(() => parse('threat:\n  - ok\n  - "a | | b"\n'), 3, 'variant 2 of 3 is empty');
    expectFileError(() => parse('threat:\n  - ok\n  -\n'), 3, 'must not be empty');
    expectFileError(() => parse('bad: key:\n  - x\n'), 1, 'not valid YAML');
  });
});
