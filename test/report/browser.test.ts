// Opens the HTML report in a real browser (headless Chromium through playwright-core) and checks
// what a reader sees: the charts and tables rendered, the keywords marked, no console error, no
// network request, no dialog from a hostile string. Chromium is a system package: install it with
// scripts/install-chromium.sh. Without it this test FAILS, unless SECURITIZATION_SKIP_BROWSER=1
// skips it explicitly.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { createDocument, findMoves, kwic, profile, securitizationLexicon, zeng2021, type Document, type TermInput } from '../../src/index.js';
import { readCorpus, reproduceCorpus } from '../../src/node.js';
import { DEFAULT_REPORT_TERMS, renderReport, type ReportInput } from '../../src/report/index.js';
import { corpusDir, describeCorpus } from '../support/shared.js';
import { expectedKwicLines, sampleDocuments, sampleTerms } from './fixture.js';

const CHROMIUM = process.env.SECURITIZATION_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const skip = process.env.SECURITIZATION_SKIP_BROWSER === '1';
if (skip) console.warn('\n*** SECURITIZATION_SKIP_BROWSER=1: the browser check of the HTML report is SKIPPED. ***\n');

const outputDir = resolve(__dirname, '../../test-output');
const scratch = mkdtempSync(join(tmpdir(), 'securitization-browser-'));
let context: BrowserContext | undefined;

/** What a reader of the page sees, read in the browser. */
interface Seen {
  readonly svgs: number;
  readonly renderedSvgs: number;
  readonly tableRows: number;
  readonly marks: number;
  readonly kwicMarks: number;
  readonly visibleMarks: number;
  readonly scripts: number;
  readonly images: number;
  readonly markBackground: string;
  readonly title: string;
  readonly requests: string[];
  readonly consoleErrors: string[];
  readonly dialogs: string[];
}

async function open(name: string, input: ReportInput): Promise<Seen> {
  // Kept under test-output/ (gitignored) beside its screenshot, for a person to look at.
  mkdirSync(outputDir, { recursive: true });
  const file = join(outputDir, `${name}.html`);
  writeFileSync(file, renderReport(input));
  const url = pathToFileURL(file).href;
  const page = await context!.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  const seen = await page.evaluate(() => {
    const all = (selector: string): Element[] => Array.from(document.querySelectorAll(selector));
    const visible = (el: Element): boolean => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    return {
      svgs: all('svg').length,
      // A chart counts as rendered when it has a real size and draws marks.
      renderedSvgs: all('svg').filter((svg) => svg.getBoundingClientRect().width > 300 && svg.querySelectorAll('rect, path, circle').length > 0).length,
      tableRows: all('table tr').length,
      marks: all('mark').length,
      kwicMarks: all('table.kwic mark').length,
      visibleMarks: all('mark').filter(visible).length,
      scripts: all('script').length,
      images: all('img').length,
      markBackground: getComputedStyle(document.querySelector('mark') ?? document.body).backgroundColor,
      title: document.title,
    };
  });
  await page.screenshot({ path: join(outputDir, `${name}.png`), fullPage: true });
  await page.close();
  return { ...seen, requests: requests.filter((r) => r !== url), consoleErrors, dialogs };
}

/** Spans left after merging overlapping ones: what the report marks as one piece of evidence each. */
function countMerged(spans: { start: number; end: number }[]): number {
  let count = 0;
  let end = -1;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start >= end) count++;
    end = Math.max(end, span.end);
  }
  return count;
}

