import { html, type Html, type HtmlValue } from './html.js';

/** A column of {@link table}: a header and how to get a row's cell; `numeric` right-aligns it. */
export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => HtmlValue;
  readonly numeric?: boolean;
  readonly className?: (row: Row) => string;
}

/** An HTML table in a horizontally scrolling box; cells are escaped unless they are {@link Html}. */
export function table<Row>(rows: readonly Row[], columns: readonly Column<Row>[], className = ''): Html {
  const classOf = (column: Column<Row>, row?: Row): string =>
    [column.numeric ? 'num' : '', row !== undefined && column.className ? column.className(row) : ''].filter(Boolean).join(' ');
  return html`<div class="scroll"><table class="${className}">
<thead><tr>${columns.map((c) => html`<th class="${classOf(c)}">${c.header}</th>`)}</tr></thead>
<tbody>${rows.map((row) => html`<tr>${columns.map((c) => html`<td class="${classOf(c, row)}">${c.cell(row)}</td>`)}</tr>\n`)}</tbody>
</table></div>`;
}

/** A rate for display: two decimals, or a dash when there is none. */
export const formatRate = (rate: number | null): string => (rate === null ? '–' : rate.toFixed(2));
