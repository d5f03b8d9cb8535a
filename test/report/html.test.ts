import { describe, expect, it } from 'vitest';
import { html, Html, trustedSvg } from '../../src/report/html.js';

describe('html', () => {
  it('escapes every interpolated string, number and boolean', () => {
    const text = '<script>alert(1)</script>';
    expect(html`<p title="${text}">${text} ${1} ${true}</p>`.markup).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt; 1 true</p>',
    );
  });

  it('inserts nested templates as markup, and lists element by element', () => {
    const items = ['a<b', 'c&d'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>`.markup).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul>');
  });

  it('prints nothing for null and undefined', () => {
    expect(html`<td>${null}${undefined}</td>`.markup).toBe('<td></td>');
  });

  it('passes chart SVG through only when wrapped as such', () => {
    expect(trustedSvg('<svg></svg>')).toBeInstanceOf(Html);
    expect(html`${trustedSvg('<svg></svg>')}`.markup).toBe('<svg></svg>');
    expect(html`${'<svg></svg>'}`.markup).toBe('&lt;svg&gt;&lt;/svg&gt;');
  });
});
