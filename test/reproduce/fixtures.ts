// A made-up reproduction spec for the tests: invented documents and figures, not a real paper.
import type { ReproductionSpecInput } from '../../src/reproduce/reproductionSpec.js';

export function fixtureSpec(): ReproductionSpecInput {
  return {
    id: 'fixture',
    title: 'Made-up counts for tests',
    citation: { author: 'A. Nobody', title: 'A paper that does not exist', year: 2020 },
    documents: [
      { id: 'plan-a', lang: 'zh', title: { en: 'Plan A', zh: '甲计划' }, issuers: ['Nobody'], date: '2020-01-02' },
      { id: 'plan-b', lang: 'zh', title: { en: 'Plan B' }, issuers: ['Nobody'], date: '2020-03-04' },
      { id: 'plan-c', lang: 'zh', title: { en: 'Plan C' }, issuers: ['Nobody'], date: '2020-05-06', url: 'https://example.org/c' },
    ],
    figures: [
      { document: 'plan-a', term: 'security', value: 3, where: 'table 1' },
      { document: 'plan-a', term: 'national security', value: 1, where: 'table 1' },
      { document: 'plan-a', term: 'defense', value: 0, where: 'table 1' },
      { document: 'plan-b', term: 'security', value: 2, where: 'table 1' },
      { document: 'plan-c', term: 'security', value: 7, where: 'table 2' },
      { document: 'plan-c', term: 'national security', value: 4, where: 'table 2' },
    ],
    terms: {
      zh: [
        { key: '安全', pattern: '安全', figure: 'security' },
        { key: '国家安全', pattern: '国家安全', figure: 'national security' },
        { key: '网络安全', pattern: '网络安全' },
      ],
      en: [
        { key: 'security', pattern: 'security', note: 'only part of 安全' },
        { key: 'security or safety', pattern: 'security | safety', figure: 'security' },
        { key: 'safety', pattern: 'safety' },
        { key: 'defense', pattern: 'national defense | national defence' },
      ],
    },
    counting: { nested: 'inclusive' },
    manifest: [
      { document: 'plan-a', kind: 'original', lang: 'zh', names: ['plan-a.zh.txt'], ignoreLine: { startsWith: ['#'] } },
      { document: 'plan-a', kind: 'translation', lang: 'en', names: ['plan-a.en.txt'], sha256: ['0'.repeat(64)] },
      { document: 'plan-b', kind: 'excerpt', lang: 'zh', sha256: ['a'.repeat(64)] },
    ],
  };
}
