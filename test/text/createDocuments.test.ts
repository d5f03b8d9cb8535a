import { describe, it, expect } from 'vitest';
import { createDocument, createDocuments } from '../../src/text/document.js';
import { DocumentError, ValidationError } from '../../src/errors.js';

// Made-up fixtures.
describe('createDocuments', () => {
  it('takes strings, plain objects and documents, numbering strings by position', () => {
    const made = createDocument({ id: 'made', text: 'Cyber security.' });
    const docs = createDocuments(['National security first.', { id: 'b', text: '网络安全' }, made, 'Safety.']);
    expect(docs.map((d) => [d.id, d.lang])).toEqual([
      ['text1', 'en'],
      ['b', 'zh'],
      ['made', 'en'],
      ['text4', 'en'],
    ]);
    expect(docs[2]).toBe(made);
  });

  it('takes any iterable (a Set, a generator)', () => {
    function* texts(): Generator<string> {
      yield 'Security.';
      yield '安全。';
    }
    expect(createDocuments(texts()).map((d) => d.id)).toEqual(['text1', 'text2']);
    expect(createDocuments(new Set(['Security.'])).length).toBe(1);
    expect(createDocuments([])).toEqual([]);
  });

  it('takes a bare string as one document, not as a list of characters', () => {
    const docs = createDocuments('National security' as unknown as Iterable<string>);
    expect(docs.map((d) => d.text)).toEqual(['National security']);
  });

  it('takes a single plain object as one document, and rejects null with a ValidationError', () => {
    expect(createDocuments({ id: 'one', text: 'Security.' } as never).map((d) => d.id)).toEqual(['one']);
    expect(() => createDocuments(null as never)).toThrow(ValidationError);
  });

  it('rejects duplicate ids with a DocumentError naming the id', () => {
    let error: unknown;
    try {
      createDocuments([{ id: 'a', text: 'Security.' }, { id: 'b', text: 'Safety.' }, { id: 'a', text: 'Defence.' }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe('INVALID_DOCUMENT');
    expect((error as DocumentError).details.docId).toBe('a');
    expect((error as DocumentError).message).toContain('Duplicate document id "a"');
  });

  it('rejects a string whose position id is already taken', () => {
    expect(() => createDocuments([{ id: 'text2', text: 'Security.' }, 'Safety.'])).toThrow(/Duplicate document id "text2"/);
  });
});
