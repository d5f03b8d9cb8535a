// Generators of made-up documents and terms for the property tests. The words and characters
// are chosen so that terms hit often: security vocabulary, its near misses, and Chinese
// characters with one-to-one traditional/simplified pairs.
import fc from 'fast-check';

/** Every property test runs with this seed, so a failure is the same failure on every machine. */
export const SEED = 20_240_607;

/** fast-check parameters: the fixed seed and a stated number of runs. */
export const runs = (numRuns: number): { seed: number; numRuns: number } => ({ seed: SEED, numRuns });

// Words, near misses (securities, insecurity, cybersecurity), a soft hyphen, a possessive, a
// hyphenated compound: the cases where word boundaries matter.
const ENGLISH_WORDS = [
  'security', 'Security', 'SECURITY', 'national', 'National', 'cyber', 'threat', 'threats', 'state', "state's",
  'secure', 'securities', 'insecurity', 'cybersecurity', 'cyber-security', 'secu\u00ADrity', 'defence', 'defense',
  'the', 'must', 'protect', 'warns', 'of', 'and', 'risk', 'safety', 'urgent', 'measures', 'AI', '2017',
] as const;
const SEPARATORS = [' ', ' ', ' ', ' ', '  ', '\n', ', ', ' - ', ' (', ') '] as const;
const SENTENCE_ENDS = ['.', '.', '!', '?'] as const;

/**
 * One-to-one traditional/simplified pairs (written for these tests): OpenCC converts the first of
 * each pair to the second, and leaves the second as it is. Some characters are the same in both.
 */
export const TRADITIONAL_SIMPLIFIED: readonly (readonly [string, string])[] = [
  ['國', '国'], ['網', '网'], ['絡', '络'], ['衛', '卫'], ['險', '险'], ['脅', '胁'], ['戰', '战'], ['發', '发'],
  ['經', '经'], ['濟', '济'], ['軍', '军'], ['對', '对'], ['話', '话'], ['權', '权'], ['數', '数'], ['據', '据'],
  ['護', '护'], ['維', '维'], ['機', '机'], ['構', '构'], ['監', '监'], ['測', '测'], ['風', '风'], ['應', '应'],
  ['災', '灾'], ['難', '难'], ['體', '体'], ['統', '统'], ['資', '资'], ['訊', '讯'], ['開', '开'], ['題', '题'],
  ['邊', '边'], ['領', '领'], ['導', '导'], ['強', '强'], ['際', '际'], ['關', '关'], ['義', '义'], ['務', '务'],
  ['區', '区'], ['產', '产'], ['業', '业'], ['術', '术'], ['標', '标'], ['規', '规'], ['範', '范'], ['決', '决'],
  ['報', '报'], ['會', '会'], ['議', '议'], ['動', '动'], ['實', '实'], ['現', '现'], ['擊', '击'], ['穩', '稳'],
  ['襲', '袭'], ['敵', '敌'], ['隊', '队'], ['氣', '气'], ['變', '变'], ['環', '环'], ['糧', '粮'], ['遷', '迁'],
  ['防', '防'], ['安', '安'], ['全', '全'], ['略', '略'], ['展', '展'], ['事', '事'], ['力', '力'], ['人', '人'],
  ['工', '工'], ['智', '智'], ['能', '能'], ['急', '急'], ['境', '境'], ['域', '域'], ['策', '策'], ['告', '告'],
];

const pick = <T>(items: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...items);

/** An English sentence of 1–10 words, ending with a full stop, "!" or "?". */
export const englishSentence: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(pick(ENGLISH_WORDS), pick(SEPARATORS)), { minLength: 1, maxLength: 10 }), pick(SENTENCE_ENDS))
  .map(([words, end]) => words.map(([word, sep], i) => (i === words.length - 1 ? word : word + sep)).join('') + end);

/** An English paragraph: 1–4 sentences, no blank line inside. */
export const englishParagraph: fc.Arbitrary<string> = fc.array(englishSentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/**
 * A Chinese sentence of 1–12 characters ending with 。 or ！, as [traditional, simplified]: the
 * same text in both scripts. Some sentences carry a Latin word too.
 */
export const chineseSentencePair: fc.Arbitrary<readonly [string, string]> = fc
  .tuple(fc.array(pick(TRADITIONAL_SIMPLIFIED), { minLength: 1, maxLength: 12 }), pick(['。', '！']), pick(['', '', 'AI', ' security ']))
  .map(([pairs, end, latin]) => {
    const cut = Math.floor(pairs.length / 2);
    const script = (k: 0 | 1): string => pairs.slice(0, cut).map((p) => p[k]).join('') + latin + pairs.slice(cut).map((p) => p[k]).join('') + end;
    return [script(0), script(1)] as const;
  });

/** A Chinese paragraph (one line) as [traditional, simplified]. */
export const chineseParagraphPair: fc.Arbitrary<readonly [string, string]> = fc
  .array(chineseSentencePair, { minLength: 1, maxLength: 3 })
  .map((sentences) => [sentences.map((s) => s[0]).join(''), sentences.map((s) => s[1]).join('')] as const);

/** A simplified Chinese paragraph. */
export const chineseParagraph: fc.Arbitrary<string> = chineseParagraphPair.map(([, simplified]) => simplified);

/** English terms: words, phrases, globs, variants, a possessive and a hyphenated word. */
export const ENGLISH_TERMS = [
  'security', 'national security', 'cyber security', 'secur*', 'defen?e', 'threat*', 'state', "state's",
  'cyber security | cyber-security | cybersecurity', 'national security | security', 'risk', 'the state',
] as const;

/** Chinese terms, in simplified script. */
export const CHINESE_TERMS = ['安全', '国家安全', '网络安全', '国', '安全 | 全', '防', '网络', '发展', '风险'] as const;

/** 1–5 distinct terms from `terms`. */
export const termsFrom = (terms: readonly string[]): fc.Arbitrary<string[]> =>
  fc.uniqueArray(pick(terms), { minLength: 1, maxLength: 5 });

/** The nesting rule. */
export const nestedScope = pick(['inclusive', 'exclusive'] as const);
