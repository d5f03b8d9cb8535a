import type { Language } from '../text/document.js';
import type { Sector } from '../model/sector.js';

/**
 * One cue of the move rules: a pattern of the library's pattern language (whole words, phrases,
 * `secur*` globs, `a | b` variants, Chinese substrings), its language, why it is there (the
 * guideline rule it implements) and, for security cues, the sector it points to.
 *
 * The shape is the lexicon's entry shape (`{pattern, lang?, why?}`), so that these lists can move
 * into `src/lexicon` without change.
 */
export interface MoveCue {
  readonly pattern: string;
  readonly lang: Language;
  readonly why: string;
  readonly sector?: Sector;
  /**
   * For security wording that names its referent itself (S1: "public security" implies the
   * public): the referent it implies, in the guidelines' harmonised wording.
   */
  readonly implies?: string;
}

/** The cue categories the rules look up; each maps to one rule family of `docs/scoring.md`. */
export type MoveCueCategory =
  | 'warn.agent'
  | 'warn.danger'
  | 'warn.avert'
  | 'warn.negative'
  | 'warn.inaction'
  | 'warn.procedure'
  | 'security.framing'
  | 'security.referent'
  | 'security.technical'
  | 'urgency';

function cue(lang: Language, pattern: string, why: string, sector?: Sector, implies?: string): MoveCue {
  return { pattern, lang, why, ...(sector === undefined ? {} : { sector }), ...(implies === undefined ? {} : { implies }) };
}
const en = (pattern: string, why: string, sector?: Sector, implies?: string): MoveCue => cue('en', pattern, why, sector, implies);
const zh = (pattern: string, why: string, sector?: Sector, implies?: string): MoveCue => cue('zh', pattern, why, sector, implies);

/**
 * The cue lists of the move rules, by category. English and Chinese cues sit side by side; each
 * rule looks up the cues of the document's language.
 *
 * Merge point with `src/lexicon`: `warn.*` corresponds to the lexicon's `threat`, `urgency` to
 * `urgency`, `security.framing` to `security.*` and `existential`, `security.referent` to
 * `referent`. The lists here are narrower on purpose: each is tied to a decision rule of the
 * annotation guidelines (exclusions included), not to counting.
 */
