import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { countTerms } from '../../src/count/countTerms.js';
import { matches } from '../../src/count/matches.js';
import { segment, isCountedToken } from '../../src/text/tokenize.js';
import { loadDocument } from '../../src/node/loadDocuments.js';
import { corpusAvailable, corpusDir, corpusFile, describeCorpus } from '../support/shared.js';

// Counts on every real text of ../shared/corpus, read at run time, against an independent count
// written here: a plain regular expression over the file text for English (\b boundaries, \s+
// between the words of a phrase, case-insensitive), substring counts after a hand-made
// traditional → simplified step for Chinese.

/** Header lines (`# …`) and block separators (`---`) are not document text (SOURCES.md). */
const notText = (line: string): boolean => line.startsWith('#') || line.trim() === '---';

const TERMS = [
  { label: 'security', pattern: 'security', independent: /\bsecurity\b/giu },
  { label: 'national security', pattern: 'national security', independent: /\bnational\s+security\b/giu },
  { label: 'safety', pattern: 'safety', independent: /\bsafety\b/giu },
  { label: 'national defence', pattern: 'national defen?e', independent: /\bnational\s+defen[cs]e\b/giu },
  { label: 'cyber security', pattern: 'cyber security | cyber-security | cybersecurity', independent: /\bcyber(?:\s+|\p{Pd})?security\b/giu },
  { label: 'secur*', pattern: 'secur*', independent: /\bsecur[a-z0-9]*\b/giu },
  { label: '安全', pattern: '安全', independent: '安全' },
  { label: '国家安全', pattern: '国家安全', independent: '国家安全' },
  { label: '国防', pattern: '国防', independent: '国防' },
  { label: '网络安全', pattern: '網絡安全', independent: '网络安全' },
] as const;

// Only the traditional characters of the terms above, so that the step is independent of OpenCC.
const TO_SIMPLIFIED: Readonly<Record<string, string>> = { 國: '国', 網: '网', 絡: '络' };

function independentCount(text: string, independent: RegExp | string): number {
  if (typeof independent !== 'string') return (text.match(independent) ?? []).length;
  const simplified = text.replace(/[國網絡]/gu, (c) => TO_SIMPLIFIED[c]!);
  return simplified.split(independent).length - 1;
}

const files = corpusAvailable ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort() : [];
const load = (name: string) => loadDocument(corpusFile(name), { ignoreLine: notText });
const terms = TERMS.map(({ label, pattern }) => ({ label, pattern }));

describeCorpus('countTerms and matches on the real corpus', () => {
  it('finds the five texts of SOURCES.md', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of files) {
    describe(name, () => {
      it('counts every term as the independent count does', async () => {
        const doc = await load(name);
        const text = readFileSync(corpusFile(name), 'utf8').split(/\r?\n/u).filter((line) => !notText(line)).join('\n');
        const counts = countTerms([doc], terms).map((r) => [r.term, r.count]);
        expect(counts).toEqual(TERMS.map((t) => [t.label, independentCount(text, t.independent)]));
      });

      it('slices every match back to its surface, which the independent expression matches', async () => {
        const doc = await load(name);
        const rows = matches([doc], terms);
        for (const row of rows) {
          expect(doc.text.slice(row.start, row.end)).toBe(row.surface);
          const independent = TERMS.find((t) => t.label === row.term)!.independent;
          if (typeof independent === 'string') {
            expect(row.surface.replace(/[國網絡]/gu, (c) => TO_SIMPLIFIED[c]!)).toBe(independent);
          } else {
            expect(new RegExp(`^(?:${independent.source})$`, 'iu').test(row.surface)).toBe(true);
          }
          expect(row.sentence).toContain(row.surface.split(/\s/u)[0]!);
        }
      });

      it('counts no more exclusively than inclusively', async () => {
        const doc = await load(name);
        const inclusive = countTerms([doc], terms);
        const exclusive = countTerms([doc], terms, { nested: 'exclusive' });
        exclusive.forEach((row, i) => expect(row.count).toBeLessThanOrEqual(inclusive[i]!.count));
      });

      it('counts only tokens with a letter or digit in the denominator', async () => {
        const doc = await load(name);
        const { tokens } = segment(doc);
        const counted = tokens.filter(isCountedToken);
        expect(counted.length).toBeGreaterThan(0);
        for (const token of tokens) expect(isCountedToken(token)).toBe(/[\p{L}\p{N}]/u.test(token.text));
        expect(countTerms([doc], ['security'])[0]!.tokens).toBe(counted.length);
      });

      it('gives identical JSON on two runs over freshly loaded documents', async () => {
        const run = async (): Promise<string> => {
          const doc = await load(name);
          return JSON.stringify([countTerms([doc], terms, { nested: 'exclusive' }), matches([doc], terms)]);
        };
        expect(await run()).toBe(await run());
      });
    });
  }

  // Hand counts stated in SOURCES.md, read from it at run time.
  it('matches the hand counts of SOURCES.md for the Chinese excerpts', async () => {
    const sources = readFileSync(corpusFile('SOURCES.md'), 'utf8');
    const simplified = /Counts in the document text[^:]*:\s*安全 (\d+)[^,]*, 国家安全 (\d+), 国防 (\d+), 网络安全 (\d+)/u.exec(sources);
    const traditional = /Counts: 安全 (\d+), 國家安全 (\d+)/u.exec(sources);
    expect(simplified).not.toBeNull();
    expect(traditional).not.toBeNull();
    const count = async (name: string, list: string[]): Promise<number[]> =>
      countTerms([await load(name)], list).map((r) => r.count);
    expect(await count('2017-ngaidp.zh.excerpts.txt', ['安全', '国家安全', '国防', '网络安全'])).toEqual(simplified!.slice(1).map(Number));
    expect(await count('2017-ngaidp.zh-hant.excerpt.txt', ['安全', '國家安全'])).toEqual(traditional!.slice(1).map(Number));
  });
});
