import { ENGLISH_GRAMMAR as G } from './cues.js';
import { canBeBaseVerb, type RuleToken } from './tokens.js';
import type { ActLabel, Trigger } from './types.js';

const DEONTIC_MODALS = new Set<string>(G.deonticModals);
const DEONTIC_ADJECTIVES = new Set<string>(G.deonticAdjectives);
const DEONTIC_PARTICIPLES = new Set<string>(G.deonticParticiples);
const COMMITMENT_SUBJECTS = new Set<string>(G.commitmentSubjects);
const COMMITMENT_PARTICIPLES = new Set<string>(G.commitmentParticiples);
const TARGET_VERBS = new Set<string>(G.targetVerbs);
const DIRECTIVE_VERBS = new Set<string>(G.directiveVerbs);
const DOCUMENT_NOUNS = new Set<string>(G.documentNouns);
const PLAN_AIM_NOUNS = new Set<string>(G.planAimNouns);
const MEASURE_NOUNS = new Set<string>(G.measureNouns);
const SUBORDINATORS = new Set<string>(G.assertedSubordinators);
const NECESSITY_VERBS = new Set<string>(G.necessityVerbs);
const DEONTIC_NOUNS = new Set<string>(G.deonticNouns);
const ENTAILMENT_VERBS = new Set<string>(G.entailmentVerbs);
const DELIBERATION_PARTICIPLES = new Set<string>(G.deliberationParticiples);
const TENTATIVE = new Set(['could', 'might']);
const DEFINING_VERBS = new Set(['refer', 'mean', 'denote', 'stand']);
const DEMONSTRATIVE_SUBJECTS = new Set(['this', 'these', 'such']);
// Determiners before an attributive participle ("this enhanced monitoring", "the revised rules").
const DETERMINERS = new Set(['this', 'that', 'these', 'those', 'the', 'a', 'an', 'such', 'its', 'their', 'our', 'his', 'her', 'each', 'every', 'any', 'some', 'no']);

const FUTURE = new Set(['will', "'ll", 'wo']);
const HYPOTHETICAL = new Set(['would']);
const POSSIBILITY = new Set(['can', 'could', 'may', 'might']);
const NOT_ASSERTED = new Set([...DEONTIC_MODALS, ...FUTURE, ...HYPOTHETICAL, 'may', 'might', 'could']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const OPENS_STATEMENT = new Set(['this', 'these', 'that', 'those', 'it', 'we', 'they', 'there', 'he', 'she']);
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);
// Words that open an introductory phrase ending at a comma, after which the main clause starts.
const INTRO_WORDS = new Set([
  'if', 'when', 'although', 'though', 'while', 'as', 'since', 'because', 'whereas', 'given', 'just', 'once',
  'after', 'before', 'during', 'with', 'without', 'in', 'on', 'for', 'through', 'under', 'at', 'within',
  'based', 'according', 'to', 'by', 'from', 'among', 'amid', 'beyond', 'across', 'upon', 'against',
  'where', 'wherever', 'whenever', 'unless',
]);
// Subordinators whose introductory clause has a finite verb of its own: the clause does not end
// at a comma before that verb ("As these tools, policies, and mechanisms mature, it will …").
const CLAUSE_SUBORDINATORS = new Set(['if', 'when', 'although', 'though', 'while', 'as', 'since', 'because', 'whereas', 'once', 'whenever', 'unless']);

/** What a caller knows about the sentence beyond its tokens. */
export interface MoodContext {
  /** The sentence lies in a plan-target passage (a paragraph opening "By 2030, …"). */
  readonly targetParagraph: boolean;
  readonly trigger: (start: number, end: number) => Trigger;
  /**
   * Whether the previous sentence asks for action in so many words (R1–R3). Asked lazily, only
   * for a clause whose subject is a demonstrative ("This will enable …", "This includes …").
   */
  readonly previousDirective?: () => boolean;
}

const isYear = (t: RuleToken | undefined): boolean => t !== undefined && /^(?:19|20)\d\d$/u.test(t.text);
const isComma = (t: RuleToken | undefined): boolean => t !== undefined && (t.text === ',' || t.text === '，');

