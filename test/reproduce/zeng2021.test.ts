import { describe, expect, it } from 'vitest';
import { zeng2021 } from '../../src/reproduce/zeng2021.js';
import { reproductionSpecs } from '../../src/reproduce/reproductionSpecs.js';
import { compileTerms } from '../../src/patterns/terms.js';

describe('zeng2021', () => {
  it("carries the paper's six figures, section 3 (transcribed from the paper's table by hand)", () => {
    const figures = zeng2021.figures.map((f) => `${f.document} ${f.term} ${f.value} ${f.where}`);
    expect(figures).toEqual([
      '2016-internet-plus-ai security 16 section 3',
      '2016-internet-plus-ai cyber security 5 section 3',
      '2016-internet-plus-ai national security 0 section 3',
      '2017-ngaidp security 48 section 3',
      '2017-ngaidp national security 8 section 3',
      '2017-ngaidp national defense 11 section 3',
    ]);
  });

  it('identifies both documents officially', () => {
    const [d2016, d2017] = zeng2021.documents;
    expect(d2016).toMatchObject({ number: '发改高技〔2016〕1078号', date: '2016-05-18', lang: 'zh' });
    expect(d2016?.issuers).toHaveLength(4);
    expect(d2016?.url).toBe('https://www.gov.cn/xinwen/2016-05/23/content_5075944.htm');
    expect(d2017).toMatchObject({ number: '国发〔2017〕35号', date: '2017-07-08', released: '2017-07-20' });
    expect(d2017?.url).toBe('https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm');
    expect(zeng2021.citation.doi).toBe('10.1093/cjip/pbab011');
    expect(zeng2021.counting.nested).toBe('inclusive');
  });

  it('compares every Chinese term with a figure term and has the translation rows in English', () => {
    expect(zeng2021.terms.zh?.map((t) => [t.key, t.figure])).toEqual([
      ['安全', 'security'],
      ['网络安全', 'cyber security'],
      ['国家安全', 'national security'],
      ['国防', 'national defense'],
    ]);
    const en = Object.fromEntries((zeng2021.terms.en ?? []).map((t) => [t.key, t]));
    expect(en['security or safety']).toMatchObject({ pattern: 'security | safety', figure: 'security' });
    expect(en.safety?.figure).toBeUndefined();
    expect(compileTerms([{ label: 'c', pattern: en['cyber security']!.pattern }])[0]?.pattern.variants.map((v) => v.source)).toEqual([
      'cyber security',
      'cyber-security',
      'cybersecurity',
    ]);
  });

  it('knows the shared corpus files by name and SHA-256 (as listed in SOURCES.md)', () => {
    const en = zeng2021.manifest.find((e) => e.names?.includes('2017-ngaidp.en.txt'));
    expect(en).toMatchObject({ kind: 'translation', lang: 'en', sha256: ['430f3be737c8108ba90e6a3fc5e5902e840d24bb8e1018f316a59281da265541'] });
    const excerpts = zeng2021.manifest.find((e) => e.names?.includes('2017-ngaidp.zh.excerpts.txt'));
    expect(excerpts).toMatchObject({ kind: 'excerpt', ignoreLine: { startsWith: ['#'], equals: ['---'] } });
  });

  it('is listed among the known reproductions', () => {
    expect(Object.keys(reproductionSpecs)).toEqual(['zeng2021']);
    expect(reproductionSpecs.zeng2021).toBe(zeng2021);
  });
});
