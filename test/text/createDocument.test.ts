import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { DocumentError, LanguageError, ValidationError } from '../../src/errors.js';

/** Runs `action` and returns what it threw (the test fails if nothing is thrown). */
function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

// Made-up fixtures.
describe('createDocument', () => {
  it('keeps the text exactly as given, CRLF and all, and freezes the document', () => {
    const text = 'National security.\r\n\r\nA second paragraph.';
    const doc = createDocument({ id: 'plan', text, meta: { year: 2017 } });
    expect(doc).toEqual({ id: 'plan', text, lang: 'en', meta: { year: 2017 } });
    expect(Object.isFrozen(doc)).toBe(true);
    expect(Object.isFrozen(doc.meta)).toBe(true);
  });

  it('names a bare string text1, text2 … by its position', () => {
    expect(createDocument('维护国家安全').id).toBe('text1');
    expect(createDocument('Security.', 2).id).toBe('text3');
  });

  it('detects the language, or takes a tag such as zh-Hant, en-US or EN', () => {
    expect(createDocument('维护国家安全').lang).toBe('zh');
    expect(createDocument({ id: 'a', text: '維護國家安全', lang: 'zh-Hant' }).lang).toBe('zh');
    expect(createDocument({ id: 'b', text: 'Security.', lang: 'en-US' }).lang).toBe('en');
    expect(createDocument({ id: 'c', text: 'Security.', lang: 'EN' }).lang).toBe('en');
  });

  it('rejects an empty or blank document with a DocumentError naming it', () => {
    for (const text of ['', '  \r\n\t ']) {
      const error = thrown(() => createDocument({ id: 'blank', text }));
      expect(error).toBeInstanceOf(DocumentError);
      expect((error as DocumentError).code).toBe('INVALID_DOCUMENT');
      expect((error as DocumentError).details.docId).toBe('blank');
      expect((error as DocumentError).message).toContain('"blank"');
    }
  });

  it('rejects a document of only punctuation unless its language is given', () => {
    const error = thrown(() => createDocument({ id: 'dots', text: '!!! … ——— 。' }));
    expect(error).toBeInstanceOf(LanguageError);
    expect((error as LanguageError).code).toBe('UNSUPPORTED_LANGUAGE');
    expect((error as LanguageError).details.docId).toBe('dots');
    expect(createDocument({ id: 'dots', text: '!!! …', lang: 'en' }).lang).toBe('en');
  });

  it('rejects an unsupported language, naming the document and the language', () => {
    const error = thrown(() => createDocument({ id: 'fr', text: 'La sécurité nationale.', lang: 'fr' }));
    expect(error).toBeInstanceOf(LanguageError);
    expect((error as LanguageError).details).toEqual({ docId: 'fr' });
    expect((error as LanguageError).message).toContain('"fr"');
    expect(thrown(() => createDocument({ id: 'x', text: 'Security.', lang: '' }))).toBeInstanceOf(LanguageError);
  });

  it('rejects wrong fields with a ValidationError naming the field', () => {
    const cases: [unknown, string][] = [
      [{ id: '', text: 'Security.' }, 'id'],
      [{ id: 'a', text: 42 }, 'text'],
      [{ id: 'a', text: 'Security.', meta: { year: [2017] } }, 'meta.year'],
      [{ id: 'a', text: 'Security.', title: 'extra' }, 'title'],
      [null, ''],
    ];
    for (const [input, field] of cases) {
      const error = thrown(() => createDocument(input as never));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).code).toBe('INVALID_FIELD');
      expect((error as ValidationError).details.field).toBe(field);
    }
  });
});