function nextComma(tokens: readonly RuleToken[], from: number): number {
  for (let k = from; k < tokens.length; k++) if (isComma(tokens[k])) return k;
  return -1;
}

/** A base-form verb: the imperative's form (also the infinitive and the non-3rd-person present). */
function isBaseVerb(t: RuleToken): boolean {
  // A long "-ing" word the lemmatizer does not know ("supercomputing") is a gerund, not a base form ("bring").
  return t.pos === 'VERB' && t.lower === t.lemma && !(t.lower.endsWith('ing') && t.lower.length > 6);
}

/**
 * "competitors race to exploit", "capabilities promise to accelerate": a word tagged as a noun
 * that has a base-form verb reading, right after a plural noun or a plural pronoun and before
 * "to" or a determiner, is a present-tense verb the tagger misread.
 */
function isMisreadPresent(tokens: readonly RuleToken[], k: number): boolean {
  const t = tokens[k]!;
  const previous = tokens[k - 1];
  const next = tokens[k + 1];
  if (previous === undefined || next === undefined || t.lower !== t.lemma) return false;
  const pluralSubject = (previous.pos === 'NOUN' && previous.lower !== previous.lemma && previous.lower.endsWith('s')) || ['we', 'they'].includes(previous.lower);
  return pluralSubject && (next.lower === 'to' || next.pos === 'DET') && canBeBaseVerb(t.lower);
}

/** An AUX or verb form that makes its clause finite: a subject is asserted to do or be something. */
function isFinite(tokens: readonly RuleToken[], k: number): boolean {
  const t = tokens[k]!;
  const previous = tokens[k - 1];
  if (previous?.lower === 'to') return false;
  if (t.pos === 'AUX') return !['be', 'being', 'been', 'to'].includes(t.lower);
  if (t.pos === 'NOUN') return isMisreadPresent(tokens, k);
  if (t.pos !== 'VERB' || t.lower.endsWith('ing')) return false;
  // "The focuses for …": a word right after an article is a noun the tagger misread; so is one
  // between a demonstrative and the clause's auxiliary ("this upgrade is …").
  if (previous !== undefined && ['the', 'a', 'an'].includes(previous.lower)) return false;
  if (previous !== undefined && ['this', 'that', 'these', 'those'].includes(previous.lower) && tokens[k + 1]?.pos === 'AUX') return false;
  // "this enhanced monitoring": a participle between a determiner and a noun is attributive.
  const participle = t.lower !== t.lemma && !t.lower.endsWith('s');
  if (participle && previous !== undefined && DETERMINERS.has(previous.lower) && tokens[k + 1]?.pos === 'NOUN') return false;
  // A reduced passive ("outages caused by …") follows its noun like a finite verb does.
  if (tokens[k + 1]?.lower === 'by') return false;
  // "platforms based on …", "tools deployed in …": a participle before a preposition modifies its noun.
  if (t.lower !== t.lemma && !t.lower.endsWith('s') && tokens[k + 1]?.pos === 'ADP') return false;
  if (t.lower !== t.lemma && t.lower.endsWith('s') && !t.lower.endsWith('ss')) return true;
  // "we build", "new tools (still) create": a base form right after a nominal is a present-tense verb.
  if (t.lower === t.lemma) {
    let j = k - 1;
    while (j > 0 && tokens[j]!.pos === 'ADV') j--;
    // "The challenges of A, B, etc., remain serious": the subject's enumeration ends in "etc.".
    if (tokens[j]?.text === ',' && /^etc\.?$/iu.test(tokens[j - 1]?.text ?? '')) return true;
    return j >= 0 && NOMINAL.has(tokens[j]!.pos);
  }
  if (previous === undefined) return false;
  if (NOMINAL.has(previous.pos)) return true;
  // "the government recently launched …" is finite; "autonomously controlled systems" is attributive.
  return previous.pos === 'ADV' && (NOMINAL.has(tokens[k - 2]?.pos ?? '') || tokens[k + 1]?.pos !== 'NOUN');
}

