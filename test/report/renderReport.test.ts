import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  countDictionary,
  countTokens,
  createDocument,
  DocumentError,
  findMoves,
  kwic,
  OptionError,
  PatternError,
  profile,
  reproduce,
  securitizationLexicon,
  zeng2021,
} from '../../src/index.js';
import { DEFAULT_REPORT_TERMS, renderReport } from '../../src/report/index.js';
import { sha256 } from '../../src/node.js';
import { expectedCounts, expectedKwicLines, HOSTILE_ATTRIBUTE, HOSTILE_SCRIPT, sampleDocuments, sampleTerms } from './fixture.js';

const render = (extra: Partial<Parameters<typeof renderReport>[0]> = {}): string =>
  renderReport({ documents: sampleDocuments, terms: sampleTerms, title: `Report ${HOSTILE_SCRIPT}`, ...extra });

const dom = (page: string) => parseHTML(page).document;
const texts = (nodes: ArrayLike<{ textContent: string | null }>): string[] => Array.from(nodes).map((n) => (n.textContent ?? '').trim());

describe('renderReport', () => {
  const page = render();
  const doc = dom(page);

  it('writes one self-contained page: inline CSS, inline SVG, no scripts, no external references', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed').length).toBe(0);
    expect(doc.querySelectorAll('style').length).toBeGreaterThan(0);
    // No URL that a browser would fetch: only the SVG namespace, which is an identifier, not a fetch.
    const urls = page.match(/(?:https?:|\/\/)[^\s"'<>)]*/gu) ?? [];
    expect(urls.filter((u) => u !== 'http://www.w3.org/2000/svg')).toEqual([]);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
  });

  it('escapes hostile strings in the title, ids, text, metadata keys and values, and term labels', () => {
    expect(page.toLowerCase()).not.toContain('<script');
    expect(page.toLowerCase()).not.toContain('<img');
    const onAttributes = Array.from(doc.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).map((a) => a.name)).filter((n) => n.startsWith('on'));
    expect(onAttributes).toEqual([]);
    expect(doc.querySelector('title')!.textContent).toBe(`Report ${HOSTILE_SCRIPT}`);
    expect(doc.querySelector('h1')!.textContent).toBe(`Report ${HOSTILE_SCRIPT}`);
    // The hostile id shows as text in the corpus table, the counts header, the chart and the KWIC lines.
    expect(texts(doc.querySelectorAll('table.corpus td:first-child'))).toContain(HOSTILE_ATTRIBUTE);
    expect(texts(doc.querySelectorAll('table.counts th'))).toContain(HOSTILE_ATTRIBUTE);
    expect(texts(doc.querySelectorAll('svg text'))).toContain(HOSTILE_ATTRIBUTE);
    expect(texts(doc.querySelectorAll('table.kwic td.doc'))).toContain(HOSTILE_ATTRIBUTE);
    const docvars = texts(doc.querySelectorAll('ul.docvars li'));
    expect(docvars).toContain('note: <script>alert(2)</script>');
    expect(docvars).toContain(`${HOSTILE_ATTRIBUTE}: ${HOSTILE_SCRIPT}`);
    expect(texts(doc.querySelectorAll('table.counts td:first-child'))).toContain('<script>alert(3)</script>');
    expect(texts(doc.querySelectorAll('svg text'))).toContain('<script>alert(3)</script>');
    // KWIC context around the hostile document's hits is text too, exactly as kwic() gives it.
    const lines = kwic(sampleDocuments, 'alert', { window: 6 });
    const shown = Array.from(doc.querySelectorAll('table.kwic')).at(-1)!.querySelectorAll('tbody tr');
    expect(Array.from(shown).map((tr) => texts(tr.querySelectorAll('td.pre, td.kw, td.post')))).toEqual(lines.map((l) => [l.pre, l.keyword, l.post]));
    expect(lines.some((l) => l.pre.includes('<script>'))).toBe(true);
  });

  it('lists each document with its language, tokens, sha256 and docvars', () => {
    const rows = Array.from(doc.querySelectorAll('table.corpus tbody tr'));
    expect(rows.length).toBe(3);
    sampleDocuments.forEach((input, i) => {
      const cells = texts(rows[i]!.querySelectorAll('td'));
      const created = createDocument(input);
      expect(cells[0]).toBe(input.id);
      expect(cells[1]).toBe(i === 1 ? 'zh' : 'en');
      expect(cells[2]).toBe(countTokens(created).toLocaleString('en-US'));
      expect(cells[6]).toContain(sha256(input.text));
    });
    expect(texts(rows[0]!.querySelectorAll('ul.docvars li'))).toEqual(['year: 2017', 'issuer: Sample Council']);
  });

  it('states the provenance: library version, tokenizer, model and options', () => {
    const provenance = doc.querySelector('dl.provenance')!.textContent!;
    expect(provenance).toMatch(/securitization \d+\.\d+\.\d+/u);
    expect(provenance).toContain('wink-nlp@');
    expect(provenance).toContain('wink-eng-lite-web-model@');
    expect(provenance).toContain('Intl.Segmenter');
    expect(provenance).toContain('nested="inclusive"');
    expect(provenance).toContain('kwicWindow=6');
  });

  it('tabulates the hand-counted counts, each with its rate per 10,000 tokens', () => {
    const header = texts(doc.querySelectorAll('table.counts thead th'));
    expect(header).toEqual(['term', ...sampleDocuments.map((d) => d.id)]);
    const rows = Array.from(doc.querySelectorAll('table.counts tbody tr'));
    expect(rows.length).toBe(sampleTerms.length);
    rows.forEach((row, t) => {
      const cells = Array.from(row.querySelectorAll('td'));
      sampleDocuments.forEach((input, d) => {
        const cell = cells[d + 1]!;
        const count = expectedCounts[input.id]![t]!;
        const rate = cell.querySelector('.rate')!.textContent!;
        expect(cell.textContent).toBe(`${count}${rate}`);
        expect(rate).toBe(((count / countTokens(createDocument(input))) * 10_000).toFixed(2));
      });
    });
  });

  it('draws one bar per document × term and a trend panel per term that occurs in a dated document', () => {
    const svgs = Array.from(doc.querySelectorAll('svg'));
    expect(svgs.length).toBe(2);
    expect(svgs[0]!.querySelectorAll('g[aria-label="bar"] rect').length).toBe(sampleDocuments.length * sampleTerms.length);
    // The two dated documents hold security, national security, threat and risk, not "alert".
    expect(svgs[1]!.querySelectorAll('g[aria-label="line"] path').length).toBe(4);
    expect(svgs[1]!.querySelectorAll('g[aria-label="dot"] circle').length).toBe(4 * 2);
    const trend = doc.querySelector('#trend')!.textContent!;
    expect(trend).toContain(`Not in the trend: ${HOSTILE_ATTRIBUTE} (no year`);
    expect(trend).toContain('Not charted (no occurrence in a dated document): <script>alert(3)</script>');
  });

  it('shows every KWIC line with its keyword in <mark>, up to the limit per term and document', () => {
    const marks = texts(doc.querySelectorAll('table.kwic mark'));
    expect(marks.length).toBe(expectedKwicLines.reduce((a, b) => a + b, 0));
    expect(doc.querySelectorAll('table.kwic mark').length).toBe(doc.querySelectorAll('mark:not(.evidence)').length);
    expect(marks.filter((m) => /^(security|安全)$/iu.test(m)).length).toBe(expectedKwicLines[0]! - 0);
    const tables = Array.from(doc.querySelectorAll('table.kwic'));
    expect(tables.map((t) => t.querySelectorAll('tbody tr').length)).toEqual(expectedKwicLines);
    // At most 2 lines per term and document: security has 3 in two documents and 1 in the third.
    const limited = dom(render({ kwicLimit: 2 }));
    const perDocument = sampleTerms.map((_, t) => sampleDocuments.reduce((sum, d) => sum + Math.min(2, expectedCounts[d.id]![t]!), 0));
    expect(perDocument).toEqual([5, 3, 1, 2, 2]);
    expect(Array.from(limited.querySelectorAll('table.kwic')).map((t) => t.querySelectorAll('tbody tr').length)).toEqual(perDocument);
    expect(limited.querySelector('#kwic h3')!.textContent).toBe('security (7 lines; the first 2 of each document shown)');
    expect(texts(limited.querySelectorAll('table.kwic')[0]!.querySelectorAll('td.doc'))).toEqual([
      'sample-plan-2017', 'sample-plan-2017', 'sample-opinions-2025', 'sample-opinions-2025', HOSTILE_ATTRIBUTE,
    ]);
  });

  it('gives the keyword exactly as it stands in the text, at its offset', () => {
    const first = doc.querySelector('table.kwic tbody tr')!;
    const [docId, offset, , keyword] = texts(first.querySelectorAll('td'));
    const text = sampleDocuments.find((d) => d.id === docId)!.text;
    expect(text.slice(Number(offset), Number(offset) + keyword!.length)).toBe(keyword);
    expect(keyword).toBe('security');
    expect(Number(offset)).toBe(text.indexOf('national security') + 'national '.length);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(render()).toBe(page);
  });

  it('says there is no trend when no document carries a year, and draws only the bar chart', () => {
    const undated = dom(renderReport({ documents: ['Security first. Made-up sample.'], terms: ['security'] }));
    expect(undated.querySelectorAll('svg').length).toBe(1);
    expect(undated.querySelector('#trend')!.textContent).toContain('No trend: no document carries a year');
  });

  it('groups the trend by another docvar when asked', () => {
    const docs = [
      { id: 'a', text: 'Security. Made-up.', meta: { plan: '13th' } },
      { id: 'b', text: 'Security and security. Made-up.', meta: { plan: '14th' } },
    ];
    const page = dom(renderReport({ documents: docs, terms: ['security'], trendBy: 'plan' }));
    expect(page.querySelector('#trend h2')!.textContent).toBe('Trend by plan');
    expect(page.querySelectorAll('svg')[1]!.querySelectorAll('g[aria-label="dot"] circle').length).toBe(2);
  });

  it('uses the default English + Chinese security terms when none are given', () => {
    const page = dom(renderReport({ documents: sampleDocuments }));
    expect(texts(page.querySelectorAll('table.terms tbody td:first-child'))).toEqual(
      DEFAULT_REPORT_TERMS.map((t) => (typeof t === 'string' ? t : t.label)),
    );
  });

  it('lists skipped files and warnings at the top', () => {
    const page = dom(render({ skipped: [{ file: `bad${HOSTILE_SCRIPT}.txt`, reason: 'invalid UTF-8 at byte offset 3' }], warnings: ['one warning'] }));
    const box = page.querySelector('#warnings')!.textContent!;
    expect(box).toContain('1 file(s) were not read');
    expect(box).toContain(`bad${HOSTILE_SCRIPT}.txt: invalid UTF-8 at byte offset 3`);
    expect(box).toContain('one warning');
  });

  it('shows a reproduction: each row of reproduce() with its status and note', () => {
    // A made-up Chinese excerpt offered as a text of the 2017 plan.
    const rows = reproduce(zeng2021, [{ doc: { id: 'sample-zh', text: '虚构示例：维护国家安全，保障网络安全。' }, document: '2017-ngaidp', kind: 'excerpt' }]);
    const page = dom(render({ reproduction: { spec: zeng2021, rows } }));
    expect(page.querySelector('#reproduction h2')!.textContent).toBe(`Reproduction: ${zeng2021.title}`);
    const shown = Array.from(page.querySelectorAll('table.reproduction tbody tr'));
    expect(shown.length).toBe(rows.length);
    shown.forEach((tr, i) => {
      const cells = Array.from(tr.querySelectorAll('td')).map((td) => td.firstChild?.textContent ?? '');
      const row = rows[i]!;
      expect(cells[0]).toBe(row.doc);
      expect(cells[1]).toBe(row.input ?? '–');
      expect(cells[3]).toBe(String(row.published ?? '–'));
      expect(cells[4]).toBe(String(row.measured ?? '–'));
      expect(cells[6]).toBe(row.status);
      expect(cells[7]).toBe(row.note);
    });
    // 安全 in the made-up excerpt: 国家安全 and 网络安全.
    const security = shown.find((tr) => tr.textContent!.includes('sample-zh') && tr.querySelector('td:nth-child(3) strong')!.textContent === '安全')!;
    expect(security.querySelector('td:nth-child(5)')!.textContent).toBe('2');
  });

  it('counts the lexicon categories in each document, as countDictionary does', () => {
    const rows = countDictionary(sampleDocuments, securitizationLexicon);
    const shown = Array.from(doc.querySelectorAll('table.lexicon tbody tr'));
    expect(shown.length).toBe(securitizationLexicon.categories.length);
    shown.forEach((tr, c) => {
      const category = securitizationLexicon.categories[c]!.key;
      expect(tr.querySelector('td strong')!.textContent).toBe(category);
      sampleDocuments.forEach((input, d) => {
        const row = rows.find((r) => r.docId === input.id && r.category === category)!;
        expect(tr.querySelectorAll('td')[d + 1]!.firstChild!.textContent).toBe(String(row.count));
      });
    });
    expect(dom(render({ lexicon: null })).querySelector('#lexicon')).toBeNull();
  });

  it("shows each document's profile score and components, and its moves with the trigger words marked", () => {
    const cards = Array.from(doc.querySelectorAll('div.profile'));
    expect(cards.length).toBe(sampleDocuments.length);
    sampleDocuments.forEach((input, i) => {
      const p = profile(input);
      const card = cards[i]!;
      expect(card.querySelector('h3')!.textContent).toBe(`${input.id} score ${p.score!.toFixed(3)}`);
      const components = Array.from(card.querySelectorAll('table.profile tbody tr'));
      expect(components.map((tr) => tr.querySelector('strong')!.textContent)).toEqual(p.components.map((c) => c.name));
      const moves = findMoves(input);
      const passages = Array.from(card.querySelectorAll('p.passage'));
      expect(passages.length).toBe(Math.min(3, moves.length));
      passages.forEach((passage, m) => {
        const found = moves[m]!;
        // The passage is the original text of the move; each mark quotes one trigger (none overlap here).
        expect(passage.textContent).toBe(input.text.slice(found.start, found.end));
        const spans = new Map(found.move.speechActs.flatMap((a) => a.evidence ?? []).map((e) => [e.start, e]));
        const quotes = [...spans.values()].sort((a, b) => a.start - b.start).map((e) => e.quote);
        expect(Array.from(passage.querySelectorAll('mark.evidence')).map((mark) => mark.textContent)).toEqual(quotes);
      });
    });
    expect(dom(render({ profiles: false })).querySelector('#profiles')).toBeNull();
  });

  it('rejects bad input with typed errors', () => {
    expect(() => renderReport({ documents: [] })).toThrow(DocumentError);
    expect(() => renderReport({ documents: ['Made-up.'], terms: [''] })).toThrow(PatternError);
    expect(() => renderReport({ documents: ['Made-up.'], kwicLimit: 0 })).toThrow(OptionError);
    expect(() => renderReport({ documents: ['Made-up.'], kwicWindow: -1 })).toThrow(OptionError);
    expect(() => renderReport({ documents: ['Made-up.'], nested: 'partial' as 'inclusive' })).toThrow(OptionError);
    expect(() => renderReport({ documents: ['Made-up.'], trendBy: ' ' })).toThrow(OptionError);
    expect(() => renderReport({ documents: ['Made-up.'], movesLimit: 1.5 })).toThrow(OptionError);
  });
});
