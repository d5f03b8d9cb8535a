import { describe, expect, it } from 'vitest';
import { corpusFormat } from '../../../src/node/corpus/corpusFormat.js';

describe('corpusFormat', () => {
  it('maps extensions case-insensitively', () => {
    expect(['a.txt', 'a.MD', 'dir.v2/a.Html', 'a.htm', 'a.PDF'].map(corpusFormat)).toEqual(['text', 'text', 'html', 'html', 'pdf']);
  });

  it('reads nothing else: no extension, other extensions, a dot file', () => {
    expect(['README', 'a.docx', 'a.txt.gz', '.txt', 'a.'].map(corpusFormat)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
