import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { countTokens } from '../../src/count/termCounts.js';
import { createDocument } from '../../src/text/document.js';
import { countChineseWords, isCountedToken, segment } from '../../src/text/tokenize.js';
import { corpusDir, describeCorpus } from '../support/shared.js';

/** The independent count: the tokens `segment` keeps, filtered by `isCountedToken`. */
const segmentCount = (text: string): number => segment(createDocument({ id: 'zh', text, lang: 'zh' })).tokens.filter(isCountedToken).length;

// Made-up sentences.
const FIXTURES = [
  '我们要维护国家安全。',
  '到2030年，人工智能总体达到世界领先水平！网络安全：数据、算法与算力？',
  '國家安全是根基。\n\n\r\n  第二行，AI 与 5G 技术……（试点）',
  '「安全」——风险！！？结束',
  `${'长句没有句号但有逗号，'.repeat(150)}最后`,
  `${'无标点长句'.repeat(300)}`,
];

describe('countChineseWords', () => {
  it('counts words and numbers, not punctuation or spaces', () => {
    // 我们 | 要 | 维护 | 国家安全 | 。: four words by Intl.Segmenter's dictionary, the full stop not counted.
    expect(countChineseWords('我们要维护国家安全。')).toBe(4);
    expect(countChineseWords('我们要维护国家安全。')).toBe(segmentCount('我们要维护国家安全。'));
    expect(countChineseWords('，。！？ 、')).toBe(0);
    expect(countChineseWords('')).toBe(0);
  });

  it('gives the count of segment() on made-up fixtures, long sentences cut into pieces included', () => {
    for (const text of FIXTURES) expect([text.slice(0, 20), countChineseWords(text)]).toEqual([text.slice(0, 20), segmentCount(text)]);
  });

  it('gives the count of segment() on random mixes of Chinese, Latin, digits, punctuation and line breaks', () => {
    const piece = fc.constantFrom('国家', '安全', '國家', '维护', '人工智能', 'AI', '5G', '2030', '年', '。', '！', '？', '，', '、', '“', '”', '（', '）', ' ', '\n', '\r\n', '\n\n', '…', 'é', '🙂', 'ｱ');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        fc.pre(text.trim() !== '');
        expect(countChineseWords(text)).toBe(segmentCount(text));
      }),
      { numRuns: 1500, seed: 5 },
    );
  });

  it('is what countTokens gives for Chinese, whether or not segment() has run', () => {
    const text = FIXTURES[1]!;
    expect(countTokens(createDocument({ id: 'fresh', text, lang: 'zh' }))).toBe(segmentCount(text));
    const doc = createDocument({ id: 'segmented', text, lang: 'zh' });
    segment(doc);
    expect(countTokens(doc)).toBe(segmentCount(text));
  });
});

describeCorpus('countChineseWords on the corpus', () => {
  it('gives the count of segment() on every corpus text, read as Chinese', () => {
    const names = readdirSync(corpusDir).filter((name) => name.endsWith('.txt'));
    expect(names.some((name) => name.includes('.zh'))).toBe(true);
    for (const name of names) {
      const text = readFileSync(`${corpusDir}/${name}`, 'utf8');
      expect([name, countChineseWords(text)]).toEqual([name, segmentCount(text)]);
    }
  }, 120_000);
});