/** Rows of every table and the marks the data implies, from the library's own results. */
function implied(docs: readonly Document[], terms: readonly TermInput[], reproductionRows: number): { tableRows: number; marks: number } {
  const kwicLimit = 5;
  const shown = terms.map((term) => {
    const lines = kwic(docs, term, { window: 6 });
    return docs.reduce((sum, doc) => sum + Math.min(kwicLimit, lines.filter((l) => l.docId === doc.id).length), 0);
  });
  const kwicRows = shown.filter((n) => n > 0).reduce((sum, n) => sum + 1 + n, 0);
  const profileRows = docs.map((doc) => profile(doc).components.length).reduce((sum, n) => sum + (n === 0 ? 0 : 1 + n), 0);
  const evidenceMarks = docs
    .flatMap((doc) => findMoves(doc).slice(0, 3))
    .reduce((sum, found) => sum + countMerged(found.move.speechActs.flatMap((a) => a.evidence ?? [])), 0);
  return {
    tableRows:
      1 + docs.length + 2 * (1 + terms.length) + kwicRows + 1 + securitizationLexicon.categories.length + profileRows + (reproductionRows > 0 ? 1 + reproductionRows : 0),
    marks: shown.reduce((a, b) => a + b, 0) + evidenceMarks,
  };
}

describe.skipIf(skip)('the HTML report in headless Chromium', () => {
  beforeAll(async () => {
    try {
      context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
        executablePath: CHROMIUM,
        headless: true,
        args: ARGS,
        viewport: { width: 1200, height: 900 },
        offline: true,
      });
    } catch (error) {
      throw new Error(
        `Cannot launch Chromium at ${CHROMIUM}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n` +
          'Install it with scripts/install-chromium.sh (or set SECURITIZATION_CHROMIUM to its path), ' +
          'or set SECURITIZATION_SKIP_BROWSER=1 to skip the browser check explicitly.',
      );
    }
  });

  afterAll(async () => {
    await context?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('renders the sample report: 2 charts, every table row and KWIC mark, no request, no error, no script run', async () => {
    const seen = await open('report-sample', { documents: sampleDocuments, terms: sampleTerms, title: 'Sample report <script>alert(1)</script>' });
    expect(seen.requests).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    expect(seen.scripts).toBe(0);
    expect(seen.images).toBe(0);
    expect(seen.title).toBe('Sample report <script>alert(1)</script>');
    // Bar chart and trend chart.
    expect(seen.svgs).toBe(2);
    expect(seen.renderedSvgs).toBe(2);
    // Corpus 1 + 3 documents, terms 1 + 5, counts 1 + 5, each KWIC table a header and its lines,
    // then the lexicon and profile tables.
    const kwicRows = expectedKwicLines.reduce((sum, n) => sum + 1 + n, 0);
    const want = implied(sampleDocuments.map((d) => createDocument(d)), sampleTerms, 0);
    expect(want.tableRows).toBe(4 + 6 + 6 + kwicRows + 1 + securitizationLexicon.categories.length + 3 * (1 + 5));
    expect(seen.tableRows).toBe(want.tableRows);
    // 15 keyword marks (the hand counts), and the trigger words of the two made-up moves.
    expect(seen.kwicMarks).toBe(15);
    expect(seen.marks).toBe(want.marks);
    expect(seen.visibleMarks).toBe(seen.marks);
    // The inline stylesheet applied (a broken one leaves <mark> with the browser's yellow, rgb(255, 255, 0)).
    expect(seen.markBackground).toBe('rgb(255, 229, 138)');
  });

  describeCorpus('on the shared corpus', () => {
    it('renders the report of the corpus with the default terms, counts as the data implies', async () => {
      const { documents, failures } = await readCorpus(corpusDir);
      expect(failures).toEqual([]);
      // Years from SOURCES.md, given here as docvars: 2017 plan, 2025 comparison texts.
      const dated = documents.map((doc) =>
        createDocument({ id: doc.id, text: doc.text, lang: doc.lang, meta: { ...doc.meta, year: doc.id.startsWith('2017') ? 2017 : 2025 } }),
      );
      const reproduction = await reproduceCorpus(zeng2021, corpusDir);
      const seen = await open('report-corpus', { documents: dated, title: 'Shared corpus', reproduction: { spec: zeng2021, rows: reproduction.rows } });
      const want = implied(dated, DEFAULT_REPORT_TERMS, reproduction.rows.length);
      expect(seen.requests).toEqual([]);
      expect(seen.consoleErrors).toEqual([]);
      expect(seen.svgs).toBe(2);
      expect(seen.renderedSvgs).toBe(2);
      expect(seen.tableRows).toBe(want.tableRows);
      expect(seen.marks).toBe(want.marks);
    });
  });
});
