import { describe, expect, it } from 'vitest';
import { ignoreLinePredicate } from '../../src/reproduce/ignoreLine.js';

describe('ignoreLinePredicate', () => {
  const ignore = ignoreLinePredicate({ startsWith: ['#'], equals: ['---'] });

  it('ignores lines by prefix and whole separator lines', () => {
    expect(ignore('# a header')).toBe(true);
    expect(ignore('#')).toBe(true);
    expect(ignore('---')).toBe(true);
    expect(ignore('  ---  ')).toBe(true);
  });

  it('keeps text lines, even ones that contain the markers', () => {
    expect(ignore('维护国家安全 # 不是标题')).toBe(false);
    expect(ignore(' # indented')).toBe(false);
    expect(ignore('----')).toBe(false);
    expect(ignore('')).toBe(false);
  });

  it('works with prefixes only or whole lines only', () => {
    expect(ignoreLinePredicate({ equals: ['***'] })('***')).toBe(true);
    expect(ignoreLinePredicate({ equals: ['***'] })('# x')).toBe(false);
    expect(ignoreLinePredicate({ startsWith: ['//', '%'] })('% note')).toBe(true);
  });
});
