import { describe, expect, it } from 'vitest';
import { matchManifest } from '../../src/reproduce/matchManifest.js';
import { ValidationError } from '../../src/errors.js';
import { fixtureSpec } from './fixtures.js';

const ZEROS = '0'.repeat(64);
const AS = 'a'.repeat(64);

describe('matchManifest', () => {
  it('recognises files by name, else by SHA-256, and lists unknown files, sorted', () => {
    const result = matchManifest(fixtureSpec(), [
      { name: 'zz-notes.md' },
      { name: 'renamed.txt', sha256: AS },
      { name: 'plan-a.zh.txt' },
      { name: 'b.txt', sha256: 'f'.repeat(64) },
    ]);
    expect(result.matched.map((m) => [m.name, m.entry.document, m.entry.kind, m.by, m.verified])).toEqual([
      ['plan-a.zh.txt', 'plan-a', 'original', 'name', null],
      ['renamed.txt', 'plan-b', 'excerpt', 'sha256', true],
    ]);
    expect(result.unknownFiles).toEqual(['b.txt', 'zz-notes.md']);
    expect(result.missingDocuments).toEqual(['plan-c']);
    expect(result.missingOriginals).toEqual(['plan-b', 'plan-c']);
  });

  it('says when a file has the right name but not the listed SHA-256', () => {
    const [match] = matchManifest(fixtureSpec(), [{ name: 'plan-a.en.txt', sha256: AS }]).matched;
    expect(match).toMatchObject({ by: 'name', verified: false, sha256: AS });
    const [same] = matchManifest(fixtureSpec(), [{ name: 'plan-a.en.txt', sha256: ZEROS.toUpperCase() }]).matched;
    expect(same).toMatchObject({ verified: true, sha256: ZEROS });
  });

  it('reports every document missing when there are no files', () => {
    const result = matchManifest(fixtureSpec(), []);
    expect(result.matched).toEqual([]);
    expect(result.missingDocuments).toEqual(['plan-a', 'plan-b', 'plan-c']);
  });

  it('rejects a malformed file list, naming the field', () => {
    expect(() => matchManifest(fixtureSpec(), [{ name: 'a.txt', sha256: 'xyz' }])).toThrow(ValidationError);
    try {
      matchManifest(fixtureSpec(), [{ name: '' }]);
    } catch (error) {
      expect((error as ValidationError).details.field).toBe('0.name');
    }
    expect.assertions(2);
  });
});
