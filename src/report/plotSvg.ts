import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * Renders an Observable Plot chart on a server-side DOM (linkedom) and returns standalone SVG
 * markup. linkedom escapes text and attribute values when it serializes, so labels taken from
 * documents (ids, terms) land as text.
 */
export function plotSvg(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  // linkedom's document implements what Plot uses of the DOM; its types are its own.
  const chart = Plot.plot({ ...options, document: document as unknown as Document });
  chart.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return chart.outerHTML;
}
