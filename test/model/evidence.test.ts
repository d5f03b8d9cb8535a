import { describe, it, expect } from 'vitest';
import { checkEvidence, evidence, evidenceFromText, EvidenceSchema } from '../../src/model/index.js';
import { expectValidationError } from '../support/errors.js';

describe('evidence', () => {
  it('round-trips valid data unchanged', () => {
    const data = { docId: 'doc1', start: 3, end: 7, quote: 'abcd' };
    expect(evidence(data)).toEqual(data);
    expect(evidence(evidence(data))).toEqual(data);
  });

  it('accepts an empty span (end === start) with an empty quote', () => {
    expect(evidence({ docId: 'd', start: 5, end: 5, quote: '' })).toEqual({ docId: 'd', start: 5, end: 5, quote: '' });
  });

  it('rejects end < start on field end', () => {
    const error = expectValidationError(() => evidence({ docId: 'd', start: 5, end: 4, quote: '' }), 'end');
    expect(error.message).toMatch(/start/);
  });

  it('rejects an empty docId', () => {
    expectValidationError(() => evidence({ docId: '', start: 0, end: 0, quote: '' }), 'docId');
  });

  it('rejects negative and non-integer offsets', () => {
    expectValidationError(() => evidence({ docId: 'd', start: -1, end: 2, quote: '' }), 'start');
    expectValidationError(() => evidence({ docId: 'd', start: 1.5, end: 2, quote: '' }), 'start');
    expectValidationError(() => evidence({ docId: 'd', start: 0, end: 2.5, quote: '' }), 'end');
    expectValidationError(() => evidence({ docId: 'd', start: 0, end: Number.NaN, quote: '' }), 'end');
    expectValidationError(() => evidence({ docId: 'd', start: '0', end: 1, quote: '' }), 'start');
  });

  it('rejects missing required fields, naming them', () => {
    expectValidationError(() => evidence({ start: 0, end: 1, quote: 'a' }), 'docId');
    const error = expectValidationError(() => evidence({ docId: 'd', start: 0, end: 1 }), 'quote');
    expect(error.issues).toHaveLength(1);
  });

  it('rejects an unknown key at its own path', () => {
    const error = expectValidationError(() => evidence({ docId: 'd', start: 0, end: 1, quote: 'a', qoute: 'a' }), 'qoute');
    expect(error.message).toMatch(/unknown field/);
  });

  it('rejects non-objects', () => {
    expectValidationError(() => evidence(null), '');
    expectValidationError(() => evidence('doc1:0-3'), '');
  });

  it('exports a schema usable with safeParse', () => {
    expect(EvidenceSchema.safeParse({ docId: 'd', start: 2, end: 1, quote: '' }).success).toBe(false);
  });
});

describe('evidenceFromText', () => {
  it('quotes text.slice(start, end) for ASCII text', () => {
    expect(evidenceFromText('en', 'AI is a threat', 8, 14)).toEqual({ docId: 'en', start: 8, end: 14, quote: 'threat' });
  });

  it('uses UTF-16 indices for Chinese text (one code unit per common character)', () => {
    // 人 工 智 能 关 系 国 家 安 全
    // 0  1  2  3  4  5  6  7  8  9
    const text = '人工智能关系国家安全';
    expect(text.length).toBe(10);
    expect(evidenceFromText('zh', text, 6, 10).quote).toBe('国家安全');
    expect(evidenceFromText('zh', text, 0, 4).quote).toBe('人工智能');
  });

  it('uses UTF-16 indices for emoji (two code units each)', () => {
    // 'a' 0, '🚨' 1–2, 'b' 3, '🤖' 4–5, 'c' 6
    const text = 'a🚨b🤖c';
    expect(text.length).toBe(7);
    expect(evidenceFromText('e', text, 1, 3).quote).toBe('🚨');
    expect(evidenceFromText('e', text, 3, 6).quote).toBe('b🤖');
    expect(evidenceFromText('e', text, 6, 7).quote).toBe('c');
  });

  it('accepts a span ending exactly at the end of the text and an empty span', () => {
    expect(evidenceFromText('d', 'abc', 0, 3).quote).toBe('abc');
    expect(evidenceFromText('d', 'abc', 3, 3).quote).toBe('');
    expect(evidenceFromText('d', '', 0, 0).quote).toBe('');
  });

  it('rejects a span past the end of the text on field end', () => {
    const error = expectValidationError(() => evidenceFromText('d', 'abc', 1, 4), 'end');
    expect(error.message).toMatch(/length 3/);
    expectValidationError(() => evidenceFromText('d', 'abc', 4, 4), 'end');
  });

  it('rejects bad offsets and doc ids like evidence()', () => {
    expectValidationError(() => evidenceFromText('d', 'abc', -1, 2), 'start');
    expectValidationError(() => evidenceFromText('d', 'abc', 0.5, 2), 'start');
    expectValidationError(() => evidenceFromText('d', 'abc', 2, 1), 'end');
    expectValidationError(() => evidenceFromText('', 'abc', 0, 1), 'docId');
  });
});

describe('checkEvidence', () => {
  const text = '国家安全🙂 matters';

  it('is true when the quote is at the span', () => {
    expect(checkEvidence(evidenceFromText('d', text, 0, 6), text)).toBe(true);
    expect(checkEvidence({ docId: 'd', start: 4, end: 6, quote: '🙂' }, text)).toBe(true);
  });

  it('is false when the quote differs from the text at the span', () => {
    expect(checkEvidence({ docId: 'd', start: 0, end: 4, quote: '国家发展' }, text)).toBe(false);
    expect(checkEvidence({ docId: 'd', start: 4, end: 5, quote: '🙂' }, text)).toBe(false);
    expect(checkEvidence(evidenceFromText('d', text, 0, 6), 'something else entirely')).toBe(false);
  });

  it('is false for a span past the end, even if the clamped slice equals the quote', () => {
    expect(checkEvidence({ docId: 'd', start: 2, end: 9, quote: 'c' }, 'abc')).toBe(false);
    expect(checkEvidence({ docId: 'd', start: 9, end: 9, quote: '' }, 'abc')).toBe(false);
  });
});
