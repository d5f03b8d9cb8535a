// Runs every example of examples/ so that none rots: on the made-up samples (exact values
// checked by hand), and on the shared corpus when it is present.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { createDocument, kwic, zeng2021 } from '../../src/index.js';
import { describeCorpus } from '../support/shared.js';
import * as countAndKwic from '../../examples/count-and-kwic.js';
import * as reproduceZeng from '../../examples/reproduce-zeng-2021.js';
import * as compareKeyness from '../../examples/compare-keyness.js';
import * as scoreDocument from '../../examples/score-document.js';
import * as plotTrend from '../../examples/plot-trend.js';
import * as htmlReport from '../../examples/html-report.js';
import { sampleDocuments } from '../../examples/sample.js';

const scratch = mkdtempSync(join(tmpdir(), 'securitization-examples-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const count = (rows: readonly { docId: string; term: string; count: number }[], docId: string, term: string): number | undefined =>
  rows.find((r) => r.docId === docId && r.term === term)?.count;

describe('examples on the made-up samples', () => {
  it('count-and-kwic: counts by hand, and one KWIC line per hit', async () => {
    const { counts, lines, hits } = await countAndKwic.main({ useCorpus: false });
    // sample-plan-2017: "security" in "national security" (twice), "Cyber security", "data security",
    // "the security of"; "cyber security" once; no Chinese.
    expect(count(counts, 'sample-plan-2017', 'security')).toBe(5);
    expect(count(counts, 'sample-plan-2017', 'national security')).toBe(2);
    expect(count(counts, 'sample-plan-2017', 'cyber security')).toBe(1);
    expect(count(counts, 'sample-plan-2017', '安全')).toBe(0);
    // sample-opinions-2025: 国家安全, 网络安全, 数据安全.
    expect(count(counts, 'sample-opinions-2025', '安全')).toBe(3);
    expect(count(counts, 'sample-opinions-2025', '国家安全')).toBe(1);
    expect(lines.length).toBe(hits.length);
    expect(lines.map((l) => l.keyword)).toEqual(hits.map((h) => h.surface));
    expect(lines.filter((l) => l.docId === 'sample-plan-2020').map((l) => l.keyword)).toEqual(['national security']);
  });

  it('reproduce-zeng-2021: the made-up excerpt gives excerpt rows, and the 2016 plan is missing', async () => {
    const { rows } = await reproduceZeng.main({ corpus: null });
    const excerpt = rows.filter((r) => r.input === 'sample-excerpt');
    expect(excerpt.every((r) => r.status === 'excerpt')).toBe(true);
    // 国家安全, 网络安全, 数据安全: three 安全 (inclusive nesting, Zeng's rule), one each of the others.
    expect(excerpt.find((r) => r.term === '安全')!.measured).toBe(3);
    expect(excerpt.find((r) => r.term === '国家安全')!.measured).toBe(1);
    expect(excerpt.find((r) => r.term === '网络安全')!.measured).toBe(1);
    expect(rows.filter((r) => r.doc === '2016-internet-plus-ai').every((r) => r.status === 'missing')).toBe(true);
  });

  it('compare-keyness: "security" is key to the made-up 2017 plan, "threat" occurs only in the action plan', async () => {
    const { targetKeywords, rows } = await compareKeyness.main({ useCorpus: false, top: 50 });
    const security = rows.find((r) => r.feature === 'security');
    // "security" occurs 5 times in the 2017 sample (the reference) and never in the action plan.
    expect(security).toMatchObject({ targetCount: 0, referenceCount: 5 });
    expect(security!.g2).toBeLessThan(0);
    expect(rows.find((r) => r.feature === 'threat')).toMatchObject({ targetCount: 1, referenceCount: 0 });
    expect(targetKeywords.every((r) => r.g2 > 0 && r.p < 0.05)).toBe(true);
  });

  it('score-document: a profile whose components add up to the score, and a move quoting the memo', () => {
    const { profile, moves } = scoreDocument.main();
    expect(profile.score).not.toBeNull();
    expect(profile.components.reduce((sum, c) => sum + c.contribution, 0)).toBeCloseTo(profile.score!, 10);
    expect(moves.length).toBeGreaterThan(0);
    for (const found of moves) {
      for (const act of found.move.speechActs) {
        for (const e of act.evidence ?? []) expect(scoreDocument.MEMO.text.slice(e.start, e.end)).toBe(e.quote);
      }
    }
    expect(moves[0]!.move.actor.name).toBe('Sample Ministry of Security');
  });

  it('plot-trend: writes an SVG with one panel per term and the rates of each year', async () => {
    const out = join(scratch, 'trend.svg');
    const { trend, svg } = await plotTrend.main({ out, useCorpus: false });
    expect(readFileSync(out, 'utf8')).toBe(svg);
    const doc = parseHTML(`<html><body>${svg}</body></html>`).document;
    expect(Array.from(doc.querySelectorAll('g[aria-label="text"] text')).map((t) => t.textContent)).toEqual(['security', 'national security', 'risk']);
    // 2025 joins the Chinese and the English samples: count over the two documents' tokens.
    const docs2025 = sampleDocuments.filter((d) => d.meta?.year === 2025).map((d) => createDocument(d));
    const security2025 = trend.find((r) => r.period === 2025 && r.term === 'security')!;
    expect(security2025.count).toBe(kwic(docs2025, 'security | 安全').length);
    expect(security2025.documents).toBe(2);
  });

  it('html-report: writes the report of the samples', () => {
    const out = join(scratch, 'report.html');
    const { page } = htmlReport.main({ out });
    expect(readFileSync(out, 'utf8')).toBe(page);
    const doc = parseHTML(page).document;
    expect(Array.from(doc.querySelectorAll('table.corpus tbody td:first-child')).map((td) => td.textContent)).toEqual(sampleDocuments.map((d) => d.id));
    expect(doc.querySelectorAll('svg').length).toBe(2);
  });
});

describeCorpus('examples on the shared corpus', () => {
  it('count-and-kwic counts the 2017 plan and its Chinese excerpts', async () => {
    const { counts, lines, hits } = await countAndKwic.main();
    expect(new Set(counts.map((r) => r.docId))).toEqual(new Set(['2017-ngaidp.en', '2017-ngaidp.zh.excerpts']));
    expect(lines.length).toBe(hits.length);
    expect(count(counts, '2017-ngaidp.en', 'national security')! + count(counts, '2017-ngaidp.zh.excerpts', '国家安全')!).toBe(hits.length);
  });

  it('reproduce-zeng-2021 gives a row for every published figure', async () => {
    const { rows } = await reproduceZeng.main();
    for (const figure of zeng2021.figures) {
      expect(rows.some((r) => r.doc === figure.document && r.figure === figure.term && r.published === figure.value)).toBe(true);
    }
    expect(rows.some((r) => r.input === '2017-ngaidp.en.txt' && r.status === 'translation')).toBe(true);
  });

  it('compare-keyness compares the two 2025 texts', async () => {
    const { target, reference, targetKeywords, referenceKeywords } = await compareKeyness.main();
    expect([target, reference]).toEqual(['2025-us-americas-ai-action-plan.en', '2025-china-ai-plus-opinions.en']);
    expect(targetKeywords.length).toBeGreaterThan(0);
    expect(referenceKeywords.length).toBeGreaterThan(0);
  });

  it('plot-trend draws 2017 and 2025', async () => {
    const { trend } = await plotTrend.main({ out: join(scratch, 'trend-corpus.svg') });
    expect([...new Set(trend.map((r) => r.period))]).toEqual([2017, 2025]);
  });
});
