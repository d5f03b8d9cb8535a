import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { countTerms } from '../../src/index.js';
import { termRatesSvg } from '../../src/report/index.js';

const svgOf = (markup: string) => parseHTML(`<!DOCTYPE html><html><body>${markup}</body></html>`).document.querySelector('svg')!;

describe('termRatesSvg', () => {
  // Made-up texts: a has 4 word tokens, b has 3.
  const rows = countTerms(
    [
      { id: 'a', text: 'Security, security and risk.' },
      { id: '<b>', text: 'Risk without end.' },
    ],
    ['security', 'risk'],
  );

  it('is standalone SVG with one bar per document × term', () => {
    const markup = termRatesSvg(rows);
    expect(markup.startsWith('<svg')).toBe(true);
    const svg = svgOf(markup);
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelectorAll('g[aria-label="bar"] rect').length).toBe(4);
  });

  it('labels each bar with its count and each panel with its document, escaped', () => {
    const markup = termRatesSvg(rows);
    const labels = Array.from(svgOf(markup).querySelectorAll('g[aria-label="text"] text')).map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['a', '<b>', '2', '1', '0']));
    expect(markup).toContain('&lt;b&gt;');
    expect(markup).not.toContain('<b>');
  });

  it('makes bar lengths proportional to the rates: 2/4 and 1/4 in a, 0 and 1/3 in b', () => {
    const widths = Array.from(svgOf(termRatesSvg(rows)).querySelectorAll('g[aria-label="bar"] rect')).map((r) => Number(r.getAttribute('width')));
    const rates = [5000, 2500, 0, 10_000 / 3];
    const scale = widths[0]! / rates[0]!;
    widths.forEach((w, i) => expect(w).toBeCloseTo(rates[i]! * scale, 0));
  });

  it('takes its width from the options', () => {
    expect(svgOf(termRatesSvg(rows, { width: 500 })).getAttribute('width')).toBe('500');
  });
});
