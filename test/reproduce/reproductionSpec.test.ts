import { describe, expect, it } from 'vitest';
import { reproductionSpec } from '../../src/reproduce/reproductionSpec.js';
import { zeng2021 } from '../../src/reproduce/zeng2021.js';
import { expectValidationError } from '../support/errors.js';
import { fixtureSpec } from './fixtures.js';

describe('reproductionSpec', () => {
  it('accepts a well-formed spec and returns it frozen', () => {
    const spec = reproductionSpec(fixtureSpec());
    expect(spec.documents.map((d) => d.id)).toEqual(['plan-a', 'plan-b', 'plan-c']);
    expect(Object.isFrozen(spec.figures[0])).toBe(true);
    expect(reproductionSpec(spec)).toBe(spec);
  });

  it('validates zeng2021 again from plain JSON data', () => {
    const copy = reproductionSpec(JSON.parse(JSON.stringify(zeng2021)));
    expect(copy).toEqual(zeng2021);
  });

  it('names a figure whose document does not exist', () => {
    const input = fixtureSpec();
    input.figures[1] = { ...input.figures[1]!, document: 'plan-x' };
    const error = expectValidationError(() => reproductionSpec(input), 'figures.1.document');
    expect(error.message).toContain('plan-x');
  });

  it('names a negative or fractional figure', () => {
    const input = fixtureSpec();
    input.figures[0] = { ...input.figures[0]!, value: -1 };
    expectValidationError(() => reproductionSpec(input), 'figures.0.value');
    input.figures[0] = { ...input.figures[0]!, value: 1.5 };
    expectValidationError(() => reproductionSpec(input), 'figures.0.value');
  });

  it('names a second figure for the same document and term', () => {
    const input = fixtureSpec();
    input.figures.push({ document: 'plan-b', term: 'security', value: 9, where: 'p. 1' });
    expectValidationError(() => reproductionSpec(input), 'figures.6.term');
  });

  it('names a term compared with a figure term nobody published', () => {
    const input = fixtureSpec();
    input.terms.en![2] = { key: 'safety', pattern: 'safety', figure: 'safety' };
    expectValidationError(() => reproductionSpec(input), 'terms.en.2.figure');
  });

  it('names a malformed pattern and a duplicate term key', () => {
    const input = fixtureSpec();
    input.terms.zh![0] = { key: '安全', pattern: '*' };
    const error = expectValidationError(() => reproductionSpec(input), 'terms.zh.0.pattern');
    expect(error.message).toContain('wildcard');
    const dup = fixtureSpec();
    dup.terms.zh![1] = { key: '安全', pattern: '国家安全' };
    expectValidationError(() => reproductionSpec(dup), 'terms.zh.1.key');
  });

  it('names a bad date, a bad address, a missing issuer and a duplicate document', () => {
    const bad = (edit: (s: ReturnType<typeof fixtureSpec>) => void, field: string): void => {
      const input = fixtureSpec();
      edit(input);
      expectValidationError(() => reproductionSpec(input), field);
    };
    bad((s) => void (s.documents[0] = { ...s.documents[0]!, date: '2020-13-01' }), 'documents.0.date');
    bad((s) => void (s.documents[2] = { ...s.documents[2]!, url: 'not an address' }), 'documents.2.url');
    bad((s) => void (s.documents[1] = { ...s.documents[1]!, issuers: [] }), 'documents.1.issuers');
    bad((s) => void (s.documents[1] = { ...s.documents[1]!, id: 'plan-a' }), 'documents.1.id');
    bad((s) => void (s.id = 'Has Spaces'), 'id');
    bad((s) => void (s.counting = { nested: 'both' as 'inclusive' }), 'counting.nested');
  });

  it('names a manifest entry that identifies no file, names a path, or points nowhere', () => {
    const input = fixtureSpec();
    input.manifest[0] = { document: 'plan-a', kind: 'original', lang: 'zh' };
    expectValidationError(() => reproductionSpec(input), 'manifest.0');
    const path = fixtureSpec();
    path.manifest[0] = { document: 'plan-a', kind: 'original', lang: 'zh', names: ['dir/plan.txt'] };
    expectValidationError(() => reproductionSpec(path), 'manifest.0.names.0');
    const nowhere = fixtureSpec();
    nowhere.manifest[2] = { document: 'plan-q', kind: 'excerpt', lang: 'zh', names: ['q.txt'] };
    expectValidationError(() => reproductionSpec(nowhere), 'manifest.2.document');
    const kind = fixtureSpec();
    kind.manifest[1] = { ...kind.manifest[1]!, kind: 'summary' as 'excerpt' };
    expectValidationError(() => reproductionSpec(kind), 'manifest.1.kind');
    const hash = fixtureSpec();
    hash.manifest[2] = { ...hash.manifest[2]!, sha256: ['ABC'] };
    expectValidationError(() => reproductionSpec(hash), 'manifest.2.sha256.0');
  });

  it('rejects a spec that is not an object, and names a misspelt field', () => {
    expectValidationError(() => reproductionSpec(null as never), '');
    const input = { ...fixtureSpec(), figurez: [] };
    expectValidationError(() => reproductionSpec(input), 'figurez');
    const figure = fixtureSpec();
    figure.figures[0] = { ...figure.figures[0]!, page: 3 } as never;
    expectValidationError(() => reproductionSpec(figure), 'figures.0.page');
  });
});
