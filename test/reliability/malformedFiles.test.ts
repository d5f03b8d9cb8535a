// Malformed dictionaries, reproduction manifests and sidecar metadata: each a FileError (or a
// ValidationError) naming the file, the line or the field. Every file here is made up.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { FileError, ValidationError } from '../../src/errors.js';
import { parseDictionaryJson, parseLiwcDic, parseQuantedaYaml, reproductionSpec, zeng2021 } from '../../src/index.js';
import { parseDocvars } from '../../src/node/corpus/parseDocvars.js';
import { readCorpus } from '../../src/node/corpus/readCorpus.js';
import { caught, cli, scratchDir } from './support.js';

const dir = scratchDir('malformed');

describe('bad input: malformed quanteda YAML dictionaries', () => {
  it.each([
    ['invalid YAML (a key without a colon)', 'threat:\n  - threat*\nsecurity\n  - x\n', 3, 'not valid YAML'],
    ['a list, not a mapping', '- threat*\n- danger*\n', 1, 'expected a mapping of category keys'],
    ['an empty file', '', 1, 'the file is empty'],
    ['an alias (unquoted *secur*)', 'threat: *secur*\n', 1, 'aliases are not supported'],
    ['a list inside a list', 'threat:\n  - threat*\nsecurity:\n  - [a, b]\n', 4, 'a list inside a list'],
    ['a lone wildcard', 'threat:\n  - threat*\n  - "*"\n', 3, 'the wildcard "*" needs at least one letter'],
    ['a pattern repeated', 'threat: [threat, THREAT]\n', 1, 'repeats entry 0'],
  ])('%s: FileError at its line', async (_case, text, line, message) => {
    const error = await caught(FileError, () => parseQuantedaYaml(text, 'made-up.yml'));
    expect(error.details.file).toBe('made-up.yml');
    expect(error.details.line).toBe(line);
    expect(error.message).toContain(message);
  });
});

describe('bad input: malformed LIWC dictionaries', () => {
  it.each([
    ['no opening %', 'threat\t1\n', 1, 'expected a line holding only "%"'],
    ['a category list never closed', '%\n1\tthreat\n', 1, 'never closed'],
    ['a category number defined twice', '%\n1\tthreat\n1\turgency\n%\n', 3, 'defined twice (first at line 2)'],
    ['a word line without a tab', '%\n1\tthreat\n%\nthreat 1\n', 4, 'found no tab'],
    ['an unknown category number', '%\n1\tthreat\n%\nthreat*\t2\n', 4, 'unknown category number 2'],
    ['a LIWC2007 conditional code', '%\n1\tthreat\n%\nthreat*\t(02 134)1\n', 4, 'conditional codes'],
  ])('%s: FileError at its line', async (_case, text, line, message) => {
    const error = await caught(FileError, () => parseLiwcDic(text, 'made-up.dic'));
    expect(error.details).toMatchObject({ file: 'made-up.dic', line });
    expect(error.message).toContain(message);
  });
});

describe('bad input: malformed JSON dictionaries', () => {
  it('a trailing comma (V8 gives no position): FileError at the line of the comma', async () => {
    // Fixed: the line was missing for syntax errors V8 reports without a position.
    const text = '{\n  "name": "demo",\n  "categories": [\n    {"key": "threat", "entries": [{"pattern": "threat*"},]}\n  ]\n}\n';
    const error = await caught(FileError, () => parseDictionaryJson(text, 'made-up.json'));
    expect(error.details).toEqual({ file: 'made-up.json', line: 4 });
    expect(error.message).toMatch(/^made-up\.json:4: not valid JSON/u);
  });

  it('a missing comma: FileError at its line', async () => {
    const text = '{\n  "name": "demo"\n  "categories": []\n}\n';
    const error = await caught(FileError, () => parseDictionaryJson(text, 'made-up.json'));
    expect(error.details).toEqual({ file: 'made-up.json', line: 3 });
  });

  it('a value out of its domain: FileError naming the field and its line', async () => {
    const text = '{\n  "name": "demo",\n  "categories": [\n    {"key": "threat", "entries": [{"pattern": "threat*", "lang": "fr"}]}\n  ]\n}\n';
    const error = await caught(FileError, () => parseDictionaryJson(text, 'made-up.json'));
    expect(error.details).toEqual({ file: 'made-up.json', line: 4, field: 'categories.0.entries.0.lang' });
  });

  it('an array instead of a dictionary: FileError at line 1', async () => {
    const error = await caught(FileError, () => parseDictionaryJson('[]', 'made-up.json'));
    expect(error.details).toMatchObject({ file: 'made-up.json', line: 1 });
    expect(error.message).toContain('expected object, received array');
  });
});

