import { ENGLISH_GRAMMAR as G } from './cues.js';
import type { RuleToken } from './tokens.js';
import type { ActLabel, Trigger } from './types.js';

const DEONTIC_MODALS = new Set<string>(G.deonticModals);
const DEONTIC_ADJECTIVES = new Set<string>(G.deonticAdjectives);
const DEONTIC_PARTICIPLES = new Set<string>(G.deonticParticiples);
const COMMITMENT_SUBJECTS = new Set<string>(G.commitmentSubjects);
const COMMITMENT_PARTICIPLES = new Set<string>(G.commitmentParticiples);
const TARGET_VERBS = new Set<string>(G.targetVerbs);
const DIRECTIVE_VERBS = new Set<string>(G.directiveVerbs);
const DOCUMENT_NOUNS = new Set<string>(G.documentNouns);
const SUBORDINATORS = new Set<string>(G.assertedSubordinators);

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
]);

/** What a caller knows about the sentence beyond its tokens. */
export interface MoodContext {
  /** The sentence lies in a plan-target passage (a paragraph opening "By 2030, …"). */
  readonly targetParagraph: boolean;
  readonly trigger: (start: number, end: number) => Trigger;
}

const isYear = (t: RuleToken | undefined): boolean => t !== undefined && /^(?:19|20)\d\d$/u.test(t.text);
const isComma = (t: RuleToken | undefined): boolean => t !== undefined && (t.text === ',' || t.text === '，');

function nextComma(tokens: readonly RuleToken[], from: number): number {
  for (let k = from; k < tokens.length; k++) if (isComma(tokens[k])) return k;
  return -1;
}

/** A base-form verb: the imperative's form (also the infinitive and the non-3rd-person present). */
function isBaseVerb(t: RuleToken): boolean {
  return t.pos === 'VERB' && t.lower === t.lemma;
}

/** An AUX or verb form that makes its clause finite: a subject is asserted to do or be something. */
function isFinite(tokens: readonly RuleToken[], k: number): boolean {
  const t = tokens[k]!;
  const previous = tokens[k - 1];
  if (previous?.lower === 'to') return false;
  if (t.pos === 'AUX') return !['be', 'being', 'been', 'to'].includes(t.lower);
  if (t.pos !== 'VERB' || t.lower.endsWith('ing')) return false;
  // A reduced passive ("outages caused by …") follows its noun like a finite verb does.
  if (tokens[k + 1]?.lower === 'by') return false;
  // "platforms based on …", "tools deployed in …": a participle before a preposition modifies its noun.
  if (t.lower !== t.lemma && !t.lower.endsWith('s') && tokens[k + 1]?.pos === 'ADP') return false;
  if (t.lower !== t.lemma && t.lower.endsWith('s') && !t.lower.endsWith('ss')) return true;
  // "we build", "new tools (still) create": a base form right after a nominal is a present-tense verb.
  if (t.lower === t.lemma) {
    let j = k - 1;
    while (j > 0 && tokens[j]!.pos === 'ADV') j--;
    return j >= 0 && NOMINAL.has(tokens[j]!.pos);
  }
  return previous !== undefined && (NOMINAL.has(previous.pos) || previous.pos === 'ADV');
}