function skipAdverbs(tokens: readonly RuleToken[], k: number): number {
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART' && tokens[k]?.lower !== 'to') k++;
  return k;
}

/** A base-form verb right after the noun of a short phrase, in `[from, to)`; -1 when there is none or the phrase has a clause of its own. */
function bareVerbAfterPhrase(tokens: readonly RuleToken[], from: number, to: number): number {
  for (let j = from + 1; j < to && j <= from + 6; j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'PRON' || RELATIVE.has(t.lower)) return -1;
    if (isBaseVerb(t) && tokens[j - 1]!.pos === 'NOUN' && tokens[j + 1]?.pos !== 'AUX') return j;
  }
  return -1;
}

const CLAUSE_BOUNDARIES = new Set([',', ';', ':', 'that', 'which', 'who', 'to', 'so', '(', '—', '–']);

/**
 * R1: a capitalised clause-initial word that the tagger read as a noun but that has a
 * base-form verb reading ("Mandate that …", "Reform power markets …"), when nothing finite follows
 * it before the first clause boundary (which would make it a subject: "Research shows …").
 */
function titleCaseImperative(tokens: readonly RuleToken[], v: number): boolean {
  const first = tokens[v]!;
  if (!/^\p{Lu}\p{Ll}/u.test(first.text) || !['NOUN', 'PROPN'].includes(first.pos) || !canBeBaseVerb(first.text)) return false;
  const next = tokens[v + 1];
  if (next === undefined || next.pos === 'PUNCT') return false;
  // A capitalised run is a name ("State Council Notice …") unless the whole line is a title-case heading.
  const heading = tokens[tokens.length - 1]!.pos !== 'PUNCT';
  if (/^\p{Lu}/u.test(next.text) && !heading) return false;
  // "Key breakthroughs in …": a modifier of a plural noun (a verbless task item, R4), not a verb.
  if ((next.pos === 'NOUN' || next.pos === 'PROPN') && next.lower !== next.lemma) return false;
  for (let k = v + 1; k < tokens.length && !CLAUSE_BOUNDARIES.has(tokens[k]!.lower); k++) {
    if (tokens[k]!.pos === 'AUX' || isFinite(tokens, k)) return false;
  }
  return true;
}

/** The comma at `c` separates items of an enumeration: a nominal follows, then "," / "and" / "or" before any verb. */
function continuesList(tokens: readonly RuleToken[], c: number): boolean {
  // ", and X": the last item of the enumeration follows.
  if ((tokens[c + 1]?.lower === 'and' || tokens[c + 1]?.lower === 'or') && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[c + 2]?.pos ?? '')) return true;
  if (!['NOUN', 'ADJ', 'PROPN'].includes(tokens[c + 1]?.pos ?? '')) return false;
  for (let k = c + 2; k < Math.min(tokens.length, c + 5); k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.lower === 'and' || t.lower === 'or') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** Where the main clause of a segment starts, after introductory phrases closed by a comma. */
