import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { alignGold, evaluate, parseGold, predictGold, type GoldItem } from '../../src/moves/index.js';
import { createDocument, type Document } from '../../src/text/document.js';
import { corpusFile, describeCorpus } from '../support/shared.js';

// The blind Chinese development set (docs/scoring.md §6): every sentence of the Chinese excerpts
// of the 2017 plan that is a clause (title, number, signature, date and headings left out),
// annotated by the guidelines before the rules were run on it (it was committed before its first
// evaluation). Positions and labels only; the sentences are read from ../shared/corpus.
const FILE = resolve(__dirname, 'blind-zh.jsonl');
const SIMPLIFIED = '2017-ngaidp.zh.excerpts.txt';
const TRADITIONAL = '2017-ngaidp.zh-hant.excerpt.txt';
// Pairs of one sentence in both scripts: the traditional excerpt repeats a passage of the simplified one.
const TWINS = [
  ['ngaidp2017zh-008', 'ngaidp2017hant-023'],
  ['ngaidp2017zh-009', 'ngaidp2017hant-024'],
] as const;

const docs = new Map<string, Document>();
const documentFor = (name: string): Document => {
  let doc = docs.get(name);
  if (doc === undefined) docs.set(name, (doc = createDocument({ id: name, text: readFileSync(corpusFile(name), 'utf8') })));
  return doc;
};

describeCorpus('the blind Chinese development set blind-zh.jsonl', () => {
  const items: GoldItem[] = parseGold(readFileSync(FILE, 'utf8'), FILE);
  const aligned = alignGold(items, documentFor, FILE);

  it('has 25 sentences, 22 simplified and 3 traditional, no text field, unique positions', () => {
    expect(items).toHaveLength(25);
    expect(items.filter((i) => i.doc === SIMPLIFIED)).toHaveLength(22);
    expect(items.filter((i) => i.doc === TRADITIONAL)).toHaveLength(3);
    expect(items.every((i) => i.text === null && i.length !== null)).toBe(true);
    expect(new Set(items.map((i) => `${i.doc}@${i.offset}`)).size).toBe(items.length);
  });

  it('every span is one sentence: it starts a line or follows 。！？, and ends one (or is cut off by the excerpt, where its note says so)', () => {
    for (const a of aligned) {
      const text = documentFor(a.item.doc).text;
      const before = text.slice(text.lastIndexOf('\n', a.start - 1) + 1, a.start);
      const lineEnd = text.indexOf('\n', a.end) < 0 ? text.length : text.indexOf('\n', a.end);
      const after = text.slice(a.end, lineEnd);
      expect(before.trim() === '' || /[。！？]$/u.test(before), `${a.item.id} starts mid-sentence`).toBe(true);
      const sentence = text.slice(a.start, a.end);
      expect(/[。！？]$/u.test(sentence) || after.trim() === '', `${a.item.id} ends mid-sentence`).toBe(true);
      if (!/[。！？]$/u.test(sentence)) expect(a.item.note, `${a.item.id} is cut off`).toMatch(/cut off by the excerpt/u);
    }
  });

  it('keeps notes in the annotator’s own words: no Chinese character in any note', () => {
    for (const item of items) expect(/\p{Script=Han}/u.test(item.note ?? ''), item.id).toBe(false);
  });

  it('labels each sentence the same in both scripts, in the gold and in the rules', () => {
    const predicted = predictGold(aligned, new Set(aligned.map((a) => documentFor(a.item.doc))));
    const byId = new Map(items.map((item, k) => [item.id, { gold: item, rules: predicted[k]! }]));
    for (const [simplified, traditional] of TWINS) {
      const [s, t] = [byId.get(simplified)!, byId.get(traditional)!];
      const labels = (x: { claim: boolean; warn: boolean; request: boolean; securitizing: boolean }) => [x.claim, x.warn, x.request, x.securitizing];
      expect(labels(t.gold), traditional).toEqual(labels(s.gold));
      expect(labels(t.rules), traditional).toEqual(labels(s.rules));
    }
  });

  it('evaluates with the measured figures of docs/scoring.md: positives counted independently in the file', () => {
    const result = evaluate(items, predictGold(aligned, new Set(aligned.map((a) => documentFor(a.item.doc)))));
    const raw = readFileSync(FILE, 'utf8');
    for (const label of ['claim', 'warn', 'request', 'securitizing'] as const) {
      expect(result.labels[label].tp + result.labels[label].fn, label).toBe(raw.match(new RegExp(`"${label}":\\s*true`, 'gu'))?.length ?? 0);
    }
    const scoring = readFileSync(resolve(__dirname, '../../docs/scoring.md'), 'utf8');
    const f1 = (label: 'claim' | 'warn' | 'request' | 'securitizing'): string => result.labels[label].f1!.toFixed(2);
    expect(scoring).toContain(`| blind-zh.jsonl (25, Chinese) | ${f1('claim')} | ${f1('warn')} | ${f1('request')} | ${f1('securitizing')} |`);
  });
});
