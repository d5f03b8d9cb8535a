import * as Plot from '@observablehq/plot';
import type { CountRow } from '../count/countTerms.js';
import { plotSvg } from './plotSvg.js';

/** Options of {@link termRatesSvg}. */
export interface TermRatesSvgOptions {
  /** Width of the chart in pixels; default 760. */
  readonly width?: number;
  /** Terms in the order that assigns their colours; default: the terms of the rows. Charts given the same list colour a term alike. */
  readonly colorDomain?: readonly string[];
}

const firstSeen = (values: Iterable<string>): string[] => [...new Set(values)];

/**
 * A bar chart of term rates (per 10,000 tokens) in each document, as standalone SVG markup: one
 * panel per document, one bar per term, each bar labelled with its count. Rows are those of
 * `countTerms`; documents and terms keep their order in the rows.
 *
 * @example
 * ```ts
 * const rows = countTerms([{ id: 'a', text: 'Security first. Security always.' }], ['security']);
 * writeFileSync('rates.svg', termRatesSvg(rows));
 * ```
 */
export function termRatesSvg(rows: readonly CountRow[], options: TermRatesSvgOptions = {}): string {
  const docs = firstSeen(rows.map((r) => r.docId));
  const terms = firstSeen(rows.map((r) => r.term));
  const data = rows.map((r) => ({ ...r, rate: r.per10k ?? 0, label: `${r.count}` }));
  const barHeight = 20;
  const headingHeight = 22;
  const longestTerm = Math.max(...terms.map((t) => [...t].length), 4);
  return plotSvg({
    width: options.width ?? 760,
    height: docs.length * (terms.length * barHeight + headingHeight + 12) + 50,
    marginBottom: 40,
    marginLeft: Math.min(260, 14 + longestTerm * 7),
    marginRight: 48,
    style: { fontSize: '12px' },
    x: { label: 'occurrences per 10,000 tokens →', labelAnchor: 'center', labelOffset: 34, grid: true, nice: true },
    y: { domain: terms, label: null, insetTop: headingHeight },
    fy: { domain: docs, label: null, axis: null, padding: 0.12 },
    color: { domain: [...(options.colorDomain ?? terms)] },
    marks: [
      Plot.frame({ stroke: '#d8dde3' }),
      Plot.text(docs, { fy: (d: string) => d, text: (d: string) => d, frameAnchor: 'top-left', dx: 6, dy: 5, fontWeight: 'bold', fontSize: 13 }),
      Plot.barX(data, { x: 'rate', y: 'term', fy: 'docId', fill: 'term', title: (d: CountRow) => `${d.docId} · ${d.term}: ${d.count}` }),
      Plot.text(data, { x: 'rate', y: 'term', fy: 'docId', text: 'label', textAnchor: 'start', dx: 4, fill: '#333' }),
      Plot.ruleX([0]),
    ],
  });
}