describe('bad input: malformed reproduction specs and manifests', () => {
  it('a spec whose figure names an unknown document: ValidationError naming the field', async () => {
    const figures = [{ ...zeng2021.figures[0]!, document: 'no-such-plan' }, ...zeng2021.figures.slice(1)];
    const error = await caught(ValidationError, () => reproductionSpec({ ...zeng2021, id: 'copy', figures }));
    expect(error.details.field).toBe('figures.0.document');
    expect(error.message).toContain('no document "no-such-plan"');
  });

  const manifest = (name: string, text: string): string => {
    writeFileSync(join(dir, name), text);
    return name;
  };
  it.each([
    ['invalid YAML', 'bad.yml', 'a: [b\n', 'bad.yml:2: not valid JSON or YAML'],
    // Fixed: the message named the spec, not the manifest file.
    ['an unknown document', 'unknown.yml', '- document: no-such-plan\n  kind: original\n  lang: en\n  names: [x.txt]\n', 'field "manifest.0.document": no document "no-such-plan"'],
    ['a path where a file name belongs', 'path.yml', '- document: 2017-ngaidp\n  kind: original\n  lang: en\n  names: [sub/x.txt]\n', 'field "0.names.0": a bare file name, not a path'],
    // Fixed: both said only "Invalid input".
    ['a manifest that is not a list', 'shape.json', '{"manifest": 3}', 'field "manifest": Invalid input: expected array, received number'],
    ['an empty file', 'empty.yml', '', 'expected a list of manifest entries, or { manifest: [...] }'],
  ])('%s: the CLI exits 1 naming the file and the line or field', async (_case, name, text, message) => {
    const { code, stdout, stderr } = await cli(dir, 'reproduce', 'zeng2021', '--manifest', manifest(name, text), '--corpus', dir, '-q');
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toContain(name);
    expect(stderr).toContain(message);
  });
});

describe('bad input: malformed sidecar metadata', () => {
  it.each([
    // Fixed: d3-dsv read the rest of the file into the unclosed cell, and b.txt lost its row silently.
    ['an unclosed quote', 'meta.csv', 'file,title,year\na.txt,"Plan,2017\nb.txt,Other,2018\n', 2, 'a quoted cell is never closed'],
    ['no file column', 'meta.csv', 'title,year\nPlan,2017\n', 1, 'no "file" column'],
    ['a year that is not a number', 'meta.csv', 'file,year\na.txt,2017\nb.txt,20x7\n', 3, 'year "20x7": not an integer year'],
    ['an impossible date', 'meta.tsv', 'file\tdate\na.txt\t2017-02-30\n', 2, 'not a date of the form YYYY-MM-DD'],
    ['a key given twice', 'meta.csv', 'file,year\na.txt,2017\n./a.txt,2018\n', 3, 'duplicate key "a.txt" on lines 2 and 3'],
    ['JSON with a trailing comma', 'meta.json', '[\n  {"file": "a.txt", "year": 2017},\n  {"file": "b.txt", "year": 2018},\n]\n', 4, 'not valid JSON'],
    ['JSON entries that are not objects', 'meta.json', '{\n  "a.txt": [2017]\n}\n', 2, 'each entry must be an object'],
  ])('%s: FileError at its line', async (_case, file, text, line, message) => {
    const error = await caught(FileError, () => parseDocvars(text, file));
    expect(error.details).toMatchObject({ file, line });
    expect(error.message).toContain(message);
  });

  it('an unsupported sidecar format: FileError naming the file', async () => {
    const error = await caught(FileError, () => parseDocvars('file\na.txt\n', 'meta.xlsx'));
    expect(error.message).toBe('meta.xlsx: unsupported metadata format ".xlsx" (use .csv, .tsv or .json)');
  });

  it('readCorpus with a malformed sidecar fails as a whole, naming the sidecar and line', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Made-up text on national security.');
    const sidecar = join(dir, 'broken.csv');
    writeFileSync(sidecar, 'file,year\na.txt,"2017\n');
    const error = await caught(FileError, () => readCorpus([join(dir, 'a.txt')], { metadata: sidecar }));
    expect(error.details).toMatchObject({ file: sidecar, line: 2 });
  });
});
