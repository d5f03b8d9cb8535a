// linkedom takes ~150 ms to load: loaded on the first page, not by every import of the Node entry.
let linkedom: Promise<typeof import('linkedom')> | undefined;

// Never document text: scripts, styles, the head (its <title> goes to meta.title), embedded objects.
const DROPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'title', 'svg', 'math', 'iframe', 'object', 'canvas']);
// Elements that end a line.
const LINE = new Set(['br', 'li', 'tr', 'dt', 'dd', 'option', 'caption', 'figcaption', 'summary', 'legend']);
// Elements that stand as paragraphs: a blank line around them, as the tokenizer splits paragraphs there.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'details', 'dialog', 'div', 'dl', 'fieldset',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'tfoot', 'thead', 'ul',
]);
const CELL = new Set(['td', 'th']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface DomNode {
  readonly nodeType: number;
  readonly localName?: string;
  readonly data?: string;
  readonly childNodes: ArrayLike<DomNode>;
  hasAttribute?(name: string): boolean;
}

/**
 * The text of an HTML page as a reader sees it: scripts, styles, comments, the head and elements
 * marked `hidden` are dropped; paragraphs and headings are separated by a blank line, list items,
 * table rows and `<br>` end a line; runs of spaces and line breaks in the source become one space
 * (not inside `<pre>`); character references are decoded (`&amp;` → `&`, `&#8212;` → `—`;
 * `&nbsp;` stays U+00A0). Also returns the `<title>`, if any.
 *
 * @example
 * ```ts
 * await htmlToText('<title>Plan</title><p>Made&#8209;up text &amp; more.</p><script>x()</script>');
 * // { text: 'Made‑up text & more.', title: 'Plan' }
 * ```
 */
export async function htmlToText(html: string): Promise<{ text: string; title: string | undefined }> {
  linkedom ??= import('linkedom');
  const { document } = (await linkedom).parseHTML(html);
  const title = document.querySelector('title')?.textContent?.replace(/[ \t\n\r\f]+/gu, ' ').trim() || undefined;
  // Breaks are kept apart from text so that nested blocks give one blank line, not several.
  const parts: (string | { readonly pre: string } | 1 | 2)[] = [];

  const walk = (node: DomNode, pre: boolean): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const data = child.data ?? '';
        parts.push(pre ? { pre: data.replace(/\r\n?/gu, '\n') } : data.replace(/[ \t\n\r\f]+/gu, ' '));
      } else if (child.nodeType === ELEMENT_NODE) {
        const name = child.localName ?? '';
        if (DROPPED.has(name) || child.hasAttribute?.('hidden') === true) continue;
        const separator = BLOCK.has(name) ? 2 : LINE.has(name) ? 1 : CELL.has(name) ? ' ' : '';
        if (separator !== '') parts.push(separator);
        walk(child, pre || name === 'pre');
        if (separator !== '') parts.push(separator);
      }
    }
  };
  walk(document as unknown as DomNode, false);

  let text = '';
  let pending: 0 | 1 | 2 = 0;
  for (const part of parts) {
    if (part === 1 || part === 2) {
      pending = Math.max(pending, part) as 1 | 2;
      continue;
    }
    let chunk = typeof part === 'string' ? part : part.pre;
    if (typeof part === 'string' && (text === '' || pending > 0 || text.endsWith(' ') || text.endsWith('\n'))) chunk = chunk.replace(/^ +/u, '');
    if (chunk === '') continue;
    if (pending > 0) {
      text = text.replace(/ +$/u, '');
      if (text !== '') text += pending === 2 ? '\n\n' : '\n';
      pending = 0;
    }
    text += chunk;
  }
  text = text.replace(/[ \n]+$/u, '');
  return { text, title };
}
