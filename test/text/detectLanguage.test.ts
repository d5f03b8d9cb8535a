import { describe, it, expect } from 'vitest';
import { detectLanguage } from '../../src/text/document.js';

// Made-up fixtures. The rule: Chinese when Han characters × 3 > Latin letters, else English when
// there are Latin letters, else undefined.
describe('detectLanguage', () => {
  it('detects Chinese, simplified or traditional', () => {
    expect(detectLanguage('维护国家安全')).toBe('zh');
    expect(detectLanguage('維護國家安全')).toBe('zh');
  });

  it('detects English', () => {
    expect(detectLanguage('We protect national security.')).toBe('en');
  });

  it('weighs Han characters three times Latin letters (a Chinese word is shorter)', () => {
    expect(detectLanguage('AI安全')).toBe('zh'); // 2 × 3 > 2
    expect(detectLanguage('abcde安全')).toBe('zh'); // 6 > 5
    expect(detectLanguage('abcdef安全')).toBe('en'); // 6 > 6 is false
  });

  it('returns undefined when there are neither letters nor Han characters', () => {
    expect(detectLanguage('')).toBeUndefined();
    expect(detectLanguage('1234 !!! ...')).toBeUndefined();
    expect(detectLanguage('😀 ٣')).toBeUndefined();
  });
});