export const MOVE_CUES: Readonly<Record<MoveCueCategory, readonly MoveCue[]>> = {
  'warn.agent': [
    en('adversar*', 'W1: an adversary is a threatening agent'),
    en('enemy | enemies', 'W1: a threatening agent'),
    en('hostile | malicious', 'W1: hostile or malicious actors'),
    en('terroris* | terror', 'W1: terrorists and terrorism, also inside a task name (counter-terrorism)'),
    en('criminal | criminals | crime | crimes', 'W1: criminals'),
    en('hacker | hackers | attacker* | saboteur*', 'W1: hackers and attackers (not "hackerspaces")'),
    en('bad actors | rogue actors | rogue states | countries of concern', 'W1: hostile actors'),
    zh('敌对 | 敌人 | 恐怖 | 犯罪 | 黑客 | 不法分子', 'W1: threatening agents'),
  ],
  'warn.danger': [
    en('threat | threats | threaten | threatens | threatened | threatening', 'W2: a named threat'),
    en('risk | risks | risky', 'W2: a named risk (procedures are excluded by warn.procedure)'),
    en('danger | dangers | dangerous | peril | perils', 'W2: a named danger'),
    en('harm | harms | harmful | hazard | hazards | hazardous', 'W2: a named harm'),
    en('vulnerability | vulnerabilities | vulnerable', 'W2: a vulnerability'),
    en('attack | attacks | attacked | cyberattack* | cyber-attack*', 'W2: an attack'),
    en('theft | thefts | steal | steals | stealing | stolen | espionage | sabotage', 'W2: theft and espionage'),
    en('misuse | abuse | abuses | fraud | frauds | scam | scams', 'W2: misuse and fraud'),
    en('disinformation | misinformation | deepfake | deepfakes | forged | forgery', 'W2: deception'),
    en('malware | ransomware | intrusion | intrusions | breach | breaches', 'W2: cyber harm'),
    en('outage | outages | blackout | blackouts | disruption | disruptions | crisis | crises', 'W2: a disruption'),
    en('catastroph* | accident | accidents | disaster | disasters', 'W2: a catastrophe or accident'),
    en('weapons of mass destruction | bioweapon* | chemical weapons | coercion | blackmail', 'W2: grave harm'),
    en('lost jobs | lose jobs | lose their jobs | job loss | job losses | loss of jobs | unemployment', 'W2: job loss'),
    en('job displacement | worker displacement | displaced workers', 'W2: job loss'),
    en('leak | leaks | leakage | infringement | infringements | violation | violations', 'W2: a named harm'),
    zh('威胁 | 风险 | 危险 | 危害 | 隐患 | 攻击 | 窃取 | 泄露 | 滥用 | 诈骗 | 破坏 | 侵犯 | 侵害', 'W2: a named danger'),
    zh('失业 | 冲击 | 危机 | 事故 | 灾难', 'W2: a named harm'),
  ],
  'warn.avert': [
    en(
      'prevent | prevents | preventing | prevented | mitigate | mitigates | mitigating | counter | counters | countering',
      'W2: the object of an averting verb is a danger',
    ),
    en('combat | combats | combating | combatting | deter | deters | deterring | thwart | thwarts | thwarting', 'W2: averting verb'),
    en(
      'guard against | protect against | protects against | protecting against | defend against | defending against | safeguard against',
      'W2: averting verb',
    ),
    en('crack down on | cracking down on | fight against | fighting against | fend off', 'W2: averting verb'),
    en('minimize | minimizes | minimizing | minimized | minimise | minimises | minimising | minimised', 'W2: averting verb (the guidelines\' list)'),
    zh('防范 | 防止 | 抵御 | 打击 | 遏制 | 防御 | 化解', 'W2: averting verb'),
  ],
  'warn.negative': [
    en(
      'new challenges | severe challenges | serious challenges | grave challenges | major challenges | unprecedented challenges',
      'W4: a negative situation attributed to the issue',
    ),
    en('challenge | challenges | problem | problems', 'W4: only when attributed to the issue: face, pose, bring, create … (ENGLISH_GRAMMAR.challengeVerbs), a negative adjective, "of / from / posed by X", "AI\'s", "these"'),
    en('more complex | increasingly complex | increasingly severe | complex and severe | grim', 'W4: a worsening situation'),
    en('negative impact | negative impacts | adverse | hidden dangers | turbulence', 'W4: a negative situation'),
    zh('挑战 | 严峻 | 复杂严峻 | 更加复杂 | 不确定性 | 负面影响', 'W4: a negative situation'),
  ],
  'warn.inaction': [
    en('fall behind | falling behind | fallen behind | fell behind | left behind | be left behind', 'W3: falling behind'),
    en('lose our lead | lose its lead | lose the lead | losing our lead | cede | ceding | at the mercy of', 'W3: losing'),
    en('if we fail | if we do not | failure to act | or else | lest | otherwise', 'W3: bad consequence of inaction'),
    zh('落后 | 受制于人 | 贻误', 'W3: falling behind'),
  ],
  'warn.procedure': [
    en(
      'risk management | risk assessment | risk assessments | risk prevention | risk handling | risk warning | risk warnings',
      'W5: a danger word naming a procedure',
    ),
    en(
      'risk sharing | risk-sharing | risk control | risk controls | risk evaluation | risk evaluations | risk analysis | risk mitigation | risk monitoring',
      'W5: a procedure',
    ),
    en('high-risk | low-risk | risk-based | risk based | risk level | risk levels | risk tolerance | risk appetite | risk awareness', 'W5: risk as a dimension'),
    en('awareness of risk | awareness of risks | awareness of the risks | risk framework | risk frameworks', 'W5: risk as an attitude or instrument'),
    en('emergency response | incident response | early warning | early-warning | disaster prevention | disaster relief', 'W5: a procedure or system'),
    en(
      'vulnerability information | vulnerability sharing | vulnerability disclosure | threat information | threat intelligence',
      'W5: sharing of danger information is a procedure',
    ),
    en('deepfake evaluation | deepfake evaluations | deepfake detection', 'W5: an evaluation programme'),
    en('adversarial robustness | adversarial training', 'W5: a machine-learning property or technique, not an adversary'),
    en(
      'risk and assessment | risks and assessment | risk and management | risks and management | risk and prevention | risks and prevention | risk and control | risks and control',
      'W5: a procedure compound with its head coordinated ("risks and assessment" = risk assessment)',
    ),
    zh('风险评估 | 风险管理 | 风险防范 | 风险防控 | 风险预警 | 风险分担 | 风险意识 | 应急响应 | 预警系统 | 防灾减灾', 'W5: a procedure'),
  ],
  'security.framing': [
    en('national security | state security | homeland security', 'S1(a): security wording with its referent', 'political', 'national security'),
    en('security', 'S1(a): security wording; the sector comes from the referent'),
    en('cybersecurity | cyber security | cyber-security | cyber defense | cyber defence | cyberattack* | cyber-attack*', 'S1(a): cyber security', 'cyber'),
    en('national defense | national defence | defense | defence | defenses | defences', 'S1(a): defence', 'military', 'national defense'),
    en('military | militaries | militarily | armed forces | warfighter* | warfighting | army | navy | troops | battlefield*', 'S1(a): military', 'military', 'national defense'),
    en('civil-military | military-civil', 'S1(a): civil-military integration', 'military', 'national defense'),
    en('threat | threats | threaten | threatens | threatened', 'S1(a): threat wording'),
    en('adversar* | enemy | enemies | hostile', 'S1(a): adversaries', 'technological'),
    en(
      'strategic adversaries | foreign adversaries | adversary nations | adversarial nations | hostile nations | hostile states',
      'S1: a state\'s adversaries are adversaries of the nation, which they imply as referent',
      'technological',
      'the nation',
    ),
    en(
      'malicious actors | hostile actors | theft | steal | steals | stealing | stolen',
      'S1(a), sector table: protecting the national technology base from theft or adversaries',
      'technological',
    ),
    en('sovereignty | sovereign', 'S1(a): sovereignty', 'political', 'national sovereignty'),
    en('terroris* | counter-terror*', 'S1(a): terrorism', 'societal', 'public safety and security'),
    en('public security | public safety | policing | police | law enforcement', 'S1(a): public security and policing; "public safety" is the referent the guidelines harmonise as "public safety and security" (公共安全), not regulatory safety (S3)', 'societal', 'public safety and security'),
    en('security governance | safety and security governance', 'S1: "security governance" implies society as the referent', 'societal', 'public safety and security'),
    en('race | races | arms race | strategic rival* | rival | rivals | rivalry | commanding heights', 'S1(a): a race or strategic rivalry', 'technological'),
    en('geopolitical competition | strategic competition | great power competition', 'S1(a): strategic rivalry', 'technological'),
    en('economic security | supply chain security', 'S1(a): economic security', 'economic', 'economic security'),
    zh('国家安全 | 政治安全 | 政权安全', 'S1(a): security with the nation as referent', 'political', 'national security'),
    zh('主权', 'S1(a): sovereignty', 'political', 'national sovereignty'),
    zh('安全', 'S1(a): security wording; the sector comes from the referent'),
    zh('国防 | 军事 | 军民融合 | 军队 | 国防建设', 'S1(a): defence', 'military', 'national defense'),
    zh('网络安全 | 网络攻击', 'S1(a): cyber security', 'cyber'),
    zh('威胁 | 敌对', 'S1(a): threat wording'),
    zh('公共安全 | 社会稳定 | 反恐 | 恐怖 | 治安', 'S1(a): public security', 'societal', 'public safety and security'),
    zh('制高点 | 战略竞争 | 主导权 | 竞争新焦点', 'S1(a): strategic rivalry', 'technological'),
    zh('经济安全', 'S1(a): economic security', 'economic', 'economic security'),
  ],
  'security.referent': [
    en('national security | state security', 'S1(b): national security', 'political', 'national security'),
    en('national defense | national defence | defense capabilities | defence capabilities | armed forces', 'S1(b): national defence', 'military', 'national defense'),
    en('public safety | public security | public order | social stability | social order', 'S1(b): public safety and security', 'societal', 'public safety and security'),
    en('public places | public areas | public spaces | public venues', 'S1(b): security of public places implies the public', 'societal', 'public safety and security'),
    en('critical infrastructure | critical infrastructures', 'S1(b): critical infrastructure', 'cyber', 'critical infrastructure'),
    en('homeland | the nation | our nation | the nation\'s | our nation\'s | the country | our country | the state', 'S1(b): the nation', undefined, 'the nation'),
    en('national interest | national interests | national strength | national power', 'S1(b): national interests', undefined, 'national interests'),
    en('america | america\'s | american | americans | united states | u.s.', 'S1(b): the nation by name', undefined, 'the United States'),
    en('china | china\'s | chinese', 'S1(b): the nation by name', undefined, 'China'),
    en('our | we | us', 'S1(b): the collective first person of a state document', undefined, 'the nation'),
    en('technology protection | technology base | industrial base', 'S1(b): the nation\'s technology base', 'technological', 'national technology base'),
    en('technological lead | technological edge | dominance | supremacy', 'S1(b): national standing against rivals', 'technological', 'national technological standing'),
    zh('国家安全', 'S1(b): national security', 'political', 'national security'),
    zh('国防', 'S1(b): national defence', 'military', 'national defense'),
    zh('公共安全 | 社会稳定 | 社会安全', 'S1(b): public safety and security', 'societal', 'public safety and security'),
    zh('关键信息基础设施 | 关键基础设施', 'S1(b): critical infrastructure', 'cyber', 'critical infrastructure'),
    zh('国家 | 我国 | 中国 | 中华民族 | 民族', 'S1(b): the nation', undefined, 'the nation'),
  ],
  'security.technical': [
    en(
      'data security | information security | product security | algorithm security | algorithmic security | model security | system security',
      'S2: technical security of products, algorithms or data',
    ),
    en(
      'security assessment | security assessments | security testing | security test | security tests | security evaluation | security evaluations',
      'S2: a security procedure',
    ),
    en(
      'security review | security reviews | security standard | security standards | security certification | security protection | security vulnerabilit*',
      'S2: a security procedure',
    ),
    en('secure-by-design | secure by design | security and controllability | safe and controllable | secure and controllable', 'S2, S7: an engineering property or a principle'),
    en('security of data | security of algorithms | security of products | security of systems | security of models | security of facilities', 'S2'),
    en('social security | food security | job security', 'not state security: welfare, food supply, employment'),
    en('adversarial attack* | adversarial example* | adversarial input* | adversarial robustness | adversarial training', 'S2: a machine-learning technique'),
    zh('数据安全 | 算法安全 | 产品安全 | 信息安全 | 安全评估 | 安全测试 | 安全可控 | 安全检测 | 安全标准 | 安全防护', 'S2: technical security'),
    zh('食品安全 | 生产安全 | 安全生产', 'S3: regulatory safety'),
  ],
  urgency: [
    en('urgent | urgently | urgency | immediately | immediate | without delay | as soon as possible | now is the time', 'urgency'),
    en('imperative | critical juncture | at stake | no time to lose | decisive', 'urgency'),
    zh('紧迫 | 迫切 | 刻不容缓 | 亟需 | 亟待 | 当务之急 | 时不我待', 'urgency'),
  ],
};

