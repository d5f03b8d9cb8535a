// Security: a report never runs a script that came from a document, its metadata, a term, a
// file name or a warning. Checked by parsing the page with linkedom, an HTML parser independent
// of the report's own escaping. Every text here is made up.
import { parseHTML } from 'linkedom';
import { describe, it, expect } from 'vitest';
import { renderReport } from '../../src/report/index.js';

const ATTACKS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "'><svg onload=alert(3)>",
  '<a href="javascript:alert(4)">x</a>',
  '</textarea></style></title><script>alert(5)</script>',
  '<iframe srcdoc="<script>alert(6)</script>"></iframe>',
];
const EVIL = ATTACKS.join(' ');

const page = renderReport({
  title: `Report ${EVIL}`,
  documents: [
    {
      id: `plan ${ATTACKS[1]}`,
      text: `National security matters. ${EVIL} Security again, and a security script.`,
      meta: { year: 2017, title: ATTACKS[4]!, issuer: ATTACKS[2]!, source: ATTACKS[3]! },
    },
    { id: 'other', text: `Cyber security first. ${EVIL}`, meta: { year: 2018, date: '2018-01-01' } },
  ],
  terms: ['security', { label: `<b onclick=alert(7)>national</b>`, pattern: 'national security' }, 'script'],
  skipped: [{ file: `${ATTACKS[1]}.txt`, reason: ATTACKS[0]! }],
  warnings: [ATTACKS[5]!],
});
const { document } = parseHTML(page);
const elements = Array.from(document.querySelectorAll('*'));

describe('security: the HTML report escapes everything it is given', () => {
  it('has no script, iframe, img, object or embed element', () => {
    expect(document.querySelectorAll('script, iframe, img, object, embed, frame').length).toBe(0);
  });

  it('has no event-handler attribute and no javascript: or data: URL in a link', () => {
    const risky = elements.flatMap((el) =>
      Array.from(el.attributes)
        .filter((a) => /^on/iu.test(a.name) || (/^(href|src|action|formaction|xlink:href|srcdoc)$/iu.test(a.name) && !/^#/u.test(a.value)))
        .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`),
    );
    expect(risky).toEqual([]);
  });

  it('shows the attacks as text, where a reader can see them', () => {
    const text = document.body.textContent ?? '';
    for (const attack of [ATTACKS[0]!, ATTACKS[1]!, `${ATTACKS[1]}.txt`]) expect(text).toContain(attack);
    expect(document.querySelector('title')?.textContent).toBe(`Report ${EVIL}`);
  });

  it('forbids scripts with a Content-Security-Policy as a second line of defence', () => {
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/u);
  });
});
