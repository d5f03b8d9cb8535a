// Fuzzing the tokenizers: segment() and normalizeText() on random and mutated made-up text.
// Checks: no crash but a SecuritizationError, no case over the time bound, and every span
// (tokens, sentences, normalized offsets) inside the text and in order.
import { beforeAll, describe, it, expect } from 'vitest';
import { createDocument, normalizeText, segment } from '../../src/index.js';
import { fuzz } from './fuzz.js';
import { mutatedText } from './mutate.js';

// Made-up samples in both languages, with the shapes that matter: line ends, quotes, dashes,
// full-width letters, traditional characters, emoji, invisible characters.
const SAMPLES = [
  'National security and cyber security matter.\r\n\r\nThe ministry warns: "act now!" — and it does.',
  "The state's security (and safety) is at stake... isn't it? Dr. Smith said so; 2017-07-08.",
  '维护国家安全。國家安全是頭等大事！网络安全和数据安全也很重要？\n第二段：人工智能安全。',
  'ＳＥＣＵＲＩＴＹ 安全 secu\u00ADrity re\u0301gime \u{1F6E1}\uFE0Fsecurity 1\uFE0F\u20E3 ﬁre STRASSE straße',
];

describe('fuzz: tokenizers', () => {
  // Building wink-nlp and OpenCC takes a few hundred milliseconds: not part of any case's time.
  beforeAll(() => {
    for (const text of SAMPLES) segment(createDocument(text));
    normalizeText(SAMPLES[2]!);
  });

  it('segment() on mutated and random text: tokens and sentences are valid spans, in order', () => {
    const stats = fuzz('segment', mutatedText(SAMPLES), 1200, (text) => {
      for (const lang of ['en', 'zh', undefined]) {
        const doc = createDocument({ id: 'fuzz', text, ...(lang === undefined ? {} : { lang }) });
        const { tokens, sentences } = segment(doc);
        let previous = 0;
        for (const t of tokens) {
          expect(t.start >= previous && t.start < t.end && t.end <= text.length && text.slice(t.start, t.end) === t.text).toBe(true);
          previous = t.end;
        }
        previous = 0;
        for (const s of sentences) {
          expect(s.start >= previous && s.start < s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text).toBe(true);
          previous = s.end;
        }
      }
    });
    expect(stats.rejected).toBeLessThan(stats.cases);
  });

  it('normalizeText() on mutated and random text: every normalized character maps into the original, in order', () => {
    fuzz('normalizeText', mutatedText(SAMPLES), 3000, (text) => {
      const { text: normalized, offsets } = normalizeText(text);
      let previousStart = 0;
      for (let i = 0; i < normalized.length; i++) {
        const [start, end] = offsets.span(i, i + 1);
        expect(start >= previousStart && start < end && end <= text.length, `normalized ${i} → [${start}, ${end})`).toBe(true);
        previousStart = start;
      }
      if (normalized.length > 0) expect(offsets.span(0, normalized.length)[1]).toBeLessThanOrEqual(text.length);
    });
  });
});
