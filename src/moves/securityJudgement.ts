import type { Document } from '../text/document.js';
import type { Sector } from '../model/sector.js';
import { ENGLISH_GRAMMAR } from './cues.js';
import type { CueHit } from './cueHits.js';
import { coverage } from './coverage.js';
import { tokenAt, triggerOf, type RuleToken } from './tokens.js';
import { isNegated } from './warnings.js';
import type { Exclusion, FramingHit, ReferentHit, SecurityJudgement } from './types.js';

/**
 * Sectors from the most to the least encompassing: when a sentence names several referents, the
 * most encompassing one decides (guidelines, REFERENT and SECTOR: national security ranks above
 * public safety).
 */
export const SECTOR_RANK: readonly Sector[] = ['political', 'military', 'cyber', 'technological', 'societal', 'economic', 'environmental'];

const NAME_HEADS = new Set<string>(ENGLISH_GRAMMAR.nameHeads);
const NAME_LINKS = new Set(['of', 'and', 'for', 'the', 'on', '&', 'to']);
const LIST_SEPARATORS = new Set([',', 'and', 'or', '、', 'etc', 'etc.']);
const PRONOUN_REFERENTS = new Set(['our', 'we', 'us']);

const isCapitalized = (t: RuleToken): boolean => /^\p{Lu}/u.test(t.text);

/** G3: a framing word inside a capitalised name with an agency, act or title head is a name. */
function inName(tokens: readonly RuleToken[], start: number, end: number): boolean {
  const hitFirst = tokenAt(tokens, start);
  const hitLast = tokenAt(tokens, end - 1);
  const hit = tokens[hitFirst];
  if (hit === undefined || !isCapitalized(hit)) return false;
  const inRun = (t: RuleToken | undefined): boolean => t !== undefined && (isCapitalized(t) || NAME_LINKS.has(t.lower));
  let first = hitFirst;
  let last = hitLast;
  while (first > 0 && inRun(tokens[first - 1]) && hitFirst - first < 8) first--;
  while (last + 1 < tokens.length && inRun(tokens[last + 1]) && last - hitLast < 8) last++;
  for (let k = first; k <= last; k++) if (isCapitalized(tokens[k]!) && NAME_HEADS.has(tokens[k]!.lower)) return true;
  return false;
}

const CONJUNCTIONS = new Set(['and', 'or']);
const NOMINAL_ITEM = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
// "military and civilian": the coordination that names civil-military integration, not a list of fields.
const CIVIL = new Set(['civil', 'civilian', 'civilians']);

/** "…, intelligent society and national defense needs": the hit is the last item of "A, B and C". */
function isLastConjunct(tokens: readonly RuleToken[], first: number): boolean {
  const conjunction = first - 1;
  if (!CONJUNCTIONS.has(tokens[conjunction]?.lower ?? '')) return false;
  for (let k = conjunction - 1; k >= Math.max(0, conjunction - 7); k--) {
    const t = tokens[k]!;
    if (t.text === ',') return k < conjunction - 1;
    if (!NOMINAL_ITEM.has(t.pos) || CIVIL.has(t.lower)) return false;
  }
  return false;
}

/** "economic and military benefits": the hit and another field coordinated as modifiers of one noun. */
function isCoordinatedModifier(tokens: readonly RuleToken[], first: number, last: number): boolean {
  const other = (t: RuleToken | undefined): boolean => t !== undefined && t.pos === 'ADJ' && !CIVIL.has(t.lower);
  const before = CONJUNCTIONS.has(tokens[first - 1]?.lower ?? '') && other(tokens[first - 2]) && tokens[last + 1]?.pos === 'NOUN';
  const after = CONJUNCTIONS.has(tokens[last + 1]?.lower ?? '') && other(tokens[last + 2]) && tokens[last + 3]?.pos === 'NOUN';
  return before || after;
}

/**
 * S5: a defence or military word that is one item of an enumeration ("farming, shipping, defence
 * and health"): separators on both sides within a short item, and at least two commas (or 、)
 * in the clause around it.
 */
