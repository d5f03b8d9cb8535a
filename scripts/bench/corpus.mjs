// The synthetic corpus of the benchmark: policy-style sentences written for it (made up, no text
// of a real document), shuffled by a seeded generator into paragraphs and documents, so that every
// run measures the same text.

/** English sentences in the register of security and technology policy, with security vocabulary. */
export const ENGLISH_SENTENCES = [
  'The ministry will strengthen national security and protect critical infrastructure against hostile cyber attacks.',
  'Local governments must accelerate the development of artificial intelligence industries in every province.',
  'Economic competition among great powers is intensifying, and the risks to public safety are growing.',
  'We will build a secure, reliable and controllable data ecosystem while promoting open innovation.',
  'Researchers warned that the race for AI supremacy could undermine strategic stability between rivals.',
  'The defence industrial base must be modernized so that the armed forces can deter aggression.',
  'Cybersecurity agencies shall share threat intelligence with operators of energy, water and transport networks.',
  "The nation's adversaries are investing heavily in autonomous weapons and military applications of AI.",
  'Export controls on advanced semiconductors protect U.S. technological leadership and deny rivals critical capabilities.',
  'A whole-of-government response is needed to counter disinformation campaigns by foreign state actors.',
  'Emergency measures may be adopted when an existential threat to the homeland is identified.',
  'The plan calls for 3.5 billion dollars in new funding by 2030, including $400 million for research.',
  'Supply-chain vulnerabilities in rare earths pose a serious risk to economic security and resilience.',
  'We cannot allow hostile powers to gain a first-mover advantage in quantum computing.',
  'Officials stressed that data security, privacy protection and ethical norms must keep pace with technology.',
  'Border security and counter-terrorism cooperation remain priorities for the interior ministry.',
  'Intelligent systems will support military-civil fusion, logistics, command and battlefield awareness.',
  'The strategy identifies biosecurity, space security and ocean security as emerging domains of national interest.',
  'Any attack on the grid would be treated as a threat to public order and social stability.',
  'Government departments should assess the security risks of large language models before deployment.',
  'The report, published on 12 May 2024, found that 70% of firms had suffered a ransomware incident.',
  'Allies agreed to coordinate sanctions, investment screening and controls on dual-use technologies.',
  "China's leaders describe the new era as one of both strategic opportunity and grave challenges.",
  'Regulators must guard against systemic financial risk while supporting innovation in fintech.',
  'The agency will establish a national AI safety institute to test frontier models for dangerous capabilities.',
  'Critical information infrastructure operators are required to store personal data within the territory.',
  'The white paper warns that technological decoupling could fragment global markets and weaken deterrence.',
  "Protecting citizens' lives and property is the government's first duty in times of crisis.",
  'Security reviews will cover foreign acquisitions in sectors such as telecommunications, energy and defense.',
  'Talent shortages in cyber defense leave small agencies exposed to espionage and sabotage.',
  'Sub-national authorities should draw up contingency plans against extreme weather and pandemics.',
  'The e-government platform must meet classified protection standards (level 3) by the end of the year.',
];

/** Chinese sentences in the register of PRC policy documents (made up for the benchmark). */
export const CHINESE_SENTENCES = [
  '我们必须坚决维护国家安全和社会稳定，防范化解重大风险。',
  '人工智能的发展带来新的安全挑战，网络攻击日益频繁。',
  '各地区各部门要加强关键信息基础设施保护，提升数据安全能力。',
  '坚持总体国家安全观，统筹发展和安全，筑牢国家安全屏障。',
  '面对日益激烈的国际竞争，我们要抢抓战略机遇，构筑先发优势。',
  '推进军民融合深度发展，加快国防和军队现代化建设。',
  '加强网络安全监测预警和应急处置，严厉打击网络犯罪。',
  '健全风险评估和隐患排查机制，守住不发生系统性风险的底线。',
  '强化个人信息保护，规范数据跨境流动，保障数据安全。',
  '维护产业链供应链安全稳定，突破关键核心技术“卡脖子”问题。',
  '到2030年，人工智能理论、技术与应用总体达到世界领先水平。',
  '敌对势力的渗透破坏活动对政治安全构成严重威胁。',
  '要把人民生命安全和身体健康放在第一位，完善公共卫生应急体系。',
  '加强反恐怖主义国际合作，维护国际和平与地区稳定。',
  '建立健全人工智能伦理规范和安全评估制度，确保安全可控。',
  '经济安全是国家安全的基础，能源安全和粮食安全事关全局。',
  '國家安全是民族復興的根基，社會穩定是國家強盛的前提。',
  '必須堅持底線思維，增強憂患意識，提高防控能力。',
  '深入開展網絡安全宣傳教育，提升全社會網絡安全意識。',
  '推动形成安全可靠的新一代信息技术产业体系。',
];

