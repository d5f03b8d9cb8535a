import { describe, expect, it } from 'vitest';
import { evidenceFromText } from '../../src/index.js';
import { evidencePassage, mergeSpans } from '../../src/report/evidencePassage.js';

describe('mergeSpans', () => {
  it('sorts spans and merges overlapping ones, keeping touching ones apart', () => {
    expect(mergeSpans([{ start: 10, end: 14 }, { start: 0, end: 3 }, { start: 2, end: 5 }, { start: 5, end: 7 }])).toEqual([
      { start: 0, end: 5 },
      { start: 5, end: 7 },
      { start: 10, end: 14 },
    ]);
  });

  it('drops empty spans and keeps a contained span inside its container', () => {
    expect(mergeSpans([{ start: 4, end: 4 }, { start: 1, end: 9 }, { start: 2, end: 3 }])).toEqual([{ start: 1, end: 9 }]);
  });
});

describe('evidencePassage', () => {
  // Made-up text.
  const text = 'Intro. Threats <b>grow</b>; we must act. Outro.';
  const start = text.indexOf('Threats');
  const end = text.indexOf(' Outro');

  it('marks the evidence inside the passage and escapes all text', () => {
    const spans = [evidenceFromText('d', text, start, start + 7), evidenceFromText('d', text, text.indexOf('must'), text.indexOf('must') + 4)];
    expect(evidencePassage(text, start, end, spans).markup).toBe(
      '<mark class="evidence">Threats</mark> &lt;b&gt;grow&lt;/b&gt;; we <mark class="evidence">must</mark> act.',
    );
  });

  it('ignores evidence outside the passage', () => {
    expect(evidencePassage(text, start, end, [evidenceFromText('d', text, 0, 5)]).markup).toBe('Threats &lt;b&gt;grow&lt;/b&gt;; we must act.');
  });
});
