import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../../src/errors.js';
import { readDocvars } from '../../../src/node/corpus/readDocvars.js';
import { tempDir } from './fixtures.js';

// Made-up metadata.
describe('readDocvars', () => {
  it('reads a CSV saved with a byte order mark (as spreadsheet programs do) without breaking the "file" column', async () => {
    const file = join(await tempDir(), 'meta.csv');
    await writeFile(file, '\ufefffile,year\r\nplan.txt,2017\r\n');
    expect(await readDocvars(file)).toEqual([{ key: 'plan.txt', line: 2, docvars: { year: 2017 } }]);
  });

  it('names the sidecar when it cannot be read or is not UTF-8', async () => {
    const dir = await tempDir();
    await expect(readDocvars(join(dir, 'missing.csv'))).rejects.toThrow(FileError);
    const latin1 = join(dir, 'latin1.csv');
    await writeFile(latin1, new Uint8Array([...new TextEncoder().encode('file,title\na.txt,caf'), 0xe9, 0x0a]));
    await expect(readDocvars(latin1)).rejects.toThrow(/latin1\.csv(:\d+)?: invalid UTF-8 at byte offset 20/u);
  });
});
