import { Html } from './html.js';

/**
 * The report's only stylesheet, inlined: no fonts, images or scripts are fetched at view time. A
 * constant of this library, so it is markup as it stands (escaping would break its quotes).
 */
export const REPORT_STYLE = new Html(`
:root { --ink: #1d2329; --muted: #5d6975; --line: #d8dde3; --soft: #f4f6f8; --accent: #2b5fab; --mark: #ffe58a; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", "DejaVu Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 28px 32px 64px; }
header { border-bottom: 3px solid var(--ink); margin-bottom: 8px; padding-bottom: 12px; }
h1 { font-size: 28px; margin: 0 0 4px; line-height: 1.2; }
h2 { font-size: 20px; margin: 40px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 22px 0 8px; }
p { margin: 6px 0 10px; }
.lede { color: var(--muted); margin: 0; }
nav { font-size: 14px; margin: 10px 0 0; }
nav a { color: var(--accent); text-decoration: none; margin-right: 16px; white-space: nowrap; }
nav a:hover { text-decoration: underline; }
.note { color: var(--muted); font-size: 14px; }
.alert { border-left: 4px solid #c0392b; background: #fdf1ef; padding: 8px 14px; margin: 14px 0; }
.scroll { overflow-x: auto; margin: 8px 0 14px; }
table { border-collapse: collapse; font-size: 13.5px; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 10px; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fafbfc; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th.num { white-space: normal; min-width: 64px; }
table.reproduction td:first-child { white-space: nowrap; }
td.zero { color: #a4adb6; }
table.counts td:first-child, table.terms td:first-child { white-space: nowrap; }
.rate { display: block; color: var(--muted); font-size: 12px; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12.5px; }
.hash { display: block; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 11.5px; word-break: break-all; color: var(--muted); }
dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 2px 18px; font-size: 14px; margin: 8px 0 14px; }
dl.provenance dt { color: var(--muted); }
dl.provenance dd { margin: 0; }
ul.docvars { list-style: none; margin: 0; padding: 0; }
ul.docvars li { white-space: nowrap; }
ul.docvars span { color: var(--muted); }
figure.chart { margin: 10px 0 18px; }
figure.chart svg { max-width: 100%; height: auto; font-family: inherit; }
table.kwic { table-layout: fixed; }
table.kwic td { font-size: 13.5px; overflow-wrap: anywhere; vertical-align: baseline; }
table.kwic th:nth-child(1) { width: 16%; }
table.kwic th:nth-child(2) { width: 7%; }
table.kwic th:nth-child(3) { width: 31%; text-align: right; }
table.kwic th:nth-child(4) { width: 17%; text-align: center; }
table.kwic th:nth-child(5) { width: 29%; }
table.kwic td.pre { text-align: right; color: #3b4550; }
table.kwic td.kw { text-align: center; }
table.kwic td.post { color: #3b4550; }
table.kwic td.doc { color: var(--muted); font-size: 12px; }
mark { background: var(--mark); color: inherit; padding: 0 2px; border-radius: 2px; font-weight: 600; }
.score { font-weight: 600; color: var(--accent); margin-left: 8px; }
div.profile { margin: 8px 0 26px; }
ol.moves { padding-left: 22px; }
li.move { margin: 10px 0 16px; }
p.passage { margin: 0 0 4px; padding: 6px 10px; background: var(--soft); border-left: 3px solid var(--line); font-size: 14px; }
ul.acts { margin: 2px 0; padding-left: 18px; font-size: 13px; color: #3b4550; }
mark.evidence { background: #ffd3c2; font-weight: 600; }
table.lexicon td:first-child { min-width: 320px; }
.status-match { color: #1e7b34; font-weight: 600; }
.status-mismatch { color: #b03a2e; font-weight: 600; }
footer { margin-top: 48px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
@media print { nav { display: none; } main { padding: 0; } h2 { break-after: avoid; } figure.chart { break-inside: avoid; } }
`);