function skipAdverbs(tokens: readonly RuleToken[], k: number): number {
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART' && tokens[k]?.lower !== 'to') k++;
  return k;
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
    if (!intro || comma < 0 || comma - k > 30) break;
    // An introductory phrase has no finite verb of its own ("Advanced AI is …, enabling" is not one).
    if (participle && tokens.slice(k, comma).some((x) => x.pos === 'AUX')) break;
    // "Led by A, B, and C, do Y": the phrase ends at the first comma that a verb follows.
    let close = comma;
    for (let c = comma; participle && c >= 0 && c - k <= 30; c = nextComma(tokens, c + 1)) {
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

function subjectHasCommitter(subject: readonly RuleToken[]): boolean {
  return subject.some((t) => COMMITMENT_SUBJECTS.has(t.lower) || (/^[A-Z]{2,}s?$/u.test(t.text) && t.pos === 'PROPN'));
}

function isMetaStatement(subject: readonly RuleToken[]): boolean {
  return subject.some((t, i) => DOCUMENT_NOUNS.has(t.lemma) && ['this', 'the', 'these'].includes(subject[i - 1]?.lower ?? '') && i <= 3);
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
  if (HYPOTHETICAL.has(t.lower)) return [];
  if (FUTURE.has(t.lower)) {
    const after = skipAdverbs(tokens, f + 1);
    const be = tokens[after]?.lower === 'be' ? skipAdverbs(tokens, after + 1) : -1;
    if (targetContext) return [{ kind: 'request', rule: 'R3-target', triggers: here(f) }];
    if (subjectHasCommitter(subject)) return [{ kind: 'request', rule: 'R3-commitment', triggers: here(m, f) }];
    if (be > 0 && DEONTIC_ADJECTIVES.has(tokens[be]?.lower ?? '')) return [{ kind: 'request', rule: 'R2-necessity', triggers: here(f, be) }];
    if (be > 0 && COMMITMENT_PARTICIPLES.has(tokens[be]?.lower ?? '')) return [{ kind: 'request', rule: 'R3-commitment', triggers: here(f, be) }];
    if (tokens[after]?.lemma === 'require') return [{ kind: 'request', rule: 'R2-necessity', triggers: here(f, after) }];
    // Plan targets: "will reach / exceed / attain" a level, or "will be more than" a number.
    if (TARGET_VERBS.has(tokens[after]?.lemma ?? '')) return [{ kind: 'request', rule: 'R3-target', triggers: here(f, after) }];
    const quantified = tokens.slice(f).some((x) => x.pos === 'NUM') && tokens.slice(f).some((x, i, a) => x.lower === 'than' && a[i - 1]?.lower === 'more');
    if (quantified) return [{ kind: 'request', rule: 'R3-target', triggers: here(f, after) }];
    if (isMetaStatement(subject)) return [];
    return [{ kind: 'claim', rule: 'C1-prediction', triggers: here(f) }];
  }
  if (isMetaStatement(subject)) return [];
  if (POSSIBILITY.has(t.lower)) return [{ kind: 'claim', rule: 'C1-capability', triggers: here(f) }];
  // "It is necessary (for X) to …", "X is needed", "Now is the time to …", "There is a need to …".
  const next = skipAdverbs(tokens, f + 1);
  const word = tokens[next]?.lower ?? '';
  if (t.lemma === 'be') {
    if (subject.length === 1 && subject[0]!.lower === 'it' && DEONTIC_ADJECTIVES.has(word)) {
      return [{ kind: 'request', rule: 'R2-necessity', triggers: here(m, next) }];
    }
    if (DEONTIC_PARTICIPLES.has(word)) return [{ kind: 'request', rule: 'R2-necessity', triggers: here(f, next) }];
    if (subject.length === 1 && subject[0]!.lower === 'now' && word === 'the' && tokens[next + 1]?.lower === 'time') {
      return [{ kind: 'request', rule: 'R2-necessity', triggers: here(m, next + 1) }];
    }
    if (subject.length === 1 && subject[0]!.lower === 'there' && tokens.slice(next, next + 3).some((x) => x.lemma === 'need')) {
      return [{ kind: 'request', rule: 'R2-necessity', triggers: here(m, next) }];
    }
  }
  if (t.lemma === 'require' || t.lemma === 'call' && tokens[f + 1]?.lower === 'for') {
    return [{ kind: 'request', rule: 'R2-necessity', triggers: here(f) }];
  }
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
  if (imperative) return [{ kind: 'request', rule: 'R1-imperative', triggers: here(v) }];
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
    if (t.lemma === 'be' && t.pos === 'AUX') {
      const next = skipAdverbs(tokens, k + 1);
      const word = tokens[next]?.lower ?? '';
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
  for (let k = 0; k <= tokens.length; k++) {
    if (k < tokens.length && tokens[k]!.text !== ';') continue;
    const clause = tokens.slice(from, k);
    const acts = segmentActs(clause, ctx.targetParagraph, ctx);
    if (!acts.some((a) => a.kind === 'request')) acts.push(...deonticAnywhere(clause, ctx));
    labels.push(...acts, ...subordinateClaims(clause, ctx));
    from = k + 1;
  }
  return labels;
}