function inList(doc: Document, tokens: readonly RuleToken[], start: number, end: number): boolean {
  if (doc.lang === 'zh') {
    const before = doc.text.slice(Math.max(0, start - 8), start);
    const after = doc.text.slice(end, end + 8);
    return /[、]/u.test(before.slice(-4) + after.slice(0, 4)) && /[、，]/u.test(before) && /[、，和等]/u.test(after);
  }
  const first = tokenAt(tokens, start);
  const last = tokenAt(tokens, end - 1);
  let left = -1;
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    if (tokens[k]!.text === ';') break;
    if (LIST_SEPARATORS.has(tokens[k]!.lower)) {
      left = k;
      break;
    }
  }
  let right = -1;
  for (let k = last + 1; k <= Math.min(tokens.length, last + 5); k++) {
    const t = tokens[k];
    // The last item of a list ends at the end of the sentence.
    if (t === undefined || t.text === '.') {
      right = k;
      break;
    }
    if (t.text === ';') break;
    if (LIST_SEPARATORS.has(t.lower)) {
      right = k;
      break;
    }
  }
  if (isLastConjunct(tokens, first) || isCoordinatedModifier(tokens, first, last)) return true;
  if (left < 0 || right < 0) return false;
  // "both A and B": a coordination of two application fields is a list too.
  for (let k = left - 1; k >= Math.max(0, left - 8); k--) if (tokens[k]!.lower === 'both' && tokens[left]!.lower === 'and') return true;
  let commas = 0;
  for (let k = Math.max(0, first - 15); k < Math.min(tokens.length, last + 16); k++) {
    if (tokens[k]!.text === ';') {
      if (k < first) commas = 0;
      else break;
    }
    if (tokens[k]!.text === ',') commas++;
  }
  return commas >= 2;
}

function rankOf(sector: Sector | null): number {
  return sector === null ? SECTOR_RANK.length : SECTOR_RANK.indexOf(sector);
}

/**
 * The SECURITIZING judgement of one sentence (guidelines S1–S7): security wording (S1a) that is
 * not technical or regulatory (S2, S3), not a name (G3), not one item of a list (S5) and not
 * negated, together with a collective referent object (S1b). The sector is that of the most
 * encompassing referent or framing word ({@link SECTOR_RANK}); `political` when none has one.
 */
export function securityJudgement(
  doc: Document,
  hits: readonly CueHit[],
  tokens: readonly RuleToken[],
  span: { readonly start: number; readonly end: number },
): SecurityJudgement {
  const technical = coverage(hits.filter((h) => h.category === 'security.technical'), span.start, span.end);
  const framing: FramingHit[] = [];
  const excluded: Exclusion[] = [];
  const masked: { start: number; end: number }[] = [];
  const implied: ReferentHit[] = [];
  for (const hit of hits) {
    if (hit.category !== 'security.framing') continue;
    const trigger = triggerOf(doc, hit.start, hit.end);
    let rule: string | null = null;
    if (technical.covers(hit.start, hit.end)) rule = 'S2-technical';
    else if (doc.lang === 'en' && inName(tokens, hit.start, hit.end)) rule = 'G3-name';
    else if (hit.sector === 'military' && inList(doc, tokens, hit.start, hit.end)) rule = 'S5-list';
    else if (isNegated(doc, tokens, hit.start)) rule = 'negated';
    if (rule === null) {
      framing.push({ ...trigger, sector: hit.sector });
      if (hit.implies !== null) implied.push({ name: hit.implies, sector: hit.sector, trigger });
    } else {
      excluded.push({ rule, trigger });
      masked.push(hit);
    }
  }
  const maskedCoverage = coverage(masked, span.start, span.end);
  const referents: ReferentHit[] = [];
  for (const hit of hits) {
    if (hit.category !== 'security.referent' || maskedCoverage.covers(hit.start, hit.end)) continue;
    const trigger = triggerOf(doc, hit.start, hit.end);
    if (doc.lang === 'en' && PRONOUN_REFERENTS.has(trigger.text.toLowerCase())) {
      const t = tokens[tokenAt(tokens, hit.start)];
      if (t === undefined || t.pos !== 'PRON') continue;
    }
    referents.push({ name: hit.implies ?? trigger.text.toLowerCase().replace(/\s+/gu, ' '), sector: hit.sector, trigger });
  }
  // Named referents first, then the ones the security wording implies.
  return decide(framing, [...referents, ...implied], excluded, null);
}

/**
 * Combines framing and referents into the judgement; `via` names the extra rule (G2 anaphora)
 * when part of them came from the previous sentence.
 */
export function decide(
  framing: readonly FramingHit[],
  referents: readonly ReferentHit[],
  excluded: readonly Exclusion[],
  via: string | null,
): SecurityJudgement {
  const securitizing = framing.length > 0 && referents.length > 0;
  let sector: Sector | null = null;
  let referent: ReferentHit | null = null;
  if (securitizing) {
    let best = SECTOR_RANK.length;
    for (const f of framing) best = Math.min(best, rankOf(f.sector));
    for (const r of referents) best = Math.min(best, rankOf(r.sector));
    sector = SECTOR_RANK[best] ?? 'political';
    const named = (r: ReferentHit): boolean => !PRONOUN_REFERENTS.has(r.trigger.text.toLowerCase());
    referent =
      referents.find((r) => r.sector === sector) ??
      referents.find((r) => r.sector !== null && named(r)) ??
      referents.find(named) ??
      referents[0]!;
  }
  return {
    securitizing,
    rule: securitizing ? (via === null ? 'S1-framing+referent' : `S1-framing+referent+${via}`) : null,
    framing,
    referents,
    referent,
    sector,
    excluded,
  };
}
