import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { segment, type Token } from '../../src/text/tokenize.js';

// Made-up fixtures; expectations counted by hand.
const tokensOf = (text: string, lang: 'en' | 'zh'): string[] =>
  segment(createDocument({ id: 'x', text, lang })).tokens.map((t) => `${t.text}:${t.kind}`);
const sentencesOf = (text: string, lang: 'en' | 'zh'): string[] =>
  segment(createDocument({ id: 'x', text, lang })).sentences.map((s) => s.text);

/** Tokens and sentences slice back to their text, in order, without overlap. */
function spansAreExact(text: string, lang: 'en' | 'zh'): boolean {
  const { tokens, sentences } = segment(createDocument({ id: 'x', text, lang }));
  let previousEnd = 0;
  for (const t of tokens) {
    if (t.start < previousEnd || t.end <= t.start || text.slice(t.start, t.end) !== t.text) return false;
    previousEnd = t.end;
  }
  previousEnd = 0;
  for (const [i, s] of sentences.entries()) {
    if (s.index !== i || s.start < previousEnd || text.slice(s.start, s.end) !== s.text || s.text.trim() !== s.text) return false;
    previousEnd = s.end;
  }
  return true;
}

describe('segment', () => {
  it('tokenizes English with wink: words, numbers, punctuation, symbols', () => {
    expect(tokensOf('National security, in 2017, mattered: 3 plans!', 'en')).toEqual([
      'National:word', 'security:word', ',:punctuation', 'in:word', '2017:number', ',:punctuation',
      'mattered:word', '::punctuation', '3:number', 'plans:word', '!:punctuation',
    ]);
    expect(tokensOf('🔒 Pay $5 now', 'en')).toEqual(['🔒:symbol', 'Pay:word', '$:symbol', '5:number', 'now:word']);
  });

  it('never calls a token without a letter or digit a word (wink calls •, ？ and « words)', () => {
    expect(tokensOf('• Bullet ？ «quoted» → next ½', 'en')).toEqual([
      '•:punctuation', 'Bullet:word', '？:punctuation', '«:punctuation', 'quoted:word', '»:punctuation', '→:symbol', 'next:word', '½:word',
    ]);
  });

  it('drops the empty token wink emits inside ".." after a non-ASCII word', () => {
    expect(tokensOf('naïve..a', 'en')).toEqual(['naïve:word', '.:punctuation', '.:punctuation', 'a:word']);
    expect(spansAreExact('cafe\u0301..The end', 'en')).toBe(true);
  });

  it('splits English sentences with wink (abbreviations kept) within blank-line paragraphs', () => {
    expect(sentencesOf('Dr. Smith spoke. National security is key!\n\nNew para on security? Yes.', 'en')).toEqual([
      'Dr. Smith spoke.',
      'National security is key!',
      'New para on security?',
      'Yes.',
    ]);
  });

  it('handles CRLF text: no line-break tokens, a blank CRLF line ends a paragraph', () => {
    const text = 'First line.\r\nSecond line\r\n\r\nNew paragraph here. And a second sentence!';
    expect(tokensOf(text, 'en').filter((t) => /\r|\n/.test(t))).toEqual([]);
    expect(sentencesOf(text, 'en')).toEqual(['First line.', 'Second line', 'New paragraph here.', 'And a second sentence!']);
    expect(spansAreExact(text, 'en')).toBe(true);
  });

  it('segments Chinese with Intl.Segmenter, punctuation apart from words and numbers', () => {
    expect(tokensOf('国家，安全。2017！', 'zh')).toEqual([
      '国家:word', '，:punctuation', '安全:word', '。:punctuation', '2017:number', '！:punctuation',
    ]);
  });

  it('splits Chinese sentences after 。！？ (closing quotes kept) and at line breaks', () => {
    expect(sentencesOf('我们维护国家安全。網絡安全很重要！\n第三句没有句号\r\n“国防”呢？是的！！」下一句', 'zh')).toEqual([
      '我们维护国家安全。',
      '網絡安全很重要！',
      '第三句没有句号',
      '“国防”呢？',
      '是的！！」',
      '下一句',
    ]);
  });

  it('gives exact spans on random mixed text in both languages', () => {
    const pieces = ['a', 'Security', ' ', '\n', '\r\n', '\n\n', '.', '!', '?', "'", '’', '-', '\u00AD', '\u200B', 'e\u0301', '😀', 'Ｓ', '国家', '安全', '國', '。', '，', '2017', '$', 'Dr.', 'U.S.', '\u3000'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 50 }), fc.constantFrom('en' as const, 'zh' as const), (parts, lang) => {
        const text = parts.join('');
        return text.trim() === '' || spansAreExact(text, lang);
      }),
      { numRuns: 400 },
    );
  });

  it('caches the segmentation per document object', () => {
    const doc = createDocument('Security first.');
    expect(segment(doc)).toBe(segment(doc));
  });

  // wink-nlp's tokenizer is quadratic in the length of a run without whitespace and
  // Intl.Segmenter slows down super-linearly on long strings: before the fix, 20,000 "!" took
  // 1.5 s and 100,000 Chinese characters without a full stop 4.4 s (minutes for a megabyte).
  it('stays fast on long runs without whitespace or sentence ends, and keeps spans exact', () => {
    const cases: [string, 'en' | 'zh'][] = [
      ['!'.repeat(200_000), 'en'],
      ['ab-'.repeat(70_000), 'en'],
      [`A${'a'.repeat(150_000)}😀${'b'.repeat(50_000)} done.`, 'en'],
      ['国家安全和发展'.repeat(30_000), 'zh'],
    ];
    for (const [text, lang] of cases) {
      const started = performance.now();
      const { tokens } = segment(createDocument({ id: 'long', text, lang }));
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(5_000); // measured 0.1–0.7 s each
      expect(tokens.length).toBeGreaterThan(0);
      expect(tokens.every((t: Token) => text.slice(t.start, t.end) === t.text)).toBe(true);
      // Nothing is lost: the tokens cover every non-space character.
      expect(tokens.reduce((n, t) => n + t.text.length, 0)).toBe(text.replace(/\s/gu, '').length);
    }
  });
});
