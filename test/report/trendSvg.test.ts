import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { trendSvg, type TrendPoint } from '../../src/report/index.js';

const svgOf = (markup: string) => parseHTML(`<!DOCTYPE html><html><body>${markup}</body></html>`).document.querySelector('svg')!;

// Made-up figures.
const points: TrendPoint[] = [
  { period: 2016, term: 'security', count: 3, per10k: 5 },
  { period: 2017, term: 'security', count: 9, per10k: 12 },
  { period: 2025, term: 'security', count: 4, per10k: 6 },
  { period: 2016, term: 'risk', count: 0, per10k: 0 },
  { period: 2017, term: 'risk', count: 2, per10k: 3 },
  { period: 2025, term: 'risk', count: 0, per10k: null },
];

describe('trendSvg', () => {
  it('draws one panel and one line per term, and a dot per point with a rate', () => {
    const svg = svgOf(trendSvg(points));
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelectorAll('g[aria-label="line"] path').length).toBe(2);
    expect(svg.querySelectorAll('g[aria-label="dot"] circle').length).toBe(5);
    const titles = Array.from(svg.querySelectorAll('g[aria-label="text"] text')).map((t) => t.textContent);
    expect(titles).toEqual(['security', 'risk']);
  });

  it('puts years on a linear axis, labelled as written', () => {
    const ticks = Array.from(svgOf(trendSvg(points)).querySelectorAll('g[aria-label="x-axis tick label"] text')).map((t) => t.textContent);
    expect(new Set(ticks)).toEqual(new Set(['2016', '2017', '2025']));
  });

  it('keeps the order of non-numeric periods', () => {
    const plans = points.map((p) => ({ ...p, period: { 2016: '13th plan', 2017: '13th plan, mid-term', 2025: '14th plan' }[p.period as number]! }));
    const ticks = Array.from(svgOf(trendSvg(plans)).querySelectorAll('g[aria-label="x-axis tick label"] text')).map((t) => t.textContent);
    expect(ticks.slice(0, 3)).toEqual(['13th plan', '13th plan, mid-term', '14th plan']);
  });

  it('orders panels by colorDomain, skipping terms without points', () => {
    const svg = svgOf(trendSvg(points, { colorDomain: ['risk', 'absent', 'security'] }));
    const titles = Array.from(svg.querySelectorAll('g[aria-label="text"] text')).map((t) => t.textContent);
    expect(titles).toEqual(['risk', 'security']);
  });

  it('escapes term labels', () => {
    const markup = trendSvg([{ period: 2017, term: '<script>alert(1)</script>', count: 1, per10k: 1 }]);
    expect(markup).not.toContain('<script>');
    expect(Array.from(svgOf(markup).querySelectorAll('text')).map((t) => t.textContent)).toContain('<script>alert(1)</script>');
  });
});
