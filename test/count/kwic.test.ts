import { describe, it, expect } from 'vitest';
import { kwic } from '../../src/count/kwic.js';
import { OptionError, PatternError } from '../../src/errors.js';

// Made-up texts; the context windows are counted by hand (punctuation counts as a token).
const text = 'Security first. We must protect national security, and security matters. End security';
const lines = (window: number, source = text, term = 'security', lang?: 'en' | 'zh'): [string, string, string][] =>
  kwic([{ id: 'd', text: source, ...(lang === undefined ? {} : { lang }) }], term, { window }).map((r) => [r.pre, r.keyword, r.post]);

describe('kwic', () => {
  it('window 0: the keyword alone', () => {
    expect(lines(0)).toEqual([
      ['', 'Security', ''],
      ['', 'security', ''],
      ['', 'security', ''],
      ['', 'security', ''],
    ]);
  });

  it('window 1: one token each side, none before the start or after the end of the document', () => {
    expect(lines(1)).toEqual([
      ['', 'Security', 'first'],
      ['national', 'security', ','],
      ['and', 'security', 'matters'],
      ['End', 'security', ''],
    ]);
  });

  it('window 5: five tokens each side, whitespace collapsed', () => {
    expect(lines(5)).toEqual([
      ['', 'Security', 'first. We must protect'],
      ['. We must protect national', 'security', ', and security matters.'],
      ['protect national security, and', 'security', 'matters. End security'],
      ['and security matters. End', 'security', ''],
    ]);
    expect(lines(2, 'We keep\n\nnational\r\nsecurity\r\nfirst  today.', 'national security')).toEqual([['We keep', 'national\r\nsecurity', 'first today']]);
  });

  it('gives exact spans into the original text', () => {
    const rows = kwic([{ id: 'd', text }], 'security', { window: 1 });
    expect(rows.map((r) => [r.docId, r.start, r.end])).toEqual([
      ['d', 0, 8],
      ['d', 41, 49],
      ['d', 55, 63],
      ['d', 77, 85],
    ]);
    for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.keyword);
  });

  it('counts whole tokens of context, plus the rest of a token the hit is inside', () => {
    // wink keeps "cyber-security" as one token; the hit "cyber" ends inside it.
    expect(lines(1, 'Our cyber-security policy is firm.', 'cyber')).toEqual([['Our', 'cyber', '-security policy']]);
    expect(lines(1, 'Our cyber-security policy is firm.', 'security')).toEqual([['Our cyber-', 'security', 'policy']]);
    // Intl.Segmenter keeps 国家安全 as one token; the hit 安全 starts inside it.
    expect(lines(1, '我们维护国家安全。', '安全', 'zh')).toEqual([['维护国家', '安全', '。']]);
  });

  it('works on Chinese, traditional text included', () => {
    expect(lines(2, '我们维护國家安全和网络安全。', '国家安全', 'zh')).toEqual([['我们维护', '國家安全', '和网络']]);
  });

  it('records window and nested in provenance', () => {
    expect(kwic([text], 'security', { window: 3 }).provenance.options).toEqual({ nested: 'inclusive', window: 3 });
    expect(kwic([text], 'security').provenance.options).toEqual({ nested: 'inclusive', window: 5 });
  });

  it('rejects a bad window with an OptionError naming it', () => {
    for (const window of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '5' as unknown as number]) {
      let error: unknown;
      try {
        kwic([text], 'security', { window });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(OptionError);
      expect((error as OptionError).details.option).toBe('window');
    }
  });

  it('rejects a bad term with a PatternError', () => {
    expect(() => kwic([text], '  ')).toThrow(PatternError);
  });
});
