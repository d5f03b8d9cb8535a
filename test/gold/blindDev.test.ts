import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { alignGold, evaluate, parseGold, predictGold, type AlignedGoldItem, type GoldItem } from '../../src/moves/index.js';
import { createDocument, type Document } from '../../src/text/document.js';
import { main } from '../../src/cli/main.js';
import { corpusDir, corpusFile, describeCorpus, goldAvailable, goldDir } from '../support/shared.js';

// The blind development sets (docs/scoring.md §6): positions and labels only; the sentences are
// read from ../shared/corpus at run time. Drawn by test/gold/sample_blind_dev.py.
const SETS = {
  'blind-dev.jsonl': { n: 90, strata: { '2017-ngaidp.en.txt': [15, 23], '2025-us-americas-ai-action-plan.en.txt': [14, 20], '2025-china-ai-plus-opinions.en.txt': [5, 13] } },
  'blind-dev-2.jsonl': { n: 45, strata: { '2017-ngaidp.en.txt': [8, 12], '2025-us-americas-ai-action-plan.en.txt': [8, 11], '2025-china-ai-plus-opinions.en.txt': [0, 6] } },
} as const;
type SetName = keyof typeof SETS;

// The sampling keyword regex of the annotation guidelines (§3), written out independently of the library.
const KEYWORD =
  /\b(?:(?:cyber|bio)?secur(?:e|ed|es|ing|ity|ities|ely)|defen[cs]es?|military|threat\w*|adversar\w*|risk\w*|safety|sovereign\w*|rac(?:e|es|ing)|competitions?|protect\w*|safeguard\w*)\b/iu;
// Guidelines §2: what may stand before a sentence on its line, and how a sentence may end.
const LABEL_BEFORE = /^(?:\s*(?:•|\(\d+\)|\d+\.|[IVXLC]+\.|Box \d+:|Pillar [IVXLC]+:))*\s*$/u;
const BREAK_BEFORE = /[.!?…]["”’')\]]*\s+$/u;
const SENTENCE_END = /[.!?…]["”’')\]]*$/u;
const NEXT_START = /^\s+[\p{Lu}\d“‘"'(•]/u;

const file = (name: SetName): string => resolve(__dirname, name);
const docs = new Map<string, Document>();
const documentFor = (name: string): Document => {
  let doc = docs.get(name);
  if (doc === undefined) {
    doc = createDocument({ id: name, text: readFileSync(corpusFile(name), 'utf8') });
    docs.set(name, doc);
  }
  return doc;
};

for (const name of Object.keys(SETS) as SetName[]) {
  describeCorpus(`the blind development set ${name}`, () => {
    const items: GoldItem[] = parseGold(readFileSync(file(name), 'utf8'), file(name));
    const aligned: AlignedGoldItem[] = alignGold(items, documentFor, file(name));

    it('has the stated size, no text field, and unique positions', () => {
      expect(items).toHaveLength(SETS[name].n);
      expect(items.every((i) => i.text === null && i.length !== null)).toBe(true);
      expect(new Set(items.map((i) => `${i.doc}@${i.offset}`)).size).toBe(items.length);
    });

    it('locates each sentence by code points: an independent Array.from slice gives the same text', () => {
      for (const a of aligned) {
        const byCodePoints = Array.from(documentFor(a.item.doc).text).slice(a.item.offset, a.item.offset + a.item.length!).join('');
        expect(byCodePoints).toBe(documentFor(a.item.doc).text.slice(a.start, a.end));
        expect(byCodePoints.replace(/\s+/gu, ' ')).toBe(a.item.text);
      }
    });

    it('every span is one sentence of the guidelines’ segmentation (§2): a label or a sentence break before, a sentence end after', () => {
      for (const a of aligned) {
        const text = documentFor(a.item.doc).text;
        const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
        const lineEnd = text.indexOf('\n', a.end) < 0 ? text.length : text.indexOf('\n', a.end);
        const before = text.slice(lineStart, a.start);
        const after = text.slice(a.end, lineEnd);
        expect(LABEL_BEFORE.test(before) || BREAK_BEFORE.test(before), `${a.item.id} starts mid-sentence`).toBe(true);
        expect(after.trim() === '' || (SENTENCE_END.test(a.item.text) && NEXT_START.test(after)), `${a.item.id} ends mid-sentence`).toBe(true);
      }
    });

    it('follows the stratified design: keyword / other sentences per document as drawn', () => {
      for (const [doc, [keyword, other]] of Object.entries(SETS[name].strata)) {
        const inDoc = aligned.filter((a) => a.item.doc === doc);
        expect(inDoc.filter((a) => KEYWORD.test(a.item.text))).toHaveLength(keyword);
        expect(inDoc.filter((a) => !KEYWORD.test(a.item.text))).toHaveLength(other);
      }
    });

    it('keeps notes in the annotator’s own words: no note repeats five consecutive words of its sentence', () => {
      for (const a of aligned) {
        const words = a.item.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        const note = ` ${(a.item.note ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;
        for (let k = 0; k + 5 <= words.length; k++) expect(note.includes(` ${words.slice(k, k + 5).join(' ')} `), a.item.id).toBe(false);
      }
    });

    it.skipIf(!goldAvailable)('shares no sentence with the dev set', () => {
      const dev = parseGold(readFileSync(resolve(goldDir, 'dev.jsonl'), 'utf8'), 'dev.jsonl');
      const devPositions = new Set(dev.map((d) => `${d.doc}@${d.offset}`));
      expect(items.filter((i) => devPositions.has(`${i.doc}@${i.offset}`))).toEqual([]);
    });

    it('the rules meet the targets on it (F1 ≥ 0.75 per speech act, ≥ 0.80 securitizing): a guard against regressions', () => {
      const result = evaluate(items, predictGold(aligned, new Set(aligned.map((a) => documentFor(a.item.doc)))));
      expect(result.n).toBe(SETS[name].n);
      for (const label of ['claim', 'warn', 'request'] as const) expect(result.labels[label].f1!, label).toBeGreaterThanOrEqual(0.75);
      expect(result.labels.securitizing.f1!).toBeGreaterThanOrEqual(0.8);
    });

    it('`securitization eval --gold` reads the text from the corpus; its counts match the file', async () => {
      let stdout = '';
      const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined, interactive: false, cwd: __dirname };
      const code = await main(['eval', '--gold', file(name), '--corpus', corpusDir, '--format', 'json'], io);
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as { n: number; labels: Record<string, { tp: number; fn: number }> };
      expect(result.n).toBe(SETS[name].n);
      // Independent count of the gold positives with a plain regular expression over the file.
      const raw = readFileSync(file(name), 'utf8');
      for (const label of ['claim', 'warn', 'request', 'securitizing']) {
        expect(result.labels[label]!.tp + result.labels[label]!.fn, label).toBe(raw.match(new RegExp(`"${label}": true`, 'gu'))?.length ?? 0);
      }
    });
  });
}
