import { describe, it, expect } from 'vitest';
import { analysisSentences } from '../../src/moves/index.js';
import { createDocument } from '../../src/text/document.js';

// Made-up texts following the gold guidelines' segmentation rules (§2).
describe('analysisSentences', () => {
  it('strips list labels, skips short headings and run-in heads, and never spans two lines', () => {
    const text = [
      'III. Key Tasks', // a heading of fewer than five words: skipped
      '',
      '(3) Build new river ports for the northern provinces.',
      '',
      'Smart ports. Build cranes that load ships without drivers.', // "Smart ports." is a run-in head
      '',
      '• Train dock workers in remote operation of cranes',
      'Expand Cyber Training for Rural Utilities Now', // a heading of five words or more is kept
    ].join('\n');
    const sentences = analysisSentences(createDocument({ id: 'plan', text }));
    expect(sentences.map((s) => s.text)).toEqual([
      'Build new river ports for the northern provinces.',
      'Build cranes that load ships without drivers.',
      'Train dock workers in remote operation of cranes',
      'Expand Cyber Training for Rural Utilities Now',
    ]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('finds line starts after \\n, \\r\\n and a lone \\r alike: list labels are never sentences', () => {
    const lines = ['We will build strong ports in every province.', '', 'II. Key Tasks Ahead', '', '1. Build new river ports for the northern provinces.', '• Train dock workers in remote crane operation.'];
    const sentences = ['We will build strong ports in every province.', 'Build new river ports for the northern provinces.', 'Train dock workers in remote crane operation.'];
    for (const lineEnd of ['\n', '\r\n', '\r']) {
      const text = lines.join(lineEnd);
      const found = analysisSentences(createDocument({ id: 'breaks', text }));
      for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
      const texts = found.map((s) => s.text);
      expect(texts.filter((t) => sentences.includes(t))).toEqual(sentences);
      expect(texts.filter((t) => /^(?:II|1)\.$/u.test(t))).toEqual([]);
      // The short heading is skipped where lines are counted (\n); a text of lone \r has one line.
      if (lineEnd !== '\r') expect(texts).toEqual(sentences);
    }
  });

  it('strips Chinese list labels and splits at 。', () => {
    const text = '（一）加强港口建设。推进无人驾驶起重机研发。\n二、培养人才队伍和工程师。';
    const sentences = analysisSentences(createDocument({ id: 'zh', text }));
    expect(sentences.map((s) => s.text)).toEqual(['加强港口建设。', '推进无人驾驶起重机研发。', '培养人才队伍和工程师。']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives no sentence for a text of short headings only', () => {
    expect(analysisSentences(createDocument({ id: 'h', text: 'Key Tasks\n\nAnnex' }))).toEqual([]);
  });
});