function mainClauseStart(tokens: readonly RuleToken[]): { start: number; target: boolean } {
  let k = 0;
  let target = false;
  while (k < tokens.length && (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'SYM')) k++;
  for (let round = 0; round < 3 && k < tokens.length; round++) {
    const t = tokens[k]!;
    const comma = nextComma(tokens, k);
    if ((t.lower === 'by' || t.lower === 'until') && (isYear(tokens[k + 1]) || (tokens[k + 1]?.lower === 'the' && tokens.slice(k, k + 6).some(isYear)))) {
      target = true;
    }
    const participle = t.pos === 'VERB' && t.lower !== t.lemma;
    const adverbial = t.pos === 'ADV' && comma === k + 1;
    const intro = INTRO_WORDS.has(t.lower) || t.pos === 'ADP' || t.pos === 'SCONJ' || participle || adverbial;
    if (!intro) break;
    // "In the near term focus on …": an introductory prepositional phrase without its comma, then
    // the imperative verb (a base form right after the phrase's noun).
    const bare = t.pos === 'ADP' && t.lower !== 'to' ? bareVerbAfterPhrase(tokens, k + 1, comma < 0 ? Math.min(tokens.length, k + 12) : comma) : -1;
    if (bare > 0) {
      k = bare;
      break;
    }
    if (comma < 0 || comma - k > 30) break;
    // An introductory phrase has no finite verb of its own ("Advanced AI is …, enabling" is not one).
    if (participle && tokens.slice(k, comma).some((x) => x.pos === 'AUX')) break;
    // "Led by A, B, and C, do Y", "Through A, B, and C, do Y": the phrase ends at the first comma
    // that a verb follows.
    let close = comma;
    const listed = participle || t.pos === 'ADP';
    if (CLAUSE_SUBORDINATORS.has(t.lower)) {
      // The comma of an enumeration in the clause's subject does not close it.
      let c = comma;
      while (c >= 0 && c - k <= 30 && continuesList(tokens, c) && !tokens.slice(k + 1, c).some((_, i) => isFinite(tokens, k + 1 + i))) c = nextComma(tokens, c + 1);
      if (c < 0 || c - k > 30) break;
      k = c + 1;
      continue;
    }
    for (let c = comma; listed && c >= 0 && c - k <= 30; c = nextComma(tokens, c + 1)) {
      const after = tokens[skipAdverbs(tokens, c + 1)];
      if (after !== undefined && (isBaseVerb(after) || DIRECTIVE_VERBS.has(after.lower))) {
        close = c;
        break;
      }
    }
    k = close + 1;
  }
  return { start: k, target };
}

const DEONTIC_HEAD_NOUNS = new Set(['imperative', 'necessity', 'must', 'priority']);

/** "a (national security) imperative for X to / to": the index of the deontic noun, else -1. */
function deonticNounPhrase(tokens: readonly RuleToken[], k: number): number {
  if (tokens[k]?.lower !== 'a' && tokens[k]?.lower !== 'an') return -1;
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
    if (DEONTIC_HEAD_NOUNS.has(tokens[j]!.lower)) {
      return tokens.slice(j + 1, j + 8).some((x) => x.lower === 'to') ? j : -1;
    }
    if (!['ADJ', 'NOUN', 'PROPN'].includes(tokens[j]!.pos)) return -1;
  }
  return -1;
}

/** R2: "have a/the (ADJ) responsibility | duty | obligation to": the index of "to", else -1. */
function deonticNounAt(tokens: readonly RuleToken[], k: number): number {
  if (tokens[k]?.lemma !== 'have') return -1;
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
    if (DEONTIC_NOUNS.has(tokens[j]!.lower)) return tokens[j + 1]?.lower === 'to' ? j + 1 : -1;
    if (!['DET', 'ADJ', 'ADV', 'PRON'].includes(tokens[j]!.pos)) return -1;
  }
  return -1;
}

function subjectHasCommitter(subject: readonly RuleToken[]): boolean {
  return subject.some((t) => COMMITMENT_SUBJECTS.has(t.lower) || (/^[A-Z]{2,}s?$/u.test(t.text) && t.pos === 'PROPN'));
}

/** The head noun of a subject: its last noun before the first preposition ("the focus of X" → focus). */
function subjectHead(subject: readonly RuleToken[]): RuleToken | undefined {
  let head: RuleToken | undefined;
  let done = false;
  subject.forEach((t, i) => {
    if (done) return;
    if (t.pos === 'ADP' && head !== undefined) done = true;
    // A word right after an article is nominal whatever its tag ("The focuses for …").
    else if (t.pos === 'NOUN' || t.pos === 'PROPN' || ['the', 'a', 'an'].includes(subject[i - 1]?.lower ?? '') && t.pos === 'VERB') head = t;
  });
  return head;
}

