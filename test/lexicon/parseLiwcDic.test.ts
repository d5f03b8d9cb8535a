import { describe, expect, it } from 'vitest';
import { parseLiwcDic } from '../../src/lexicon/parseLiwcDic.js';
import type { Dictionary } from '../../src/lexicon/schema.js';
import { expectFileError as expectFileErrorAt } from '../support/errors.js';

const parse = (lines: string[], eol = '\n') => parseLiwcDic(lines.join(eol), 'dicts/demo.dic');
const shape = (dict: Dictionary): [string, string[]][] => dict.categories.map((c) => [c.key, c.entries.map((e) => e.pattern)]);
const expectFileError = (action: () => unknown, line: number, text: string) => expectFileErrorAt(action, { file: 'dicts/demo.dic', line, text });

// Made-up LIWC dictionaries.
describe('parseLiwcDic', () => {
  it('reads the category list and the word lines, a word into every category it lists', () => {
    const dict = parse(['%', '1\tthreat', '2\turgency', '%', 'threat*\t1', 'crisis\t1\t2', 'kind of\t2', 'urgent*\t2', '']);
    expect(dict.name).toBe('demo');
    expect(shape(dict)).toEqual([
      ['threat', ['threat*', 'crisis']],
      ['urgency', ['crisis', 'kind of', 'urgent*']],
    ]);
  });

  it('tolerates CRLF, blank lines, a BOM, spaces between numbers and leading zeros', () => {
    const dict = parseLiwcDic('\uFEFF\r\n%\r\n01 threat\r\n\r\n2\turgency\r\n%\r\n\r\ncrisis\t1 02\r\n', 'dicts/demo.dic');
    expect(shape(dict)).toEqual([
      ['threat', ['crisis']],
      ['urgency', ['crisis']],
    ]);
  });

  it('nests categories indented by tabs (LIWC2015) under the category above them', () => {
    const dict = parse(['%', '1\tsecurity', '\t2\tmilitary', '\t\t3\tnaval', '\t4\tcyber', '5\tthreat', '%', 'security\t1', 'army\t2', 'navy\t3', 'hacker*\t4', 'threat*\t5']);
    expect(dict.categories.map((c) => c.key)).toEqual(['security', 'security.military', 'security.military.naval', 'security.cyber', 'threat']);
  });

  it('reports a file without its % lines', () => {
    expectFileError(() => parse(['', '']), 1, 'the file is empty');
    expectFileError(() => parse(['', 'threat*\t1']), 2, 'expected a line holding only "%"');
    expectFileError(() => parse(['%', '1\tthreat', '2\turgency']), 1, 'never closed');
    expectFileError(() => parse(['%', '1\tthreat', 'threat*\t1']), 3, 'in the category list opened at line 1, found "threat*');
    expectFileError(() => parse(['%', '%', 'threat*\t1']), 2, 'the category list is empty');
  });

  it('reports malformed category lines and repeated numbers', () => {
    expectFileError(() => parse(['%', '1\tthreat', 'urgency', '%']), 3, 'expected "number<TAB>category name"');
    expectFileError(() => parse(['%', '1\tthreat', '1\turgency', '%']), 3, 'category number 1 is defined twice (first at line 2)');
  });

  it('reports a word line without a tab, with its line number', () => {
    expectFileError(() => parse(['%', '1\tthreat', '%', 'threat*\t1', 'danger* 1']), 5, 'found no tab in "danger* 1"');
  });

  it('reports an unknown category number, with its line number and the known ones', () => {
    expectFileError(() => parse(['%', '1\tthreat', '2\turgency', '%', 'threat*\t1', 'crisis\t1\t7']), 6, '"crisis": unknown category number 7 (the category list defines 1, 2)');
  });

  it('reports other malformed word lines', () => {
    const head = ['%', '1\tthreat', '%'];
    expectFileError(() => parse([...head, '\t1']), 4, 'the word before the tab is empty');
    expectFileError(() => parse([...head, 'threat*\t']), 4, 'no category number after the tab');
    expectFileError(() => parse([...head, 'like\t(02 134)1']), 4, 'conditional codes');
    expectFileError(() => parse([...head, 'threat*\t1\t1']), 4, 'category number 1 is listed twice');
  });

  it('reports an empty category at its header line, a repeated word and a bad pattern at theirs', () => {
    expectFileError(() => parse(['%', '1\tthreat', '2\turgency', '%', 'threat*\t1']), 3, 'category "urgency" has no entries');
    expectFileError(() => parse(['%', '1\tthreat', '%', 'threat*\t1', 'danger\t1', 'THREAT*\t1']), 6, 'the pattern "THREAT*" repeats entry 0');
    expectFileError(() => parse(['%', '1\tthreat', '%', 'threat*\t1', '**\t1']), 5, 'wildcard');
    expectFileError(() => parse(['%', '1\tthreat: x', '%', 'threat*\t1']), 2, 'a category key is one or more names');
  });
});