/** A seeded generator (mulberry32): the same corpus on every run and machine. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A document of about `chars` characters: paragraphs of 3–7 sentences separated by blank lines
 * (English) or one paragraph per line (Chinese).
 */
export function syntheticDocument(lang, chars, seed) {
  const sentences = lang === 'zh' ? CHINESE_SENTENCES : ENGLISH_SENTENCES;
  const next = random(seed);
  const paragraphs = [];
  let size = 0;
  while (size < chars) {
    const count = 3 + Math.floor(next() * 5);
    const paragraph = [];
    for (let k = 0; k < count; k++) paragraph.push(sentences[Math.floor(next() * sentences.length)]);
    const text = paragraph.join(lang === 'zh' ? '' : ' ');
    paragraphs.push(text);
    size += text.length + 2;
  }
  return paragraphs.join(lang === 'zh' ? '\n' : '\n\n') + '\n';
}

/** Documents of `docChars` characters adding up to about `totalBytes` bytes of UTF-8. */
export function syntheticCorpus(lang, totalBytes, docChars, seed = 1) {
  const docs = [];
  let bytes = 0;
  for (let k = 0; bytes < totalBytes; k++) {
    const text = syntheticDocument(lang, docChars, seed + k);
    docs.push({ id: `${lang}-${String(k + 1).padStart(5, '0')}`, text, lang });
    bytes += Buffer.byteLength(text);
  }
  return docs;
}

/**
 * 200 English terms: the English entries of the built-in lexicon, then words and globs of the
 * benchmark's vocabulary up to 200.
 */
export function englishTerms(lib, count = 200) {
  const terms = lib.dictionaryTerms(lib.securitizationLexicon, { lang: 'en' }).filter((t) => !/\p{Script=Han}/u.test(t.pattern));
  const extra = ['ministry', 'province*', 'innovation', 'funding', 'dollar*', 'allies', 'sanction*', 'grid', 'pandemic*', 'espionage', 'sabotage', 'talent*', 'semiconductor*', 'quantum computing', 'rare earths', 'ransomware', 'privacy', 'platform', 'agency | agencies', 'operator*', 'white paper', 'supply chain*', 'contingency plan*', 'crisis', 'leadership', 'fintech', 'markets', 'capabilit*', 'logistics', 'telecommunications', 'disinformation', 'borders', 'norms', 'investment screening', 'water', 'transport'];
  for (const word of extra) if (terms.length < count && !terms.some((t) => t.pattern === word)) terms.push({ label: `extra: ${word}`, pattern: word });
  return terms.slice(0, count);
}

/** 200 Chinese terms: the Chinese entries of the built-in lexicon, then words of the benchmark's sentences. */
export function chineseTerms(lib, count = 200) {
  const terms = lib.dictionaryTerms(lib.securitizationLexicon, { lang: 'zh' }).filter((t) => /\p{Script=Han}/u.test(t.pattern));
  const extra = ['人工智能', '发展', '加强', '体系', '能力', '机制', '技术', '产业', '国际', '合作', '意识', '教育', '宣传', '监测', '预警', '评估', '伦理', '规范', '基础', '全局', '底线', '机遇', '优势', '竞争', '现代化', '军队', '犯罪', '个人信息', '跨境', '供应链', '领先', '理论', '应用', '民族', '复兴', '根基', '前提', '思维', '忧患', '防控'];
  for (const word of extra) if (terms.length < count && !terms.some((t) => t.pattern === word)) terms.push({ label: `extra: ${word}`, pattern: word });
  return terms.slice(0, count);
}