function isMetaStatement(subject: readonly RuleToken[], verb: RuleToken): boolean {
  if (subject.some((t, i) => DOCUMENT_NOUNS.has(t.lemma) && ['this', 'the', 'these'].includes(subject[i - 1]?.lower ?? '') && i <= 3)) return true;
  // "America's AI Action Plan has three pillars", "The following opinions are put forward": the document is the subject.
  const head = subjectHead(subject);
  if (head !== undefined && subject.length <= 12 && (DOCUMENT_NOUNS.has(head.lemma) || DOCUMENT_NOUNS.has(head.lower))) return true;
  // "The focuses for breakthroughs in X are: …", "A key element of this stabilization is to …": the plan's aims.
  if (head !== undefined && verb.lemma === 'be' && PLAN_AIM_NOUNS.has(head.lemma)) return true;
  // A definition of one of the document's terms: '"N" refers to …', '"1" means …'.
  // (The opening quote lies before the main clause: leading punctuation is skipped.)
  const quoted = subject.length >= 2 && subject.length <= 6 && /^[”"’']$/u.test(subject[subject.length - 1]!.text);
  return quoted && DEFINING_VERBS.has(verb.lemma);
}

/**
 * C4 with G2: a clause whose subject is a demonstrative right after a directive ("Build X. This
 * will enable …", "… This includes …") describes the recommended measure or its intended effect,
 * not the world.
 */
function describesMeasure(subject: readonly RuleToken[], ctx: MoodContext): boolean {
  if (!DEMONSTRATIVE_SUBJECTS.has(subject[0]?.lower ?? '')) return false;
  // "This …", or "this/these/such" + a measure noun; "These nascent capabilities promise …" is about the world.
  const head = subjectHead(subject);
  const pointsToMeasure = subject.length === 1 || (head !== undefined && MEASURE_NOUNS.has(head.lemma));
  return pointsToMeasure && ctx.previousDirective?.() === true;
}

/** R2/R3/C1 decisions for a clause whose first finite word is at `f`. */
function finiteClause(tokens: readonly RuleToken[], m: number, f: number, targetContext: boolean, ctx: MoodContext): ActLabel[] {
  const t = tokens[f]!;
  const subject = tokens.slice(m, f);
  const here = (a: number, b = a): Trigger[] => [ctx.trigger(tokens[a]!.start, tokens[b]!.end)];
  if (DEONTIC_MODALS.has(t.lower)) return [{ kind: 'request', rule: 'R2-modal', triggers: here(f) }];
  if ((t.lemma === 'need' || t.lemma === 'have') && tokens[f + 1]?.lower === 'to') {
    return [{ kind: 'request', rule: 'R2-modal', triggers: here(f, f + 1) }];
  }
  const duty = deonticNounAt(tokens, f);
  if (duty > 0) return [{ kind: 'request', rule: 'R2-necessity', triggers: here(f, duty) }];
  if (HYPOTHETICAL.has(t.lower)) return [];
  if (FUTURE.has(t.lower)) {
    const after = skipAdverbs(tokens, f + 1);
    // "will need to", "will have to": a deontic necessity in the future (R2).
    if ((tokens[after]?.lemma === 'need' || tokens[after]?.lemma === 'have') && tokens[after + 1]?.lower === 'to') {
      return [{ kind: 'request', rule: 'R2-modal', triggers: here(f, after + 1) }];
    }
    const be = tokens[after]?.lower === 'be' ? skipAdverbs(tokens, after + 1) : -1;
    if (targetContext) return [{ kind: 'request', rule: 'R3-target', triggers: here(f) }];
    if (subjectHasCommitter(subject)) return [{ kind: 'request', rule: 'R3-commitment', triggers: here(m, f) }];
    if (be > 0 && DEONTIC_ADJECTIVES.has(tokens[be]?.lower ?? '')) return [{ kind: 'request', rule: 'R2-necessity', triggers: here(f, be) }];
    if (be > 0 && COMMITMENT_PARTICIPLES.has(tokens[be]?.lower ?? '')) return [{ kind: 'request', rule: 'R3-commitment', triggers: here(f, be) }];
    if (NECESSITY_VERBS.has(tokens[after]?.lemma ?? '')) return [{ kind: 'request', rule: 'R2-necessity', triggers: here(f, after) }];
    // Plan targets: "will reach / exceed / attain" a level, or "will be more than" a number.
    if (TARGET_VERBS.has(tokens[after]?.lemma ?? '')) return [{ kind: 'request', rule: 'R3-target', triggers: here(f, after) }];
    const quantified = tokens.slice(f).some((x) => x.pos === 'NUM') && tokens.slice(f).some((x, i, a) => x.lower === 'than' && a[i - 1]?.lower === 'more');
    if (quantified) return [{ kind: 'request', rule: 'R3-target', triggers: here(f, after) }];
    if (isMetaStatement(subject, t) || describesMeasure(subject, ctx)) return [];
    return [{ kind: 'claim', rule: 'C1-prediction', triggers: here(f) }];
  }
  if (isMetaStatement(subject, t)) return [];
  if (TENTATIVE.has(t.lower)) {
    // C4, R5: "could be explored", "this … could then be used": a hypothetical description of a proposal.
    const be = skipAdverbs(tokens, f + 1);
    const participle = tokens[skipAdverbs(tokens, be + 1)];
    const anaphoric = ['this', 'these', 'such'].includes(subject[0]?.lower ?? '');
    const passive = tokens[be]?.lower === 'be' && participle !== undefined && participle.pos === 'VERB' && participle.lower !== participle.lemma;
    if (passive && (anaphoric || DELIBERATION_PARTICIPLES.has(participle.lower))) return [];
  }
  if (POSSIBILITY.has(t.lower)) return describesMeasure(subject, ctx) ? [] : [{ kind: 'claim', rule: 'C1-capability', triggers: here(f) }];
  // "It is necessary (for X) to …", "X is needed", "Now is the time to …", "There is a need to …".
  const next = skipAdverbs(tokens, f + 1);
  const word = tokens[next]?.lower ?? '';
  if (t.lemma === 'be') {
    if (subject.length === 1 && subject[0]!.lower === 'it' && DEONTIC_ADJECTIVES.has(word)) {
      return [{ kind: 'request', rule: 'R2-necessity', triggers: here(m, next) }];
    }
    // "It is a (national security) imperative / necessity for X to …": the noun form of R2.
    const noun = deonticNounPhrase(tokens, next);
    if (subject.length === 1 && subject[0]!.lower === 'it' && noun > 0) return [{ kind: 'request', rule: 'R2-necessity', triggers: here(m, noun) }];
    if (DEONTIC_PARTICIPLES.has(word)) return [{ kind: 'request', rule: 'R2-necessity', triggers: here(f, next) }];
    if (subject.length === 1 && subject[0]!.lower === 'now' && word === 'the' && tokens[next + 1]?.lower === 'time') {
      return [{ kind: 'request', rule: 'R2-necessity', triggers: here(m, next + 1) }];
    }
    if (subject.length === 1 && subject[0]!.lower === 'there' && tokens.slice(next, next + 3).some((x) => x.lemma === 'need')) {
      return [{ kind: 'request', rule: 'R2-necessity', triggers: here(m, next) }];
    }
  }
  if (NECESSITY_VERBS.has(t.lemma) || t.lemma === 'call' && tokens[f + 1]?.lower === 'for') {
    return [{ kind: 'request', rule: 'R2-necessity', triggers: here(f) }];
  }
  // C5: "X means that Y is required / we must …" asserts a necessity: a request, not a claim.
  if (ENTAILMENT_VERBS.has(t.lemma) && tokens[f + 1]?.lower === 'that') {
    const deontic = deonticAnywhere(tokens.slice(f + 2), ctx);
    if (deontic.length > 0) return deontic;
  }
  if (describesMeasure(subject, ctx)) return [];
  return [{ kind: 'claim', rule: 'C1-declarative', triggers: here(f) }];
}

/** Speech acts of one clause segment (the part of a sentence between semicolons). */
function segmentActs(tokens: readonly RuleToken[], paragraphTarget: boolean, ctx: MoodContext): ActLabel[] {
  if (tokens.length === 0) return [];
  const { start: m, target } = mainClauseStart(tokens);
  const targetContext = target || paragraphTarget || tokens.some((t, i) => t.lower === 'by' && isYear(tokens[i + 1]));
  if (tokens[m] === undefined) return [];
  // "regularly update …": an adverb may stand before the imperative verb.
  const v = tokens[m]!.pos === 'ADV' && tokens[m + 1]?.pos === 'VERB' ? m + 1 : m;
  const first = tokens[v]!;
  const here = (a: number, b = a): Trigger[] => [ctx.trigger(tokens[a]!.start, tokens[b]!.end)];
  const nextWord = tokens[v + 1];
  const imperative =
    (isBaseVerb(first) && nextWord?.pos !== 'AUX') ||
    (first.lower === 'let' || first.lower === 'please') ||
    (first.lower === 'do' && nextWord?.lower === 'not') ||
    (DIRECTIVE_VERBS.has(first.lower) &&
      ['PROPN', 'NOUN', 'ADJ', 'VERB'].includes(first.pos) &&
      nextWord !== undefined &&
      nextWord.pos !== 'AUX' &&
      !(nextWord.pos === 'VERB' && nextWord.lower !== nextWord.lemma && !nextWord.lower.endsWith('ing')) &&
      // "Support is needed": an AUX soon after the word makes it a subject, not a verb.
      !tokens.slice(v + 1, v + 5).some((t) => t.pos === 'AUX'));
  if (imperative || titleCaseImperative(tokens, v)) return [{ kind: 'request', rule: 'R1-imperative', triggers: here(v) }];
  // The first finite word of the main clause, if the clause has one; a verb right after a
  // relative pronoun belongs to a relative clause ("agencies that engage in …").
  let f = -1;
  for (let k = m; k < tokens.length; k++) {
    if (isFinite(tokens, k) && !RELATIVE.has(tokens[k - 1]?.lower ?? '')) {
      f = k;
      break;
    }
  }
  const hasSubject = f > m && tokens.slice(m, f).some((t) => NOMINAL.has(t.pos) || t.pos === 'DET' || t.pos === 'ADJ');
  if (f < 0 || !hasSubject) {
    // R4: a verbless or gerund item of a task list is an elliptical directive.
    if (first.pos === 'VERB' && first.lower.endsWith('ing')) return [{ kind: 'request', rule: 'R4-gerund-item', triggers: here(m) }];
    // A task item does not open with a demonstrative or a pronoun ("This plan sets out …").
    if (f < 0 && !OPENS_STATEMENT.has(first.lower)) return [{ kind: 'request', rule: 'R4-task-item', triggers: here(m) }];
    return [];
  }
  return finiteClause(tokens, m, f, targetContext, ctx);
}

/** C3: asserted subordinate clauses (because, although, while, just as …; non-restrictive which). */
function subordinateClaims(tokens: readonly RuleToken[], ctx: MoodContext): ActLabel[] {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const clauseStart = k === 0 || isComma(tokens[k - 1]) || tokens[k - 1]!.text === ';';
    const opener =
      (SUBORDINATORS.has(t.lower) && (t.lower !== 'as' || clauseStart) && (t.lower !== 'since' || !isYear(tokens[k + 1]))) ||
      (t.lower === 'just' && (tokens[k + 1]?.lower === 'as' || tokens[k + 1]?.lower === 'like')) ||
      ((t.lower === 'which' || t.lower === 'who') && isComma(tokens[k - 1]));
    if (!opener) continue;
    if (t.lower === 'as' && ['well', 'such', 'soon', 'much', 'many', 'long', 'part', 'a'].includes(tokens[k + 1]?.lower ?? '')) continue;
    // The finite verb of a subordinate clause comes early; a bound keeps huge sentences linear.
    for (let j = k + 1; j < Math.min(tokens.length, k + 40) && !isComma(tokens[j]) && tokens[j]!.text !== ';'; j++) {
      if (!isFinite(tokens, j)) continue;
      if (NOT_ASSERTED.has(tokens[j]!.lower)) break;
      return [{ kind: 'claim', rule: 'C3-subordinate', triggers: [ctx.trigger(t.start, tokens[j]!.end)] }];
    }
  }
  return [];
}

