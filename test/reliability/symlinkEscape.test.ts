// Security: reading a corpus folder never follows a path outside it unless told to. A symbolic
// link inside the folder that points outside is skipped, through readCorpus and through the CLI.
// Every text here is made up.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { readCorpus } from '../../src/node/corpus/readCorpus.js';
import { cli, scratchDir } from './support.js';

const root = scratchDir('symlink-escape');
const corpus = join(root, 'corpus');
const outside = join(root, 'private');
mkdirSync(corpus);
mkdirSync(outside);
writeFileSync(join(corpus, 'plan.txt'), 'Made-up plan: national security first.');
writeFileSync(join(outside, 'secret.txt'), 'Made-up private note: security security security.');
mkdirSync(join(outside, 'more'));
writeFileSync(join(outside, 'more', 'other.txt'), 'Made-up private note two: security.');
symlinkSync(join(outside, 'secret.txt'), join(corpus, 'linked.txt'));
symlinkSync(join(outside, 'more'), join(corpus, 'linked-folder'));

const LINK_WARNINGS = [
  `skipped ${join(corpus, 'linked-folder')}: symbolic link to ${join(outside, 'more')} (outside the folder), not followed (pass followSymlinks: true to follow links)`,
  `skipped ${join(corpus, 'linked.txt')}: symbolic link to ${join(outside, 'secret.txt')} (outside the folder), not followed (pass followSymlinks: true to follow links)`,
];

describe('security: symbolic links out of a corpus folder', () => {
  it('readCorpus skips links to a file and to a folder outside, saying where they point', async () => {
    const { documents, failures, warnings } = await readCorpus(corpus);
    expect(documents.map((d) => d.id)).toEqual(['plan']);
    expect(documents.some((d) => d.text.includes('private'))).toBe(false);
    expect(failures).toEqual([]);
    expect(warnings).toEqual(LINK_WARNINGS);
  });

  it('readCorpus follows them only when told to (followSymlinks: true)', async () => {
    const { documents } = await readCorpus(corpus, { followSymlinks: true });
    expect(documents.map((d) => d.id).sort()).toEqual(['linked', 'other', 'plan']);
  });

  it('the CLI reading the folder counts only the file inside and warns about both links', async () => {
    const { code, stdout, stderr } = await cli(root, 'table', 'corpus', '--terms', 'security', '-f', 'csv');
    expect(code).toBe(0);
    expect(stdout).toBe('docId,feature,count\nplan,security,1\n');
    expect(stderr).toBe(LINK_WARNINGS.map((w) => `warning: ${w}\n`).join(''));
  });
});
