// Fuzzing the loaders: decodeText() on mutated bytes; the dictionary parsers, the sidecar
// parser and the reproduction spec validator on mutated made-up files. Checks: no crash but a
// SecuritizationError (naming the file), no case over the time bound.
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, it, expect } from 'vitest';
import { parseDictionaryJson, parseLiwcDic, parseQuantedaYaml, reproductionSpec, zeng2021 } from '../../src/index.js';
import { SecuritizationError } from '../../src/errors.js';
import { decodeText } from '../../src/node/readText.js';
import { parseDocvars } from '../../src/node/corpus/parseDocvars.js';
import { fuzz } from './fuzz.js';
import { mutatedBytes, mutatedText } from './mutate.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16le = (text: string): Uint8Array => {
  const bytes = [0xff, 0xfe];
  for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return new Uint8Array(bytes);
};
const TEXT = 'National security first.\r\n维护国家安全。\u{1F512} ＳＥＣＵＲＩＴＹ';

/** Runs `parse`, and checks that a SecuritizationError it throws names `file`. */
const namesFile = (file: string, parse: () => unknown): void => {
  try {
    parse();
  } catch (error) {
    if (error instanceof SecuritizationError) expect(error.details.file).toBe(file);
    throw error;
  }
};

describe('fuzz: decoding bytes', () => {
  it('decodeText() on mutated UTF-8, UTF-8 with BOM and UTF-16 bytes: text or a FileError', () => {
    const samples = [utf8(TEXT), new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), utf16le(TEXT)];
    fuzz('decodeText', fc.tuple(mutatedBytes(samples), fc.constantFrom('error', 'replace') as fc.Arbitrary<'error' | 'replace'>), 4000, ([bytes, invalidUtf8]) => {
      namesFile('fuzz.txt', () => {
        const text = decodeText(bytes, 'fuzz.txt', { invalidUtf8 });
        expect(typeof text).toBe('string');
      });
    });
  });
});

const YAML = 'threat:\n  - threat*\n  - danger*\nsecurity:\n  military:\n    - defen?e\n    - "*secur*"\n  cyber: [网络安全, cyber security]\n';
const LIWC = '%\n1\tthreat\n2\turgency\n\t3\tsub\n%\nthreat*\t1\nurgent*\t2\ncrisis\t1\t2\nkind of\t3\n';
const JSON_DICT = '{\n  "name": "demo",\n  "categories": [\n    {"key": "threat", "entries": [{"pattern": "threat*", "lang": "en", "why": "made up"}, {"pattern": "威胁"}]}\n  ]\n}\n';
const CSV = `file,title,year,date,language,sha256\na.txt,"A, plan",2017,2017-07-08,en,\n"b.txt",B,,,zh-Hant,${'a'.repeat(64)}\n`;
const TSV = 'file\ttitle\tyear\na.txt\tA\t2017\nb.txt\t"B"\t2018\n';
const JSON_DOCVARS = '[\n  {"file": "a.txt", "year": 2017, "title": "A"},\n  {"file": "b.txt", "issuer": null}\n]\n';

describe('fuzz: dictionary and sidecar parsers', () => {
  it.each([
    ['parseQuantedaYaml', 'fuzz.yml', YAML, (text: string) => parseQuantedaYaml(text, 'fuzz.yml')],
    ['parseLiwcDic', 'fuzz.dic', LIWC, (text: string) => parseLiwcDic(text, 'fuzz.dic')],
    ['parseDictionaryJson', 'fuzz.json', JSON_DICT, (text: string) => parseDictionaryJson(text, 'fuzz.json')],
    ['parseDocvars (CSV)', 'fuzz.csv', CSV, (text: string) => parseDocvars(text, 'fuzz.csv')],
    ['parseDocvars (TSV)', 'fuzz.tsv', TSV, (text: string) => parseDocvars(text, 'fuzz.tsv')],
    ['parseDocvars (JSON)', 'fuzz.json', JSON_DOCVARS, (text: string) => parseDocvars(text, 'fuzz.json')],
  ])('%s on mutated files: a result or a FileError naming the file', (name, file, sample, parse) => {
    expect(() => parse(sample)).not.toThrow();
    fuzz(name, mutatedText([sample]), 1500, (text) => namesFile(file, () => parse(text)));
  });
});

describe('fuzz: the reproduction spec validator', () => {
  const json = JSON.stringify(zeng2021, null, 1);

  it('reproductionSpec() on mutated spec text read as YAML (as the CLI reads manifests): a spec or a SecuritizationError', () => {
    let validated = 0;
    fuzz('reproductionSpec (mutated text)', mutatedText([json]), 600, (text) => {
      let data: unknown;
      try {
        data = parseYaml(text);
      } catch {
        return; // not YAML (nor JSON) any more: nothing to validate
      }
      validated++;
      reproductionSpec(data as Parameters<typeof reproductionSpec>[0]);
    });
    console.info(`fuzz reproductionSpec (mutated text): ${validated} of 600 cases still parsed and were validated`);
    expect(validated).toBeGreaterThan(100);
  });

  it('reproductionSpec() on specs with fields replaced by odd values or removed: a spec or a ValidationError', () => {
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    walk(JSON.parse(json), []);
    const odd = fc.oneof(
      fc.constantFrom<unknown>(null, undefined, '', ' ', '\uD800', 0, -1, 1.5, Number.NaN, true, [], {}, 'x'.repeat(5000), { __proto__: null }, ['a', 1]),
      fc.string(),
      fc.integer(),
    );
    const edits = fc.array(fc.tuple(fc.nat(paths.length - 1), odd, fc.boolean()), { minLength: 1, maxLength: 4 });
    fuzz('reproductionSpec (replaced fields)', edits, 600, (changes) => {
      const spec = JSON.parse(json) as Record<string, unknown>;
      for (const [index, value, remove] of changes) {
        const path = paths[index]!;
        if (path.length === 0) continue;
        let parent: unknown = spec;
        for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | undefined)?.[key];
        if (typeof parent !== 'object' || parent === null) continue;
        const last = path[path.length - 1]!;
        if (remove) delete (parent as Record<string | number, unknown>)[last];
        else (parent as Record<string | number, unknown>)[last] = value;
      }
      reproductionSpec(spec as Parameters<typeof reproductionSpec>[0]);
    });
  });
});
