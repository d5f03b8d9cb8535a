import type { Document } from '../text/document.js';
import { CHINESE_GRAMMAR, ENGLISH_GRAMMAR } from './cues.js';
import type { CueHit } from './cueHits.js';
import { tokenAt, triggerOf, type RuleToken } from './tokens.js';
import type { ActLabel, Exclusion } from './types.js';
import { coverage } from './coverage.js';

const RULES: Readonly<Record<string, string>> = {
  'warn.agent': 'W1-agent',
  'warn.danger': 'W2-danger',
  'warn.avert': 'W2-avert',
  'warn.inaction': 'W3-inaction',
  'warn.negative': 'W4-negative',
};
const ENGLISH_NEGATORS = new Set<string>(ENGLISH_GRAMMAR.negators);
const PURPOSE_VERBS = new Set<string>(ENGLISH_GRAMMAR.purposeVerbs);
const INSTRUMENT_NOUNS = new Set<string>(ENGLISH_GRAMMAR.instrumentNouns);
const INSTRUMENT_HEADS = new Set<string>(ENGLISH_GRAMMAR.instrumentHeads);
// W5's instrument-noun test applies to danger words ("deepfake standard", "threat intelligence"),
// not to threatening agents: W1 counts an agent even inside a task name ("counter-terrorism
// investigations", "foreign adversary information technology").
const DANGER_CATEGORIES = new Set(['warn.danger']);
const CHALLENGE_VERBS = new Set<string>(ENGLISH_GRAMMAR.challengeVerbs);
const NEGATIVE_ADJECTIVES = new Set(['new', 'severe', 'serious', 'grave', 'major', 'unprecedented', 'significant', 'daunting']);

const DEMONSTRATIVES = new Set(['these', 'those', 'such']);

/** "these (new) challenges": a demonstrative points back to challenges already named ("this problem" may be a mere deficiency, C2). */
function isAnaphoricChallenge(tokens: readonly RuleToken[], start: number, end: number): boolean {
  const k = tokenAt(tokens, start);
  if (tokens[tokenAt(tokens, end - 1)]?.lower !== 'challenges') return false;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (DEMONSTRATIVES.has(tokens[j]!.lower)) return true;
    if (tokens[j]!.pos !== 'ADJ') return false;
  }
  return false;
}

/**
 * W4: a bare "challenge(s)" or "problem(s)" warns only when attributed to the issue: by a verb or
 * a negative adjective before it, a possessive ("AI's challenges"), "of / from / posed by X" after
 * it, or a demonstrative pointing back to challenges already named.
 */
