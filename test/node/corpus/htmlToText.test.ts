import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/node/corpus/htmlToText.js';

// Made-up pages.
describe('htmlToText', () => {
  it('drops scripts, styles, comments and the head; blocks become blank lines, items lines', async () => {
    const html = `<!doctype html><html lang="en"><head><title>A  made-up
      plan</title><style>p { color: red }</style><script>var security = 1;</script></head>
      <body><h1>Made-up heading</h1>
      <!-- a comment about security -->
      <p>First   paragraph
         on two lines.</p>
      <ul><li>item one</li><li>item <b>two</b></li></ul>
      <div><div><p>Nested block.</p></div></div>
      <p>Line<br>break</p>
      <noscript>enable scripts</noscript><template><p>never shown</p></template>
      <p hidden>hidden text</p>
      </body></html>`;
    const { text, title } = await htmlToText(html);
    expect(title).toBe('A made-up plan');
    expect(text).toBe('Made-up heading\n\nFirst paragraph on two lines.\n\nitem one\nitem two\n\nNested block.\n\nLine\nbreak');
  });

  it('decodes named and numeric character references, keeping &nbsp; as U+00A0', async () => {
    const { text } = await htmlToText('<p>Caf&eacute; &amp; r&#233;sum&#xE9; &#8212; &lt;tag&gt; &quot;q&quot; a&nbsp;b</p>');
    expect(text).toBe('Café & résumé — <tag> "q" a\u00a0b');
  });

  it('reads a fragment without html/body, and inline elements keep their spaces', async () => {
    expect(await htmlToText('<p>one <em>two</em> three</p><p>four<span> </span>five</p>')).toEqual({ text: 'one two three\n\nfour five', title: undefined });
  });

  it('keeps line breaks inside <pre> and separates table cells', async () => {
    expect((await htmlToText('<pre>a\n b</pre><table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>')).text).toBe('a\n b\n\nx y\nz');
  });

  it('gives an empty text for a page with no visible text', async () => {
    expect(await htmlToText('<html><head><title>T</title></head><body><script>x()</script></body></html>')).toEqual({ text: '', title: 'T' });
  });

  it('reads plain text with no tags as text', async () => {
    expect((await htmlToText('made-up text &amp; more')).text).toBe('made-up text & more');
  });
});