/**
 * Grammatical cue words of the English rules: looked up on wink-nlp tokens (lower-cased value or
 * lemma), not as patterns, because the rules need their position in the clause.
 */
export const ENGLISH_GRAMMAR = {
  /** R2: deontic modals. */
  deonticModals: ['must', 'should', 'shall', 'ought'],
  /** R2: "need to", "have to" (the lemma is checked, then a following "to"). */
  deonticVerbs: ['need', 'have'],
  /** R2: "it is ADJ (for X) to", "ADJ that"; also "will be ADJ for". */
  deonticAdjectives: ['necessary', 'imperative', 'essential', 'important', 'vital', 'critical', 'crucial', 'key', 'needed', 'required'],
  /** R2: "X is needed / required". */
  deonticParticiples: ['needed', 'required'],
  /** R2, C5: "X requires / will necessitate / will demand Y" states a necessity, a request and not a claim. */
  necessityVerbs: ['require', 'necessitate', 'demand'],
  /** R2 equivalents: "has a responsibility / duty / obligation to". */
  deonticNouns: ['responsibility', 'duty', 'obligation'],
  /** C5: "X means that Y is required": a linking verb whose that-clause is deontic states a necessity, not a claim. */
  entailmentVerbs: ['mean', 'imply', 'entail'],
  /** R3: subjects whose "will" is a commitment of the state or administration. */
  commitmentSubjects: [
    'we', 'government', 'governments', 'administration', 'state', 'council', 'ministry', 'ministries',
    'department', 'departments', 'agency', 'agencies', 'office', 'commission', 'committee', 'bureau',
    'president', 'congress', 'authorities', 'country', 'nation', 'china', 'america', 'us',
  ],
  /** R3: "will be" + these participles are a plan's commitments, not predictions. */
  commitmentParticiples: [
    'established', 'built', 'launched', 'implemented', 'strengthened', 'improved', 'promoted', 'formed',
    'created', 'set', 'developed', 'deployed', 'issued', 'released', 'published', 'funded', 'expanded',
    'accelerated', 'supported', 'organized', 'carried', 'completed', 'achieved', 'made', 'taken', 'adopted',
    'reviewed', 'required', 'led', 'coordinated', 'encouraged', 'enhanced', 'perfected', 'cultivated',
  ],
  /**
   * C4, R5: "could / might be" + a participle of deliberation describes an option under
   * consideration ("models could be explored"), a hypothetical like "would", not a capability claim.
   * The same holds for any participle when the subject points back to the proposal ("this
   * monitoring could then be used"); "fake evidence could be used to deny justice" stays a claim.
   */
  deliberationParticiples: ['explored', 'considered', 'examined', 'studied', 'evaluated', 'pursued', 'weighed', 'assessed', 'piloted', 'tested'],
  /** R3: verbs of plan targets ("will reach", "will exceed"). */
  targetVerbs: ['reach', 'exceed', 'surpass', 'attain', 'achieve'],
  /** R1: verbs that open imperative task items even where the tagger reads a title-case noun. */
  directiveVerbs: [
    'promote', 'strengthen', 'build', 'establish', 'develop', 'accelerate', 'improve', 'support', 'encourage',
    'expand', 'advance', 'create', 'ensure', 'enhance', 'foster', 'deploy', 'invest', 'increase', 'launch',
    'implement', 'prioritize', 'reduce', 'remove', 'streamline', 'upgrade', 'adopt', 'protect', 'prevent',
    'combat', 'counter', 'drive', 'empower', 'enable', 'facilitate', 'fund', 'lead', 'maintain', 'modernize',
    'bolster', 'cultivate', 'deepen', 'explore', 'focus', 'form', 'guide', 'intensify', 'optimize', 'perfect',
    'push', 'research', 'set', 'speed', 'train', 'use', 'work', 'grow', 'make', 'keep', 'export', 'share',
    'embed', 'follow', 'carry', 'give', 'let', 'continue', 'revise', 'review', 'publish', 'convene', 'partner',
    'issue', 'direct', 'require', 'collaborate', 'coordinate', 'assess', 'evaluate', 'designate', 'recommend',
  ],
  /** C4: subjects that make a statement a meta-statement about the document. */
  documentNouns: ['plan', 'strategy', 'document', 'opinions', 'report', 'notice', 'section', 'guidelines', 'roadmap'],
  /**
   * C4 with G2: heads of a demonstrative subject that name a measure ("this initial phase", "such
   * testbeds"), whose description or predicted effect after a directive is not a claim about the world.
   */
  measureNouns: [
    'effort', 'step', 'measure', 'action', 'phase', 'program', 'programme', 'initiative', 'approach', 'process',
    'strategy', 'policy', 'system', 'framework', 'monitoring', 'guidance', 'pilot', 'project', 'work', 'change',
    'investment', 'reform', 'testbed', 'hub', 'center', 'centre', 'platform', 'mechanism', 'tool',
  ],
  /** C4: "The aim / goal / focus … is (to) …" states the plan's aims ("The plan's aim is to …"), not the world. */
  planAimNouns: ['aim', 'goal', 'objective', 'purpose', 'task', 'focus', 'priority', 'mission', 'element'],
  /** C3: asserted subordinate clauses. */
  assertedSubordinators: ['because', 'since', 'although', 'though', 'while', 'whereas', 'as'],
  /** G2: nouns that make "this/that/such N" an explicit anaphor. */
  anaphorNouns: ['effort', 'efforts', 'work', 'step', 'steps', 'approach', 'case', 'situation', 'trend', 'threat', 'risk', 'challenge', 'goal', 'task', 'measure', 'measures'],
  /** Negators: a danger word after one of these (within the clause) is negated. */
  negators: ['not', "n't", 'no', 'never', 'none', 'neither', 'nor', 'nothing', 'cannot'],
  /**
   * W5: nouns that make a danger word before them the name of a procedure, instrument or
   * programme ("risk management", "deepfake standard", "threat intelligence").
   */
  instrumentNouns: [
    'management', 'assessment', 'assessments', 'evaluation', 'evaluations', 'prevention', 'handling', 'warning',
    'warnings', 'sharing', 'control', 'controls', 'analysis', 'monitoring', 'mitigation', 'response', 'information',
    'intelligence', 'standard', 'standards', 'detection', 'framework', 'frameworks', 'program', 'programs',
    'programme', 'programmes', 'tool', 'tools', 'forensics', 'policy', 'policies', 'guidance', 'database',
    'registry', 'level', 'levels', 'tolerance', 'appetite', 'awareness', 'model', 'models', 'modeling', 'modelling',
    'investment', 'investments', 'capital', 'system', 'systems',
  ],
  /**
   * W5: procedure nouns heading a phrase "for" a danger ("warning systems for financial risk"): a
   * procedure, like "risk warning system".
   * Averting nouns (prevention, mitigation, control, response) are not here: what they avert is a danger (W2).
   */
  instrumentHeads: [
    'management', 'assessment', 'assessments', 'evaluation', 'evaluations', 'analysis', 'analyses', 'monitoring',
    'warning', 'warnings', 'detection', 'standard', 'standards', 'framework', 'frameworks', 'information',
    'database', 'databases', 'registry', 'awareness',
  ],
  /** W4: verbs that attribute "challenges" to the issue ("AI poses challenges", "the grid is facing challenges"). */
  challengeVerbs: ['face', 'pose', 'bring', 'create', 'present', 'encounter', 'confront', 'raise', 'introduce', 'cause'],
  /** W4: purpose verbs before "challenges" ("to address global challenges" is not a warning). */
  purposeVerbs: ['address', 'meet', 'tackle', 'respond', 'cope', 'overcome', 'handle', 'solve'],
  /** Name heads: a capitalised run ending in one is an agency, act or title (G3). */
  nameHeads: [
    'department', 'office', 'agency', 'act', 'council', 'commission', 'bureau', 'administration', 'institute',
    'center', 'centre', 'command', 'laboratory', 'laboratories', 'lab', 'labs', 'program', 'programme',
    'directorate', 'committee', 'service', 'services', 'university', 'college', 'affairs', 'secretary',
    'advisor', 'adviser', 'assistant', 'initiative', 'project', 'agencies', 'exchange', 'production',
  ],
} as const;

