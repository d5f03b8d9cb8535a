import { zeng2021Citation } from '../model/zeng2021-case.js';
import { reproductionSpec, type ReproductionSpec } from './reproductionSpec.js';

const WHERE = 'section 3';

/**
 * The keyword counts of Jinghan Zeng, "Securitization of Artificial Intelligence in China",
 * *The Chinese Journal of International Politics* 14(3), 2021, section 3: 安全, 网络安全, 国家安全
 * and 国防 in the 2016 "Internet Plus" AI three-year plan and the 2017 New Generation AI
 * Development Plan, counted inclusively (a 国家安全 hit is also an 安全 hit).
 *
 * The English terms are there to measure the translation Zeng cites, and to show why it cannot
 * give the Chinese figures: 安全 is rendered both "security" and "safety".
 *
 * The manifest knows the files of the shared corpus (English translation and Chinese excerpts of
 * the 2017 plan, by name and SHA-256) and the names under which the Chinese originals are
 * expected: `2016-internet-plus-ai.zh.txt` and `2017-ngaidp.zh.txt`.
 *
 * @example
 * ```ts
 * zeng2021.figures.find((f) => f.document === '2017-ngaidp' && f.term === 'security')?.value; // 48
 * ```
 */
export const zeng2021: ReproductionSpec = reproductionSpec({
  id: 'zeng2021',
  title: 'Keyword counts in two Chinese AI policy documents (Zeng 2021, section 3)',
  citation: zeng2021Citation,
  documents: [
    {
      id: '2016-internet-plus-ai',
      lang: 'zh',
      title: {
        en: '"Internet Plus" Artificial Intelligence Three-Year Action Implementation Plan',
        zh: '"互联网+"人工智能三年行动实施方案',
      },
      issuers: [
        'National Development and Reform Commission (国家发展改革委)',
        'Ministry of Science and Technology (科技部)',
        'Ministry of Industry and Information Technology (工业和信息化部)',
        'Cyberspace Administration of China (中央网信办)',
      ],
      number: '发改高技〔2016〕1078号',
      date: '2016-05-18',
      url: 'https://www.gov.cn/xinwen/2016-05/23/content_5075944.htm',
    },
    {
      id: '2017-ngaidp',
      lang: 'zh',
      title: {
        en: 'A New Generation Artificial Intelligence Development Plan',
        zh: '新一代人工智能发展规划',
      },
      issuers: ['State Council (国务院)'],
      number: '国发〔2017〕35号',
      date: '2017-07-08',
      released: '2017-07-20',
      url: 'https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm',
    },
  ],
  figures: [
    { document: '2016-internet-plus-ai', term: 'security', value: 16, where: WHERE },
    { document: '2016-internet-plus-ai', term: 'cyber security', value: 5, where: WHERE },
    { document: '2016-internet-plus-ai', term: 'national security', value: 0, where: WHERE },
    { document: '2017-ngaidp', term: 'security', value: 48, where: WHERE },
    { document: '2017-ngaidp', term: 'national security', value: 8, where: WHERE },
    { document: '2017-ngaidp', term: 'national defense', value: 11, where: WHERE },
  ],
  terms: {
    zh: [
      { key: '安全', pattern: '安全', figure: 'security', note: 'inclusive: every 国家安全 and 网络安全 is also an 安全' },
      { key: '网络安全', pattern: '网络安全', figure: 'cyber security' },
      { key: '国家安全', pattern: '国家安全', figure: 'national security' },
      { key: '国防', pattern: '国防', figure: 'national defense' },
    ],
    en: [
      {
        key: 'security',
        pattern: 'security',
        note: '安全 is rendered "security" or "safety": "security" alone counts only part of 安全, and one-word "cybersecurity" is not a "security" hit',
      },
      {
        key: 'security or safety',
        pattern: 'security | safety',
        figure: 'security',
        note: 'the English rendering of 安全 (security + safety); still not one to one: a translation also writes "safe", "secure", "cybersecurity" or "network security", and may use these words for other Chinese terms',
      },
      {
        key: 'safety',
        pattern: 'safety',
        note: 'the part of 安全 the translation renders as "safety"; no figure of its own',
      },
      {
        key: 'cyber security',
        pattern: 'cyber security | cyber-security | cybersecurity',
        note: 'a translation may render 网络安全 "network security", which this term does not count',
      },
      { key: 'national security', pattern: 'national security' },
      {
        key: 'national defense',
        pattern: 'national defense | national defence',
        note: 'a translation may render 国防 otherwise (e.g. "defense" alone), which this term does not count',
      },
    ],
  },
  counting: { nested: 'inclusive' },
  manifest: [
    {
      document: '2016-internet-plus-ai',
      kind: 'original',
      lang: 'zh',
      names: ['2016-internet-plus-ai.zh.txt'],
      ignoreLine: { startsWith: ['#'] },
      description: 'the full official Chinese text (not in the shared corpus)',
    },
    {
      document: '2017-ngaidp',
      kind: 'original',
      lang: 'zh',
      names: ['2017-ngaidp.zh.txt'],
      ignoreLine: { startsWith: ['#'] },
      description: 'the full official Chinese text (not in the shared corpus)',
    },
    {
      document: '2017-ngaidp',
      kind: 'translation',
      lang: 'en',
      names: ['2017-ngaidp.en.txt'],
      sha256: ['430f3be737c8108ba90e6a3fc5e5902e840d24bb8e1018f316a59281da265541'],
      description: 'New America / DigiChina full translation (2017), the translation Zeng cites',
    },
    {
      document: '2017-ngaidp',
      kind: 'excerpt',
      lang: 'zh',
      names: ['2017-ngaidp.zh.excerpts.txt'],
      sha256: ['f41784b8f410749a316e1a19aab771dd409ee9d252167a1b69adba1d75104288'],
      ignoreLine: { startsWith: ['#'], equals: ['---'] },
      description: 'three passages of the official Chinese text, simplified script',
    },
    {
      document: '2017-ngaidp',
      kind: 'excerpt',
      lang: 'zh',
      names: ['2017-ngaidp.zh-hant.excerpt.txt'],
      sha256: ['53177552d5144a6519e9075cedbe361ffd5899b319ea0c3cd47ed60879d52b94'],
      ignoreLine: { startsWith: ['#'] },
      description: 'one passage of the official Chinese text, traditional script',
    },
  ],
});
