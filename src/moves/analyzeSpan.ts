import type { Document } from '../text/document.js';
import { ENGLISH_GRAMMAR } from './cues.js';
import { cueHits, hitsWithin, type CueHit } from './cueHits.js';
import { englishMood } from './englishMood.js';
import { chineseMood } from './chineseMood.js';
import { warnings } from './warnings.js';
import { decide, securityJudgement } from './securityJudgement.js';
import { chineseTokens, englishTokens, triggerOf, type RuleToken } from './tokens.js';
import type { ActLabel, SecurityJudgement } from './types.js';

/** A span of a document to label: UTF-16 offsets into the original text, end exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** The labels of one span, before they are dressed as a {@link SentenceLabels} row. */
export interface SpanAnalysis {
  readonly acts: readonly ActLabel[];
  readonly security: SecurityJudgement;
}

/** A span read for the cue-based rules: its tokens and cue hits, warnings and security judgement. */
export interface CueReading {
  readonly tokens: readonly RuleToken[];
  readonly hits: readonly CueHit[];
  /** WARN labels (W1–W4), before G2. */
  readonly warnings: readonly ActLabel[];
  /** The judgement before G2 (warning exclusions merged in). */
  readonly security: SecurityJudgement;
}

interface Base extends CueReading, SpanAnalysis {}

/**
 * The reading of the span analysed last, kept by a caller that labels consecutive sentences: the
 * next sentence finds its predecessor's tokens, warnings and security wording here instead of
 * reading it through wink-nlp again.
 */
export interface SpanMemo {
  last?: { readonly span: TextSpan; readonly reading: CueReading };
}

const ANAPHOR_NOUNS = new Set<string>(ENGLISH_GRAMMAR.anaphorNouns);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'such']);
// R3: a paragraph that opens with a target date makes its "will" sentences plan targets.
const TARGET_PARAGRAPH = /^(?:(?:first|second|third|fourth|fifth|finally|then)\s*,\s*)?(?:by|until)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b/iu;
const CHINESE_TARGET_PARAGRAPH = /^(?:[^，。]{0,6})?到\s*(?:19|20)\d\d\s*年/u;

const BULLET = /^\s*•/u;

/** The opening of the line that starts at `lineStart`, list labels stripped. */
function lineOpening(doc: Document, lineStart: number, limit: number): string {
  return doc.text.slice(lineStart, Math.min(limit, lineStart + 200)).replace(/^[\s•(（\d.)）IVX]*/u, '');
}

/**
 * R3: the sentence lies in a plan-target passage: its paragraph opens with a target date ("By
 * 2030, …"; the paragraph's own first sentence is judged by its clause), or it is a bullet of a
 * list whose lead paragraph does ("First, by 2020, … will …" followed by "• The industry will …").
 */
function inTargetParagraph(doc: Document, span: TextSpan): boolean {
  const pattern = doc.lang === 'zh' ? CHINESE_TARGET_PARAGRAPH : TARGET_PARAGRAPH;
  const lineStart = doc.text.lastIndexOf('\n', span.start - 1) + 1;
  if (lineStart < span.start && pattern.test(lineOpening(doc, lineStart, span.start))) return true;
  if (!BULLET.test(doc.text.slice(lineStart, lineStart + 4))) return false;
  // Walk back over the bullets of the list (and blank lines) to its lead paragraph; a bounded walk.
  let end = lineStart - 1;
  for (let steps = 0; end > 0 && steps < 40; steps++) {
    const start = doc.text.lastIndexOf('\n', end - 1) + 1;
    const line = doc.text.slice(start, end);
    if (line.trim() !== '' && !BULLET.test(line)) return pattern.test(lineOpening(doc, start, end));
    end = start - 1;
  }
  return false;
}

const DIRECTIVE_RULES = /^R[123]-/u;

/** Whether an English span asks for action in so many words (R1 imperative, R2 deontic, R3 commitment or target). */
function isDirective(doc: Document, span: TextSpan, tokens: readonly RuleToken[]): boolean {
  const acts = englishMood(tokens, {
    targetParagraph: inTargetParagraph(doc, span),
    trigger: (start, end) => triggerOf(doc, start, end),
  });
  return acts.some((a) => a.kind === 'request' && DIRECTIVE_RULES.test(a.rule));
}

