import { describe, expect, it } from 'vitest';
import { FileError } from '../../../src/errors.js';
import { parseDocvars } from '../../../src/node/corpus/parseDocvars.js';

// Made-up metadata.
function failure(text: string, file: string): FileError {
  try {
    parseDocvars(text, file);
  } catch (error) {
    if (error instanceof FileError) return error;
    throw error;
  }
  throw new Error('expected a FileError');
}

describe('parseDocvars: CSV', () => {
  it('types the known docvars and keeps other columns as text, in column order', () => {
    const csv = 'file,title,year,date,issuer,language,page_count\nplan.txt,A made-up plan,2017,2017-07-20,Made-up Council,en,42\nsub/b.md, Other ,,,,,\n';
    expect(parseDocvars(csv, 'meta.csv')).toEqual([
      { key: 'plan.txt', line: 2, docvars: { title: 'A made-up plan', year: 2017, date: '2017-07-20', issuer: 'Made-up Council', language: 'en', page_count: '42' } },
      { key: 'sub/b.md', line: 3, docvars: { title: 'Other', year: null, date: null, issuer: null, language: null, page_count: null } },
    ]);
  });

  it('keeps the typed values typed', () => {
    const [row] = parseDocvars('file,year,country\na.txt, 2025 ,China\n', 'meta.csv');
    expect(typeof row!.docvars.year).toBe('number');
    expect(row!.docvars.year).toBe(2025);
    expect(row!.docvars.country).toBe('China');
  });

  it('counts lines in quoted fields, CRLF line ends and blank rows', () => {
    const csv = 'file,title\r\n"a.txt","made-up title\r\non two lines"\r\n\r\nb.txt,"with ""quotes"", and a comma"\r\n';
    const rows = parseDocvars(csv, 'meta.csv');
    expect(rows.map((r) => [r.key, r.line])).toEqual([['a.txt', 2], ['b.txt', 5]]);
    expect(rows[1]!.docvars.title).toBe('with "quotes", and a comma');
  });

  it('normalizes keys: backslashes and a leading ./', () => {
    expect(parseDocvars('file\n.\\sub\\a.txt\n./b.txt\n', 'm.csv').map((r) => r.key)).toEqual(['sub/a.txt', 'b.txt']);
  });

  it('reads TSV', () => {
    expect(parseDocvars('file\tyear\na.txt\t2019\n', 'meta.tsv')).toEqual([{ key: 'a.txt', line: 2, docvars: { year: 2019 } }]);
  });

  it('names the file and line of a row without a key', () => {
    const error = failure('file,title\na.txt,one\n,two\n', 'meta.csv');
    expect(error.message).toBe('meta.csv:3: missing key: the "file" column is empty');
    expect(error.details).toMatchObject({ file: 'meta.csv', line: 3 });
  });

  it('names both lines of a duplicate key', () => {
    const error = failure('file,title\na.txt,one\nb.txt,two\n./a.txt,three\n', 'meta.csv');
    expect(error.message).toBe('meta.csv:4: duplicate key "a.txt" on lines 2 and 4');
    expect(error.details.line).toBe(4);
  });

  it('rejects a year that is not an integer, naming line and value', () => {
    expect(failure('file,year\na.txt,2017\nb.txt,2017.5\n', 'meta.csv').message).toBe('meta.csv:3: year "2017.5": not an integer year (e.g. 2017)');
    expect(failure('file,year\na.txt,twenty\n', 'meta.csv').details.line).toBe(2);
  });

  it('rejects a date that is not a real YYYY-MM-DD date', () => {
    expect(failure('file,date\na.txt,2017-02-30\n', 'meta.csv').message).toBe('meta.csv:2: date "2017-02-30": not a date of the form YYYY-MM-DD');
    expect(failure('file,date\na.txt,20/07/2017\n', 'meta.csv').details.line).toBe(2);
    expect(parseDocvars('file,date\na.txt,2016-02-29\n', 'meta.csv')[0]!.docvars.date).toBe('2016-02-29');
  });

  it('rejects a language that is not a language code, and a bad sha256', () => {
    expect(failure('file,language\na.txt,English\n', 'meta.csv').message).toContain('meta.csv:2: language "English"');
    expect(failure('file,sha256\na.txt,abc\n', 'meta.csv').message).toContain('meta.csv:2: sha256 "abc"');
  });

  it('rejects a header without a file column, at line 1', () => {
    const error = failure('name,year\na.txt,2017\n', 'meta.csv');
    expect(error.details.line).toBe(1);
    expect(error.message).toContain('no "file" column');
  });

  it('gives no rows for a header alone', () => {
    expect(parseDocvars('file,year\n', 'meta.csv')).toEqual([]);
  });
});

describe('parseDocvars: JSON', () => {
  it('reads an array of objects with the line of each entry; JSON values keep their type', () => {
    const json = '[\n  {"file": "a.txt", "year": 2017, "title": "Made-up"},\n  {\n    "file": "b.txt", "year": "2018", "pages": 12, "draft": true, "note": null\n  }\n]\n';
    expect(parseDocvars(json, 'meta.json')).toEqual([
      { key: 'a.txt', line: 2, docvars: { year: 2017, title: 'Made-up' } },
      { key: 'b.txt', line: 3, docvars: { year: 2018, pages: 12, draft: true, note: null } },
    ]);
  });

  it('reads an object keyed by file name', () => {
    const json = '{\n  "a.txt": {"issuer": "Made-up Ministry"},\n  "sub/b.txt": {"year": 2020}\n}';
    expect(parseDocvars(json, 'meta.json')).toEqual([
      { key: 'a.txt', line: 2, docvars: { issuer: 'Made-up Ministry' } },
      { key: 'sub/b.txt', line: 3, docvars: { year: 2020 } },
    ]);
  });

  it('names both lines of a key given twice in an object (JSON.parse would keep the last silently)', () => {
    const error = failure('{\n  "a.txt": {"year": 2017},\n  "b.txt": {},\n  "a.txt": {"year": 2018}\n}', 'meta.json');
    expect(error.message).toBe('meta.json:4: duplicate key "a.txt" on lines 2 and 4');
  });

  it('names the line of an entry without a key, of a bad year, of a nested value', () => {
    expect(failure('[\n{"file": "a.txt"},\n{"title": "x"}\n]', 'm.json').message).toBe('m.json:3: missing key: the "file" column is empty');
    expect(failure('[\n{"file": "a.txt",\n "year": 2017.5}\n]', 'm.json').message).toBe('m.json:2: year 2017.5: not an integer year (e.g. 2017)');
    expect(failure('[{"file": "a.txt", "tags": ["x"]}]', 'm.json').message).toContain('m.json:1: tags ["x"]');
  });

  it('names the line of a JSON syntax error', () => {
    const error = failure('[\n{"file": "a.txt"},\n{"file": }\n]', 'm.json');
    expect(error.message).toMatch(/^m\.json:3: not valid JSON/u);
  });

  it('rejects a JSON value that is neither an array nor an object, and an entry that is not an object', () => {
    expect(failure('"a.txt"', 'm.json').message).toContain('expected an array of objects');
    expect(failure('[\n"a.txt"\n]', 'm.json').details.line).toBe(2);
  });
});

describe('parseDocvars: formats', () => {
  it('rejects a sidecar extension it does not read', () => {
    expect(failure('file: a.txt', 'meta.yaml').message).toContain('unsupported metadata format ".yaml"');
  });
});