function isAttributedChallenge(tokens: readonly RuleToken[], start: number): boolean {
  const k = tokenAt(tokens, start);
  // "AI's challenges", "the challenges of AI", "problems brought by AI": they belong to the issue.
  if (/^['’]s?$/u.test(tokens[k - 1]?.text ?? '')) return true;
  // The verb "challenges" ("that challenges America to build") is no situation at all.
  if (tokens[k]?.pos === 'VERB') return false;
  // Plural only: "the challenge of winning the race" is a task, not a danger.
  const plural = tokens[k]?.lower.endsWith('s') === true;
  if (plural && (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.lower === 'from')) return true;
  if (CHALLENGE_VERBS.has(tokens[k + 1]?.lemma ?? '') && tokens[k + 2]?.lower === 'by') return true;
  if (isAnaphoricChallenge(tokens, start, start + 'challenges'.length)) return true;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const t = tokens[j]!;
    if (CLAUSE_BREAK.has(t.text)) return false;
    if (CHALLENGE_VERBS.has(t.lemma) || NEGATIVE_ADJECTIVES.has(t.lower)) return true;
  }
  return false;
}

/**
 * W5: a danger word right before an instrument noun names a procedure ("deepfake standard"), and
 * so does one that an instrument is "for" ("warning systems for financial risk"). "The assessment
 * of the potential hazards of AI" still names the hazards (W2, a danger with its source).
 */
function namesInstrument(tokens: readonly RuleToken[], start: number, end: number): boolean {
  let k = tokenAt(tokens, end);
  if (tokens[k]?.text === '-') k++;
  if (INSTRUMENT_NOUNS.has(tokens[k]?.lower ?? '')) return true;
  let j = tokenAt(tokens, start) - 1;
  // Modifiers of the danger word: "for (the) financial risk", "for flood risk".
  for (let n = 0; n < 3 && j >= 0 && ['ADJ', 'DET', 'NOUN', 'PROPN'].includes(tokens[j]!.pos); n++) j--;
  if (tokens[j]?.lower !== 'for') return false;
  // "warning (and prevention) systems for …": a procedure noun heads the phrase before "for";
  // "evaluate AI systems for national security risks" names the risks themselves.
  for (let n = j - 1; n >= Math.max(0, j - 4); n--) if (INSTRUMENT_HEADS.has(tokens[n]!.lower)) return true;
  return false;
}
const CLAUSE_BREAK = new Set([',', ';', ':', '，', '；', '：', '。']);

/**
 * Negation of a cue (English): wink-nlp flags the cue's first token as negated AND a negator
 * ("not", "no", "never" …) stands within the three tokens before it in the same clause. Both are
 * required because wink also treats averting verbs ("prevent") as negations, and an averted
 * danger is still a warning (W2).
 */
export function isNegated(doc: Document, tokens: readonly RuleToken[], start: number): boolean {
  if (doc.lang === 'zh') {
    const before = doc.text.slice(Math.max(0, start - 3), start);
    return CHINESE_GRAMMAR.negators.some((n) => before.endsWith(n) || before.slice(0, -1).endsWith(n));
  }
  const k = tokenAt(tokens, start);
  if (tokens[k] === undefined || !tokens[k]!.negated) return false;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (CLAUSE_BREAK.has(tokens[j]!.text)) return false;
    if (ENGLISH_NEGATORS.has(tokens[j]!.lower)) return true;
  }
  return false;
}

/**
 * A "challenges" cue after a purpose verb ("to address new challenges") is a goal, not a warning
 * (W4), unless a demonstrative points back to challenges already named ("to overcome these new challenges").
 */
function isPurposeObject(tokens: readonly RuleToken[], start: number): boolean {
  const k = tokenAt(tokens, start);
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (CLAUSE_BREAK.has(tokens[j]!.text)) return false;
    if (PURPOSE_VERBS.has(tokens[j]!.lemma)) return true;
  }
  return false;
}

/**
 * WARN labels of a sentence from its cue hits (W1 agents, W2 dangers and averting verbs, W3
 * inaction, W4 negative situations), less the danger words that only name a procedure (W5) and
 * the negated ones. Returns the labels and the cues set aside, for the audit trail.
 */
export function warnings(
  doc: Document,
  hits: readonly CueHit[],
  tokens: readonly RuleToken[],
  span: { readonly start: number; readonly end: number },
): { labels: ActLabel[]; excluded: Exclusion[] } {
  const procedures = coverage(hits.filter((h) => h.category === 'warn.procedure'), span.start, span.end);
  const labels: ActLabel[] = [];
  const excluded: Exclusion[] = [];
  for (const hit of hits) {
    const rule = RULES[hit.category];
    if (rule === undefined) continue;
    const trigger = triggerOf(doc, hit.start, hit.end);
    if (procedures.touches(hit.start, hit.end) || (doc.lang === 'en' && DANGER_CATEGORIES.has(hit.category) && namesInstrument(tokens, hit.start, hit.end))) {
      excluded.push({ rule: 'W5-procedure', trigger });
    } else if (isNegated(doc, tokens, hit.start)) {
      excluded.push({ rule: 'negated', trigger });
    } else if (hit.category === 'warn.negative' && doc.lang === 'en' && isPurposeObject(tokens, hit.start) && !isAnaphoricChallenge(tokens, hit.start, hit.end)) {
      excluded.push({ rule: 'W4-purpose', trigger });
    } else if (hit.category === 'warn.negative' && doc.lang === 'en' && /^(?:challenges?|problems?)$/iu.test(trigger.text) && !isAttributedChallenge(tokens, hit.start)) {
      continue;
    } else {
      labels.push({ kind: 'warn', rule, triggers: [trigger] });
    }
  }
  return { labels, excluded };
}
