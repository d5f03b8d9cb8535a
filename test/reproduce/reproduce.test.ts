// Fixtures are sentences made up for these tests; every expected count was counted by hand.
import { describe, expect, it } from 'vitest';
import { reproduce, type ReproductionRow } from '../../src/reproduce/reproduce.js';
import { zeng2021 } from '../../src/reproduce/zeng2021.js';
import { DocumentError, ValidationError } from '../../src/errors.js';
import { createDocument } from '../../src/text/document.js';
import { fixtureSpec } from './fixtures.js';

// 安全 3 (国家安全, 网络安全, 数据安全), 国家安全 1, 网络安全 1.
const A_ZH = '维护国家安全，保障网络安全和数据安全。';
// security 2, safety 1, security or safety 3, national defense 0.
const A_EN = 'Safeguard national security, and ensure network safety and data security.';
// 安全 3, more than the made-up figure 2 for plan-b; 国家安全 0, 网络安全 0.
const B_ZH = '安全第一，安全生产，安全责任。';

type Brief = [string, string | null, string, string, number | null, number | null, number | null, string];
const brief = (rows: readonly ReproductionRow[]): Brief[] =>
  rows.map((r) => [r.doc, r.input, r.lang, r.term, r.published, r.measured, r.difference, r.status]);

describe('reproduce', () => {
  const rows = reproduce(fixtureSpec(), [
    { doc: { id: 'b-zh', text: B_ZH }, document: 'plan-b', kind: 'excerpt' },
    { doc: { id: 'a-en', text: A_EN }, document: 'plan-a', kind: 'translation' },
    { doc: { id: 'a-zh', text: A_ZH }, document: 'plan-a', kind: 'original' },
  ]);

  it('sets each measured count beside its figure, with a truthful status', () => {
    expect(brief(rows)).toEqual([
      ['plan-a', 'a-zh', 'zh', '安全', 3, 3, 0, 'match'],
      ['plan-a', 'a-zh', 'zh', '国家安全', 1, 1, 0, 'match'],
      ['plan-a', 'a-zh', 'zh', '网络安全', null, 1, null, 'unpublished'],
      ['plan-a', 'a-zh', 'zh', 'defense', 0, null, null, 'missing'],
      ['plan-a', 'a-en', 'en', 'security', 3, 2, null, 'translation'],
      ['plan-a', 'a-en', 'en', 'security or safety', 3, 3, null, 'translation'],
      ['plan-a', 'a-en', 'en', 'safety', null, 1, null, 'translation'],
      ['plan-a', 'a-en', 'en', 'defense', 0, 0, null, 'translation'],
      // The English terms of the fixture have none for "national security": the figure still shows.
      ['plan-a', 'a-en', 'en', 'national security', 1, null, null, 'missing'],
      ['plan-b', 'b-zh', 'zh', '安全', 2, 3, null, 'excerpt'],
      ['plan-b', 'b-zh', 'zh', '国家安全', null, 0, null, 'excerpt'],
      ['plan-b', 'b-zh', 'zh', '网络安全', null, 0, null, 'excerpt'],
      ['plan-c', null, 'zh', '安全', 7, null, null, 'missing'],
      ['plan-c', null, 'zh', '国家安全', 4, null, null, 'missing'],
    ]);
  });

  it('says why in the note', () => {
    const note = (input: string | null, term: string): string => rows.find((r) => r.input === input && r.term === term)!.note;
    expect(note('a-en', 'security')).toBe(
      'measured on the English translation of the Chinese original: not comparable one to one; only part of 安全',
    );
    expect(note('a-zh', 'defense')).toBe('no Chinese term is compared with this figure: nothing measured');
    expect(note('b-zh', '安全')).toContain('lower bound');
    expect(note('b-zh', '安全')).toContain('ABOVE the published figure');
    expect(note('b-zh', '国家安全')).not.toContain('ABOVE');
    expect(note(null, '安全')).toBe('no text of this document was supplied');
    expect(note('a-zh', '网络安全')).toBe('the paper gives no figure for this term in this document');
  });

  it('names the figure each row is compared with and the pattern counted', () => {
    const sos = rows.find((r) => r.term === 'security or safety')!;
    expect([sos.figure, sos.pattern, sos.kind]).toEqual(['security', 'security | safety', 'translation']);
    expect(rows.find((r) => r.input === 'a-en' && r.term === 'safety')!.figure).toBeNull();
    expect(rows.find((r) => r.input === 'a-zh' && r.term === 'defense')!.pattern).toBeNull();
  });

  it('attaches provenance: spec, counting rule and the texts', () => {
    expect(rows.provenance.options).toMatchObject({
      spec: 'fixture',
      nested: 'inclusive',
      texts: [
        { id: 'b-zh', document: 'plan-b', kind: 'excerpt', lang: 'zh', sha256: null },
        { id: 'a-en', document: 'plan-a', kind: 'translation', lang: 'en', sha256: null },
        { id: 'a-zh', document: 'plan-a', kind: 'original', lang: 'zh', sha256: null },
      ],
    });
    expect(Object.keys(rows[0]!)).not.toContain('provenance');
  });

  it('gives the same rows whatever the order of the texts', () => {
    const again = reproduce(fixtureSpec(), [
      { doc: { id: 'a-zh', text: A_ZH }, document: 'plan-a', kind: 'original' },
      { doc: { id: 'a-en', text: A_EN }, document: 'plan-a', kind: 'translation' },
      { doc: { id: 'b-zh', text: B_ZH }, document: 'plan-b', kind: 'excerpt' },
    ]);
    expect(again).toEqual(rows);
  });

  it('reports a difference on the original full text', () => {
    // 安全 1 (inside 国家安全) against 3; 国家安全 1 against 1.
    const differs = reproduce(fixtureSpec(), [{ doc: { id: 'a', text: '国家安全。' }, document: 'plan-a', kind: 'original' }]);
    expect(brief(differs).slice(0, 2)).toEqual([
      ['plan-a', 'a', 'zh', '安全', 3, 1, -2, 'differs'],
      ['plan-a', 'a', 'zh', '国家安全', 1, 1, 0, 'match'],
    ]);
    expect(differs[0]!.note).toContain('the full text gives 1, the paper 3');
  });

  it('counts traditional script as simplified', () => {
    const hant = reproduce(fixtureSpec(), [{ doc: { id: 'a', text: '維護國家安全，保障網絡安全和數據安全。' }, document: 'plan-a', kind: 'original' }]);
    expect(brief(hant).slice(0, 3).map((r) => r[5])).toEqual([3, 1, 1]);
  });

  it('treats an English text marked original of a Chinese document as a translation', () => {
    const marked = reproduce(fixtureSpec(), [{ doc: { id: 'a', text: A_EN }, document: 'plan-a', kind: 'original' }]);
    expect(marked[0]).toMatchObject({ term: 'security', measured: 2, status: 'translation', difference: null });
    expect(marked[0]!.note).toContain('marked original, but it is English');
  });

  it('shows every figure as missing when no text is given', () => {
    const none = reproduce(fixtureSpec(), []);
    expect(brief(none)).toEqual([
      ['plan-a', null, 'zh', '安全', 3, null, null, 'missing'],
      ['plan-a', null, 'zh', '国家安全', 1, null, null, 'missing'],
      ['plan-a', null, 'zh', 'defense', 0, null, null, 'missing'],
      ['plan-b', null, 'zh', '安全', 2, null, null, 'missing'],
      ['plan-c', null, 'zh', '安全', 7, null, null, 'missing'],
      ['plan-c', null, 'zh', '国家安全', 4, null, null, 'missing'],
    ]);
    expect(reproduce(zeng2021, []).map((r) => `${r.doc} ${r.term} ${r.published}`)).toEqual([
      '2016-internet-plus-ai 安全 16',
      '2016-internet-plus-ai 网络安全 5',
      '2016-internet-plus-ai 国家安全 0',
      '2017-ngaidp 安全 48',
      '2017-ngaidp 国家安全 8',
      '2017-ngaidp 国防 11',
    ]);
  });

  it('reports a text of an unknown document as unknown: counted, never a crash', () => {
    const unknown = reproduce(fixtureSpec(), [{ doc: createDocument({ id: 'x', text: A_ZH }), document: 'plan-x', kind: 'original' }]);
    const xs = unknown.filter((r) => r.status === 'unknown');
    expect(brief(xs)).toEqual([
      ['plan-x', 'x', 'zh', '安全', null, 3, null, 'unknown'],
      ['plan-x', 'x', 'zh', '国家安全', null, 1, null, 'unknown'],
      ['plan-x', 'x', 'zh', '网络安全', null, 1, null, 'unknown'],
    ]);
    expect(xs[0]!.note).toContain('"plan-x" is not a document of fixture');
    // The spec's own documents still show their figures.
    expect(unknown.filter((r) => r.status === 'missing')).toHaveLength(6);
  });

  it('rejects malformed texts with typed errors', () => {
    expect(() => reproduce(fixtureSpec(), [{ doc: 'x', document: 'plan-a', kind: 'copy' as 'original' }])).toThrow(ValidationError);
    try {
      reproduce(fixtureSpec(), [{ doc: 'x', document: '', kind: 'original' }]);
    } catch (error) {
      expect((error as ValidationError).details.field).toBe('0.document');
    }
    expect(() =>
      reproduce(fixtureSpec(), [
        { doc: { id: 'same', text: '安全' }, document: 'plan-a', kind: 'original' },
        { doc: { id: 'same', text: '安全' }, document: 'plan-b', kind: 'excerpt' },
      ]),
    ).toThrow(DocumentError);
    expect.assertions(3);
  });
});
