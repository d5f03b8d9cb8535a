import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FileError } from '../../src/errors.js';
import { loadDictionary } from '../../src/node/loadDictionary.js';
import { securitizationLexicon } from '../../src/lexicon/securitizationLexicon.js';
import { formatDictionaryJson } from '../../src/lexicon/formatDictionaryJson.js';
import { rejectedWith } from '../support/errors.js';
import { fileWriter, tempFolder } from '../support/files.js';

const dir = tempFolder('lexicon');
const write = fileWriter(dir);
const fileError = (promise: Promise<unknown>): Promise<FileError> => rejectedWith(promise, FileError);

// Made-up dictionary files.
describe('loadDictionary', () => {
  it('gives the built-in lexicon for "builtin" and "builtin:securitization"', async () => {
    expect(await loadDictionary('builtin')).toBe(securitizationLexicon);
    expect(await loadDictionary('builtin:securitization')).toBe(securitizationLexicon);
    const error = await fileError(loadDictionary('builtin:liwc2015'));
    expect(error.message).toBe('builtin:liwc2015: unknown built-in dictionary "liwc2015" (available: securitization)');
  });

  it('reads each format by its extension, any case', async () => {
    const yml = await loadDictionary(write('threats.yml', 'threat:\n  - threat*\n'));
    const yaml = await loadDictionary(write('threats.YAML', 'threat:\n  - threat*\n'));
    const dic = await loadDictionary(write('threats.dic', '%\n1\tthreat\n%\nthreat*\t1\n'));
    const json = await loadDictionary(write('threats.json', '{"name":"threats","categories":[{"key":"threat","entries":[{"pattern":"threat*"}]}]}'));
    for (const dict of [yml, yaml, dic, json]) expect(dict).toEqual({ name: 'threats', categories: [{ key: 'threat', entries: [{ pattern: 'threat*' }] }] });
    expect(await loadDictionary(write('lexicon.json', formatDictionaryJson(securitizationLexicon)))).toEqual(securitizationLexicon);
  });

  it('names the file and line of a bad dictionary', async () => {
    const file = write('bad.dic', '%\n1\tthreat\n%\nthreat*\t1\ndanger*\t2\n');
    const error = await fileError(loadDictionary(file));
    expect(error.details).toMatchObject({ file, line: 5 });
    expect(error.message).toContain(`${file}:5: "danger*": unknown category number 2`);
  });

  it('rejects an unknown extension and a missing file', async () => {
    const txt = await fileError(loadDictionary(write('threats.txt', 'threat*')));
    expect(txt.message).toContain('unknown dictionary file extension ".txt" (expected .yml, .yaml, .dic or .json');
    const none = await fileError(loadDictionary(join(dir, 'threats')));
    expect(none.message).toContain('unknown dictionary file extension ""');
    const missing = await fileError(loadDictionary(join(dir, 'missing.yml')));
    expect(missing.message).toContain('cannot read the file (ENOENT)');
  });
});