function spanTokens(doc: Document, span: TextSpan): RuleToken[] {
  return doc.lang === 'zh' ? chineseTokens(doc, span.start, span.end) : englishTokens(doc, span.start, span.end);
}

/** The cue-based labels of a span: warnings (W1–W5) and the securitizing judgement; no mood. */
function cueLabels(doc: Document, span: TextSpan, tokens: readonly RuleToken[], hits: readonly CueHit[]): Pick<Base, 'warnings' | 'security'> {
  const warn = warnings(doc, hits, tokens, span);
  const security = securityJudgement(doc, hits, tokens, span);
  return {
    warnings: warn.labels,
    security: { ...security, excluded: [...warn.excluded, ...security.excluded].sort((a, b) => a.trigger.start - b.trigger.start) },
  };
}

/**
 * A span read without its mood: also what G2 takes from a previous sentence, whose warnings and
 * security wording do not depend on that sentence's own predecessor.
 */
function cueReading(doc: Document, span: TextSpan): CueReading {
  const hits = hitsWithin(cueHits(doc), span.start, span.end);
  const tokens = spanTokens(doc, span);
  return { tokens, hits, ...cueLabels(doc, span, tokens, hits) };
}

function base(doc: Document, span: TextSpan, previous: TextSpan | undefined, previousTokens: () => readonly RuleToken[]): Base {
  const reading = cueReading(doc, span);
  const { tokens } = reading;
  const mood =
    doc.lang === 'zh'
      ? chineseMood(doc, tokens, span)
      : englishMood(tokens, {
          targetParagraph: inTargetParagraph(doc, span),
          trigger: (start, end) => triggerOf(doc, start, end),
          previousDirective: () => previous !== undefined && isDirective(doc, previous, previousTokens()),
        });
  return { ...reading, acts: [...mood, ...reading.warnings] };
}

/** G2: an explicit anaphor at the start of the sentence ("Doing so", "This", "Such efforts", 这/此). */
function hasAnaphor(doc: Document, tokens: readonly RuleToken[]): boolean {
  if (doc.lang === 'zh') return /^(?:这|此|上述|为此|对此)/u.test(tokens[0]?.lower ?? '');
  const [first, second, third] = tokens;
  if (first === undefined) return false;
  if ((first.lower === 'doing' || first.lower === 'to' || first.lower === 'in') && [second?.lower, third?.lower].includes('so')) return true;
  if (!DEMONSTRATIVES.has(first.lower)) return false;
  return first.pos === 'PRON' || ANAPHOR_NOUNS.has(second?.lower ?? '') || second?.pos === 'AUX';
}

/**
 * Labels one span of a document: speech acts (English through wink-nlp, Chinese through cue
 * patterns), warnings and the securitizing judgement. When the span opens with an explicit
 * anaphor and `previous` is given, the previous sentence's warnings and security wording are
 * used as well (guideline G2), each marked with the rule `G2-anaphora`. A caller that labels
 * consecutive sentences passes one `memo` to every call: a span whose `previous` was the span of
 * the call before reuses that reading instead of reading the sentence again (same result).
 */
export function analyzeSpan(doc: Document, span: TextSpan, previous?: TextSpan, memo?: SpanMemo): SpanAnalysis {
  const last = memo?.last;
  let prior = previous !== undefined && last !== undefined && last.span.start === previous.start && last.span.end === previous.end ? last.reading : undefined;
  const priorReading = (): CueReading => (prior ??= cueReading(doc, previous!));
  const here = base(doc, span, previous, () => priorReading().tokens);
  if (memo !== undefined) memo.last = { span, reading: here };
  if (previous === undefined || !hasAnaphor(doc, here.tokens)) return { acts: here.acts, security: here.security };
  const before = priorReading();
  const inherited = before.warnings.map((a) => ({ kind: a.kind, rule: `G2-anaphora(${a.rule})`, triggers: a.triggers }));
  const security = here.security.securitizing
    ? here.security
    : decide(
        [...before.security.framing, ...here.security.framing],
        [...before.security.referents, ...here.security.referents],
        here.security.excluded,
        'G2-anaphora',
      );
  return { acts: [...here.acts, ...inherited], security };
}