/**
 * R2 wherever it stands: a deontic modal, "need/have to", "is needed / required" or "it is
 * necessary to" asks for action even after a long subordinate clause ("While X has …, more
 * action is needed").
 */
function deonticAnywhere(tokens: readonly RuleToken[], ctx: MoodContext): ActLabel[] {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const trigger = (b: number): Trigger[] => [ctx.trigger(t.start, tokens[b]!.end)];
    if (t.pos === 'AUX' && DEONTIC_MODALS.has(t.lower)) return [{ kind: 'request', rule: 'R2-modal', triggers: trigger(k) }];
    if ((t.lemma === 'need' || t.lemma === 'have') && t.pos !== 'NOUN' && tokens[k + 1]?.lower === 'to' && k > 0 && NOMINAL.has(tokens[k - 1]!.pos)) {
      return [{ kind: 'request', rule: 'R2-modal', triggers: trigger(k + 1) }];
    }
    const duty = t.pos === 'NOUN' ? -1 : deonticNounAt(tokens, k);
    if (duty > 0 && k > 0 && NOMINAL.has(tokens[k - 1]!.pos)) return [{ kind: 'request', rule: 'R2-necessity', triggers: trigger(duty) }];
    if (t.lemma === 'be' && t.pos === 'AUX') {
      const next = skipAdverbs(tokens, k + 1);
      const word = tokens[next]?.lower ?? '';
      if (tokens[k - 1]?.lower === 'now' && word === 'the' && tokens[next + 1]?.lower === 'time') {
        return [{ kind: 'request', rule: 'R2-necessity', triggers: [ctx.trigger(tokens[k - 1]!.start, tokens[next + 1]!.end)] }];
      }
      if (DEONTIC_PARTICIPLES.has(word)) return [{ kind: 'request', rule: 'R2-necessity', triggers: trigger(next) }];
      if (tokens[k - 1]?.lower === 'it' && DEONTIC_ADJECTIVES.has(word) && tokens.slice(next + 1, next + 6).some((x) => x.lower === 'to' || x.lower === 'that')) {
        return [{ kind: 'request', rule: 'R2-necessity', triggers: [ctx.trigger(tokens[k - 1]!.start, tokens[next]!.end)] }];
      }
    }
  }
  return [];
}

