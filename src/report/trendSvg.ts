import * as Plot from '@observablehq/plot';
import { plotSvg } from './plotSvg.js';

/** One period × term of a trend: the shape of `termTrend` rows (only these fields are read). */
export interface TrendPoint {
  readonly period: string | number | boolean;
  readonly term: string;
  readonly count: number;
  /** Occurrences per 10,000 tokens in the period; `null` when the period has no tokens. */
  readonly per10k: number | null;
}

/** Options of {@link trendSvg}. */
export interface TrendSvgOptions {
  /** Width of the chart in pixels; default 760. */
  readonly width?: number;
  /** Panels per row; default 3 (fewer when there are fewer terms). */
  readonly columns?: number;
  /** Terms in the order that assigns their colours and panels; default: the terms in the order of the points. Charts given the same list colour a term alike. */
  readonly colorDomain?: readonly string[];
}

/**
 * Term rates (per 10,000 tokens) by period as standalone SVG markup: small multiples, one panel
 * per term with its line, all panels on the same scales so that they compare. Numeric periods
 * (years) get a linear axis, other periods an ordinal one in their order in the rows.
 *
 * @example
 * ```ts
 * const svg = trendSvg([
 *   { period: 2017, term: 'security', count: 12, per10k: 8.1 },
 *   { period: 2025, term: 'security', count: 30, per10k: 14.2 },
 * ]);
 * writeFileSync('trend.svg', svg);
 * ```
 */
export function trendSvg(points: readonly TrendPoint[], options: TrendSvgOptions = {}): string {
  const numeric = points.every((p) => typeof p.period === 'number');
  const present = new Set(points.map((p) => p.term));
  // Panels follow the colour order when one is given, so that a term keeps its place and colour.
  const terms = options.colorDomain ? options.colorDomain.filter((t) => present.has(t)) : [...present];
  const columns = Math.max(1, Math.min(options.columns ?? 3, terms.length));
  const rows = Math.ceil(terms.length / columns);
  const position = new Map(terms.map((t, i) => [t, { column: i % columns, row: Math.floor(i / columns) }]));
  const data = points
    .filter((p) => p.per10k !== null)
    .map((p) => ({ ...p, period: numeric ? p.period : String(p.period), ...position.get(p.term)! }));
  const periods = [...new Set(data.map((p) => p.period))];
  const panels = terms.map((term) => ({ term, ...position.get(term)! }));
  const width = options.width ?? 760;
  return plotSvg({
    width,
    height: rows * 150 + 72,
    marginBottom: 46,
    marginLeft: 48,
    marginRight: 16,
    marginTop: 26,
    style: { fontSize: '12px' },
    x: numeric
      ? { label: 'year →', labelAnchor: 'center', labelOffset: 36, tickFormat: 'd', ...(periods.length <= 8 ? { ticks: periods as number[] } : { ticks: 4 }), inset: 14 }
      : { type: 'point', domain: periods, label: 'period →', labelAnchor: 'center', labelOffset: 36, inset: 14 },
    y: { label: '↑ per 10,000 tokens', grid: true, nice: true, zero: true, ticks: 4, insetTop: 22 },
    fx: { axis: null, padding: 0.12 },
    fy: { axis: null, padding: 0.18 },
    color: { domain: [...(options.colorDomain ?? terms)] },
    marks: [
      Plot.frame({ stroke: '#d8dde3' }),
      Plot.text(panels, { fx: 'column', fy: 'row', text: 'term', frameAnchor: 'top-left', dx: 6, dy: 5, fontWeight: 'bold', fontSize: 12.5 }),
      Plot.ruleY([0], { stroke: '#9aa4ae' }),
      Plot.lineY(data, { x: 'period', y: 'per10k', fx: 'column', fy: 'row', stroke: 'term', strokeWidth: 2 }),
      Plot.dot(data, { x: 'period', y: 'per10k', fx: 'column', fy: 'row', fill: 'term', r: 3.5, title: (p: TrendPoint) => `${p.term}, ${p.period}: ${p.count} (${p.per10k?.toFixed(2)} per 10,000 tokens)` }),
    ],
  });
}
