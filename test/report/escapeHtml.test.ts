import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { escapeHtml } from '../../src/report/index.js';

describe('escapeHtml', () => {
  it('replaces the five HTML-significant characters with entities', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('turns hostile strings into inert text', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('"><img src=x onerror=alert(1)>')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('round-trips through an HTML parser, in text and in quoted attributes', () => {
    const hostile = `"><img src=x onerror=alert(1)> '<script>alert(1)</script>' & 国家安全 🙂`;
    const { document } = parseHTML(`<p title="${escapeHtml(hostile)}">${escapeHtml(hostile)}</p>`);
    const p = document.querySelector('p')!;
    expect(p.textContent).toBe(hostile);
    expect(p.getAttribute('title')).toBe(hostile);
    expect(document.querySelectorAll('img, script').length).toBe(0);
  });

  it('escapes an ampersand that already looks like an entity, so text shows as written', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('prints numbers and booleans, and nothing for null and undefined', () => {
    expect(escapeHtml(12.5)).toBe('12.5');
    expect(escapeHtml(false)).toBe('false');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
  });

  it('leaves other text alone, Chinese and astral characters included', () => {
    expect(escapeHtml('維護國家安全 🙂 a/b=c')).toBe('維護國家安全 🙂 a/b=c');
  });
});