/**
 * CLAIM and REQUEST labels of an English sentence from its wink-nlp tokens: imperatives (R1),
 * deontic modals and necessity (R2), commitments and plan targets (R3), verbless task items (R4),
 * declaratives and predictions (C1) and asserted subordinate clauses (C3), clause by clause.
 */
export function englishMood(tokens: readonly RuleToken[], ctx: MoodContext): ActLabel[] {
  const labels: ActLabel[] = [];
  let from = 0;
  // "X may cause: A; B; C", "AI is X; the major countries are Y; intensifying Z": after a declarative
  // main clause, the verbless and participle segments continue the statement; they are not task items (R4).
  let enumeratedClaim = false;
  for (let k = 0; k <= tokens.length; k++) {
    if (k < tokens.length && tokens[k]!.text !== ';') continue;
    const clause = tokens.slice(from, k);
    let acts = segmentActs(clause, ctx.targetParagraph, ctx);
    if (enumeratedClaim) acts = acts.filter((a) => !a.rule.startsWith('R4-'));
    // Only when the sentence opens with that statement (not with a verb: "Researching A, B; C" is a task list).
    else if (from === 0) enumeratedClaim = clause[0]?.pos !== 'VERB' && acts.some((a) => a.kind === 'claim' && a.rule.startsWith('C1-'));
    if (!acts.some((a) => a.kind === 'request')) acts.push(...deonticAnywhere(clause, ctx));
    // C4: the subordinate clauses of a plan target ("…, such that X achieves …, while Y has made
    // progress") belong to the target, not to the world.
    const target = acts.some((a) => a.rule === 'R3-target');
    labels.push(...acts, ...(target ? [] : subordinateClaims(clause, ctx)));
    from = k + 1;
  }
  return labels;
}
