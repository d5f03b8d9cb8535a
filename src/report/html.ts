import { escapeHtml } from './escapeHtml.js';

/** Markup that is already safe: built by {@link html} or rendered by Observable Plot. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What can stand in an {@link html} template: text (escaped), safe markup, or lists of them. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value as Exclude<HtmlValue, Html | readonly HtmlValue[]>);
}

/**
 * A template tag that escapes every interpolated value unless it is already {@link Html}, so that
 * markup is safe by construction: text from documents can only ever land as text.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let markup = strings[0]!;
  values.forEach((value, i) => {
    markup += render(value) + strings[i + 1]!;
  });
  return new Html(markup);
}

/**
 * Wraps markup that is safe although it was not built with {@link html}: only the SVG serialized
 * by linkedom from an Observable Plot chart, in which linkedom has escaped every text and
 * attribute value.
 */
export const trustedSvg = (svg: string): Html => new Html(svg);
