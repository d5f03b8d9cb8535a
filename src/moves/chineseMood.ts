import type { Document } from '../text/document.js';
import { normalizeText } from '../text/normalize.js';
import { CHINESE_GRAMMAR } from './cues.js';
import { triggerOf, type RuleToken } from './tokens.js';
import type { ActLabel } from './types.js';

const MODALS = new Set<string>(CHINESE_GRAMMAR.modals);
const DIRECTIVES = new Set<string>(CHINESE_GRAMMAR.directiveVerbs);
const ASSERTIONS = new Set<string>(CHINESE_GRAMMAR.assertions);
const CLAUSE_BREAK = /^[，；：,;:。！？!?]+$/u;
// Adverbs and connectives that may precede a clause's directive verb: 要进一步加强, 同时积极推进.
const LEADING = new Set(['要', '并', '同时', '进一步', '更加', '切实', '努力', '不断', '持续', '继续', '还', '也', '和', '及']);
const TARGET = /^(?:[^，。]{0,6})?到\s*(?:19|20)\d\d\s*年/u;
const CONCESSIVE = /^(?:虽然|尽管|由于|因为|随着)/u;

/**
 * CLAIM and REQUEST labels of a Chinese sentence from its words and cue lists: plan targets
 * (到2030年 …, R3), deontic modals (必须, 要, 应, R2), clauses that open with a directive verb
 * (加强, 推进, 防范 …, R1), and assertions (是, 已经, 正在, 成为 …, C1) in clauses that are not
 * directive; a concessive or causal clause (虽然, 由于, 随着 …) is asserted (C3).
 */
export function chineseMood(doc: Document, tokens: readonly RuleToken[], span: { readonly start: number; readonly end: number }): ActLabel[] {
  const labels: ActLabel[] = [];
  const text = doc.text.slice(span.start, span.end);
  const target = TARGET.exec(text);
  if (target !== null) {
    labels.push({ kind: 'request', rule: 'R3-zh-target', triggers: [triggerOf(doc, span.start, span.start + target[0].length)] });
  }
  const clauses: RuleToken[][] = [[]];
  for (const t of tokens) {
    if (CLAUSE_BREAK.test(t.text)) clauses.push([]);
    else clauses[clauses.length - 1]!.push(t);
  }
  for (const clause of clauses) {
    if (clause.length === 0) continue;
    const modal = clause.find((t) => MODALS.has(t.lower));
    let k = 0;
    while (k < clause.length - 1 && LEADING.has(clause[k]!.lower)) k++;
    const opener = clause[k]!;
    const directive = DIRECTIVES.has(opener.lower) || [...DIRECTIVES].some((v) => opener.lower.startsWith(v) && opener.lower.length <= v.length + 1);
    if (modal !== undefined) labels.push({ kind: 'request', rule: 'R2-zh-modal', triggers: [triggerOf(doc, modal.start, modal.end)] });
    else if (directive) labels.push({ kind: 'request', rule: 'R1-zh-directive', triggers: [triggerOf(doc, opener.start, opener.end)] });
    // The cue lists are simplified: the clause is read as matching normalizes it (雖然 as 虽然).
    const clauseText = normalizeText(doc.text.slice(clause[0]!.start, clause[clause.length - 1]!.end)).text;
    const assertion = clause.find((t) => ASSERTIONS.has(t.lower));
    if (CONCESSIVE.test(clauseText) && assertion !== undefined) {
      labels.push({ kind: 'claim', rule: 'C3-zh-subordinate', triggers: [triggerOf(doc, clause[0]!.start, assertion.end)] });
    } else if (modal === undefined && !directive && target === null && assertion !== undefined) {
      labels.push({ kind: 'claim', rule: 'C1-zh-assertion', triggers: [triggerOf(doc, assertion.start, assertion.end)] });
    }
  }
  return labels;
}