/** Grammatical cue words of the Chinese rules, looked up on `Intl.Segmenter` words. */
export const CHINESE_GRAMMAR = {
  /** R2: deontic modals. */
  modals: ['必须', '要', '应', '应当', '应该', '需要', '务必', '亟需', '亟待', '须'],
  /** R1: verbs that open a directive clause. */
  directiveVerbs: [
    '加强', '推进', '推动', '建立', '建设', '完善', '加快', '支持', '鼓励', '培育', '构建', '发展', '提升',
    '促进', '坚持', '深化', '强化', '实施', '开展', '防范', '确保', '保障', '着力', '统筹', '研究', '形成',
    '突破', '引导', '规范', '健全', '落实', '大力', '积极', '全面', '加大', '打造', '提高', '优化', '营造',
    '推广', '部署', '抢抓', '把握', '放眼', '树立', '牢牢', '抓住', '维护', '面向', '围绕', '依托', '聚焦',
  ],
  /** C1: markers of an assertion about the world. */
  assertions: ['是', '已', '已经', '正在', '成为', '日益', '越来越', '进入', '取得', '呈现', '具备', '带来', '面临', '存在', '仍', '尚', '将'],
  /** Negators before a danger word. */
  negators: ['不', '不是', '并非', '没有', '无', '非'],
} as const;
