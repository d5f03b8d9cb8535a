// CRLF and lone CR line ends: phrases match across them, sentences split as with LF, and spans
// keep pointing into the original text. Every text here is made up.
import { describe, it, expect } from 'vitest';
import { countTerms, createDocument, matches, segment } from '../../src/index.js';

const LINE_ENDS = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['CR', '\r'],
] as const;

const english = (nl: string): string =>
  `The ministry warned of threats to national${nl}security.${nl}Cyber security is next.${nl}${nl}A new paragraph on${nl}national security begins here.`;

describe.each(LINE_ENDS)('bad input: %s line ends in English', (_name, nl) => {
  const doc = createDocument({ id: 'en', text: english(nl) });

  it('a phrase matches across the line end, and the span covers the line end as written', () => {
    const rows = matches([doc], ['national security']);
    expect(rows.map((r) => r.surface)).toEqual([`national${nl}security`, 'national security']);
    for (const r of rows) expect(doc.text.slice(r.start, r.end)).toBe(r.surface);
  });

  it('counts are those of the LF text: 2 × "national security", 3 × "security", 20 tokens', () => {
    // Tokens by hand: 7 words + "security" (8), "Cyber security is next" (4), 8 in the last sentence.
    expect(countTerms([doc], ['national security', 'security']).map((r) => [r.count, r.tokens])).toEqual([
      [2, 20],
      [3, 20],
    ]);
  });

  it('sentences split at the sentence ends and the blank line, not at the single line ends', () => {
    expect(segment(doc).sentences.map((s) => s.text)).toEqual([
      `The ministry warned of threats to national${nl}security.`,
      'Cyber security is next.',
      `A new paragraph on${nl}national security begins here.`,
    ]);
  });
});

describe.each(LINE_ENDS)('bad input: %s line ends in Chinese', (_name, nl) => {
  const doc = createDocument({ id: 'zh', text: `我们必须维护国家${nl}安全${nl}网络安全很重要。第二句话${nl}${nl}新的段落。` });

  it('a line end ends a Chinese sentence, as a full stop does', () => {
    expect(segment(doc).sentences.map((s) => s.text)).toEqual(['我们必须维护国家', '安全', '网络安全很重要。', '第二句话', '新的段落。']);
  });

  it('the phrase "国家 安全" matches across the line end; "国家安全" (no space) does not (a hard wrap splits a word)', () => {
    expect(countTerms([doc], ['国家 安全', '国家安全', '安全']).map((r) => r.count)).toEqual([1, 0, 2]);
    expect(matches([doc], ['国家 安全'])[0]!.surface).toBe(`国家${nl}安全`);
  });
});
