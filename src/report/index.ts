// The HTML report: a face of the library (Node-side: charts are rendered with Observable Plot on
// linkedom). The core never imports it.
export { renderReport, type ReportInput, type SkippedFile } from './renderReport.js';
export { escapeHtml } from './escapeHtml.js';
export { DEFAULT_REPORT_TERMS } from './defaultTerms.js';
export { termRatesSvg, type TermRatesSvgOptions } from './termRatesSvg.js';
export { trendSvg, type TrendPoint, type TrendSvgOptions } from './trendSvg.js';
export type { ReportReproduction } from './reproductionSection.js';
