// Unicode edge cases inside documents and terms. Every text here is made up.
import { describe, it, expect } from 'vitest';
import { countTerms, createDocument, matches, parsePattern } from '../../src/index.js';
import { PatternError } from '../../src/errors.js';
import { caught, literalCount } from './support.js';

/** [start, end, surface] of every hit of `term`, in text order. */
const hits = (text: string, term: string): [number, number, string][] =>
  matches([text], [term]).map((r) => [r.start, r.end, r.surface]);

describe('bad input: mixed scripts', () => {
  const text = 'The plan says 维护国家安全 and national security matter. 網絡安全 too.';

  it('English and Chinese in one document: each term counts in its script, whatever the language', () => {
    expect(createDocument(text).lang).toBe('en'); // 10 Han characters × 3 < 33 Latin letters
    for (const lang of ['en', 'zh']) {
      const doc = createDocument({ id: lang, text, lang });
      // 安全 twice: in 国家安全 and in the traditional 網絡安全; 网络安全 once (the traditional one).
      expect(countTerms([doc], ['national security', '安全', '网络安全', 'plan']).map((r) => r.count)).toEqual([1, 2, 1, 1]);
    }
  });

  it('full-width Latin letters, digits and the ideographic space match the half-width pattern', () => {
    const fullWidth = 'ＮＡＴＩＯＮＡＬ\u3000ＳＥＣＵＲＩＴＹ and Ｓｅｃｕｒｉｔｙ２０２５';
    expect(hits(fullWidth, 'national security')).toEqual([[0, 17, 'ＮＡＴＩＯＮＡＬ\u3000ＳＥＣＵＲＩＴＹ']]);
    expect(hits(fullWidth, 'security')).toEqual([[9, 17, 'ＳＥＣＵＲＩＴＹ']]);
    expect(hits(fullWidth, 'security2025')).toEqual([[22, 34, 'Ｓｅｃｕｒｉｔｙ２０２５']]);
  });
});

describe('bad input: invisible characters inside a term', () => {
  it.each([
    ['soft hyphen', '\u00AD'],
    ['zero-width space', '\u200B'],
    ['zero-width non-joiner', '\u200C'],
    ['word joiner', '\u2060'],
  ])('a %s inside "security" is ignored, and the span keeps it', (_name, invisible) => {
    const text = `Our secu${invisible}rity.`;
    expect(hits(text, 'security')).toEqual([[4, 13, `secu${invisible}rity`]]);
  });

  it('a BOM inside the text (files glued together) does not hide the word after it', () => {
    expect(hits('Security.\uFEFFSecurity.', 'security')).toEqual([
      [0, 8, 'Security'],
      [10, 18, 'Security'],
    ]);
  });
});

describe('bad input: combining characters', () => {
  const text = 'The re\u0301gime, the r\u00E9gime, the regime.';

  it('decomposed and precomposed é are one letter: both spellings match either pattern', () => {
    const expected = [
      [4, 11, 're\u0301gime'],
      [17, 23, 'r\u00E9gime'],
    ];
    expect(hits(text, 'r\u00E9gime')).toEqual(expected);
    expect(hits(text, 're\u0301gime')).toEqual(expected);
    expect(hits(text, 'regime')).toEqual([[29, 35, 'regime']]);
  });

  it('a combining mark on the last letter makes another word: "security" + U+0301 is not "security"', () => {
    expect(hits('Their security\u0301 and our security.', 'security')).toEqual([[24, 32, 'security']]);
  });
});

describe('bad input: emoji', () => {
  const text = 'Security\u{1F512} and \u{1F468}\u200D\u{1F469}\u200D\u{1F467} security; \u{1F6E1}\uFE0Fsecurity! 1\uFE0F\u20E3security';

  it('emoji beside a word do not hide it, with or without a variation selector or keycap', () => {
    // Fixed: U+FE0F (after 🛡) and U+20E3 (keycap) were word characters and glued the emoji onto "security".
    expect(hits(text, 'security').map(([s, e]) => text.slice(s, e))).toEqual(['Security', 'security', 'security', 'security']);
  });

  it('spans never split a surrogate pair, and an emoji term matches as written', () => {
    for (const [start, end] of [...hits(text, 'security'), ...hits(text, '\u{1F512}')]) {
      for (const at of [start, end]) {
        const unit = text.charCodeAt(at);
        expect(unit >= 0xdc00 && unit <= 0xdfff, `offset ${at} is inside a surrogate pair`).toBe(false);
      }
    }
    expect(hits(text, '\u{1F512}')).toEqual([[8, 10, '\u{1F512}']]);
    expect(hits(text, '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}')).toEqual([[15, 23, '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}']]);
  });
});

describe('bad input: terms that are only punctuation', () => {
  const text = 'Wait... what?! ... yes!! ok ....';

  it.each(['...', '!!'])('the punctuation term %j counts like a non-overlapping literal search', (term) => {
    expect(countTerms([text], [term])[0]!.count).toBe(literalCount(text, term));
    expect(literalCount(text, term)).toBe(term === '...' ? 3 : 1);
  });

  it('a lone wildcard is a PatternError, its escaped form a literal', async () => {
    const error = await caught(PatternError, () => parsePattern('?'));
    expect(error.details.pattern).toBe('?');
    expect(hits(text, '\\?')).toEqual([[12, 13, '?']]);
  });

  it('every dash is one dash: "-" and "—" each match hyphen, en dash, em dash and U+2010', () => {
    const dashes = 'a - b – c — d ‐ e';
    const expected = [...dashes.matchAll(/\p{Pd}/gu)].map((m) => [m.index, m.index + 1, m[0]]);
    expect(expected).toHaveLength(4);
    expect(hits(dashes, '-')).toEqual(expected);
    expect(hits(dashes, '—')).toEqual(expected);
  });
});
