import type { Document, DocumentInput } from '../text/document.js';
import { SecuritizationError } from '../errors.js';
import { provenance, type Provenance } from '../provenance.js';
import { countTokens } from '../count/countTerms.js';
import { countDictionary } from '../lexicon/countDictionary.js';
import { securitizationLexicon } from '../lexicon/securitizationLexicon.js';
import { labelSentences, MOVE_RULES_VERSION, oneDocument } from './labelSentences.js';

/** One component of the securitization score: value, normalization, weight and contribution. */
export interface ProfileComponent {
  readonly name: string;
  readonly description: string;
  /** The indicator's value. */
  readonly value: number;
  /** The value that normalizes to 1: `normalized = min(1, value / cap)`. */
  readonly cap: number;
  readonly normalization: string;
  readonly normalized: number;
  readonly weight: number;
  /** `weight × normalized`; the score is the sum of the contributions. */
  readonly contribution: number;
}

/** The indicators a profile is built from. */
export interface ProfileIndicators {
  /** Word and number tokens. */
  readonly tokens: number;
  /** Analysed sentences (short headings skipped). */
  readonly sentences: number;
  /**
   * Security terms per 10,000 tokens by sector: the `security.*` categories of the built-in
   * lexicon (`national`, `military`, `political`, `economic`, `societal`, `environmental`,
   * `cyber`, `technological`).
   */
  readonly securityTermsPer10k: Readonly<Record<string, number>>;
  readonly securityTermsPer10kTotal: number;
  /** Words of the lexicon's `threat` category per 10,000 tokens. */
  readonly threatPer10k: number;
  /** Words of the lexicon's `urgency` category per 10,000 tokens. */
  readonly urgencyPer10k: number;
  readonly securitizingSentences: number;
  readonly securitizingShare: number;
  /** Sentences that request action and carry security wording. */
  readonly securityRequests: number;
  readonly securityRequestShare: number;
  /** Referent objects of the securitizing sentences, with how many sentences name each. */
  readonly referents: readonly { readonly name: string; readonly sentences: number }[];
}

/** An explainable securitization profile of one document. */
export interface Profile {
  readonly docId: string;
  /** In [0, 1]; `null` for an empty profile. */
  readonly score: number | null;
  /** Why the profile is empty (no sentences, unsupported language …); `null` otherwise. */
  readonly reason: string | null;
  readonly indicators: ProfileIndicators | null;
  readonly components: readonly ProfileComponent[];
  readonly formula: string;
  readonly provenance: Provenance;
}

/** Caps and weights of the score (docs/scoring.md). Fixed conventions, not fitted to any data. */
export const PROFILE_WEIGHTS = {
  securitizingShare: { cap: 0.25, weight: 0.35 },
  securityDensity: { cap: 100, weight: 0.2 },
  threatUrgencyDensity: { cap: 100, weight: 0.15 },
  securityRequestShare: { cap: 0.15, weight: 0.2 },
  referents: { cap: 5, weight: 0.1 },
} as const;

const FORMULA =
  'score = Σ weight × min(1, value / cap) over the components: securitizing_share (cap 0.25, weight 0.35), ' +
  'security_density (cap 100 per 10k tokens, weight 0.20), threat_urgency_density (cap 100 per 10k tokens, weight 0.15), ' +
  'security_request_share (cap 0.15, weight 0.20), referents (cap 5, weight 0.10)';

function component(name: string, description: string, value: number, spec: { cap: number; weight: number }): ProfileComponent {
  const normalized = Math.min(1, value / spec.cap);
  return {
    name,
    description,
    value,
    cap: spec.cap,
    normalization: `min(1, value / ${spec.cap})`,
    normalized,
    weight: spec.weight,
    contribution: spec.weight * normalized,
  };
}

function empty(docId: string, reason: string): Profile {
  return { docId, score: null, reason, indicators: null, components: [], formula: FORMULA, provenance: provenance({ rules: MOVE_RULES_VERSION }) };
}

function perTenK(count: number, tokens: number): number {
  return tokens === 0 ? 0 : (count / tokens) * 10_000;
}

/**
 * An explainable securitization profile of a document: indicators (security-term density per
 * 10,000 tokens by sector, threat and urgency density, the share of securitizing sentences, the
 * share of sentences that request action in security terms, the referent objects named) and a
 * score in [0, 1] that is the weighted sum of capped, normalized components. Every component is
 * returned with its value, cap, normalization, weight and contribution, so the score can be
 * recomputed by hand (formula in `docs/scoring.md`). Term densities are the built-in
 * `securitizationLexicon` counted with `countDictionary` (exclusive nesting, the document's
 * language), so they can be reproduced and listed hit by hit with `matchDictionary`.
 *
 * A document with no analysable sentence, an empty text, or a language other than English or
 * Chinese gives an empty profile (`score: null`) with a `reason`; it never throws for those.
 *
 * @example
 * ```ts
 * const p = profile({ id: 'memo', text: 'Hostile states threaten our national security. We must act now.' });
 * p.score;                                    // a number in [0, 1]
 * p.components.map((c) => c.contribution);    // sums to p.score
 * profile({ id: 'x', text: 'Bonjour', lang: 'fr' }).reason; // 'unsupported language: …'
 * ```
 */
export function profile(input: Document | DocumentInput | string): Profile {
  let doc: Document;
  try {
    doc = oneDocument(input);
  } catch (error) {
    if (!(error instanceof SecuritizationError)) throw error;
    const id = typeof input === 'string' || typeof input.id !== 'string' || input.id === '' ? 'text1' : input.id;
    const reason = error.code === 'UNSUPPORTED_LANGUAGE' ? `unsupported language: ${error.message}` : `no analysable text: ${error.message}`;
    return empty(id, reason);
  }
  const rows = labelSentences(doc);
  if (rows.length === 0) return empty(doc.id, 'no sentences: the text has no sentence of five words or more with final punctuation or a clause');
  const tokens = countTokens(doc);
  // The lexicon's own counter, so that `countDictionary` (or `securitization count`) reproduces these.
  const counts = countDictionary([doc], securitizationLexicon, { nested: 'exclusive', lang: doc.lang });
  const count = (category: string): number => counts.find((r) => r.category === category)?.count ?? 0;
  const sectors = counts.filter((r) => r.category.startsWith('security.')).map((r) => r.category);
  const securityTermsPer10k = Object.fromEntries(sectors.map((c) => [c.slice('security.'.length), perTenK(count(c), tokens)]));
  const securityTermsPer10kTotal = perTenK(sectors.reduce((sum, c) => sum + count(c), 0), tokens);
  const threatPer10k = perTenK(count('threat'), tokens);
  const urgencyPer10k = perTenK(count('urgency'), tokens);
  const securitizing = rows.filter((r) => r.securitizing);
  const securityRequests = rows.filter((r) => r.request && (r.securitizing || r.security.framing.length > 0)).length;
  const referentCounts = new Map<string, number>();
  for (const r of securitizing) {
    const name = r.security.referent!.name;
    referentCounts.set(name, (referentCounts.get(name) ?? 0) + 1);
  }
  const referents = [...referentCounts]
    .map(([name, sentences]) => ({ name, sentences }))
    .sort((a, b) => b.sentences - a.sentences || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const indicators: ProfileIndicators = {
    tokens,
    sentences: rows.length,
    securityTermsPer10k,
    securityTermsPer10kTotal,
    threatPer10k,
    urgencyPer10k,
    securitizingSentences: securitizing.length,
    securitizingShare: securitizing.length / rows.length,
    securityRequests,
    securityRequestShare: securityRequests / rows.length,
    referents,
  };
  const W = PROFILE_WEIGHTS;
  const components = [
    component('securitizing_share', 'share of sentences judged securitizing (S1)', indicators.securitizingShare, W.securitizingShare),
    component('security_density', 'security terms per 10,000 tokens, all sectors', securityTermsPer10kTotal, W.securityDensity),
    component('threat_urgency_density', 'threat and urgency words per 10,000 tokens', threatPer10k + urgencyPer10k, W.threatUrgencyDensity),
    component('security_request_share', 'share of sentences that request action in security terms', indicators.securityRequestShare, W.securityRequestShare),
    component('referents', 'distinct referent objects of the securitizing sentences', referents.length, W.referents),
  ];
  const score = components.reduce((sum, c) => sum + c.contribution, 0);
  return {
    docId: doc.id,
    score,
    reason: null,
    indicators,
    components,
    formula: FORMULA,
    provenance: provenance({ rules: MOVE_RULES_VERSION, lexicon: securitizationLexicon.name, nested: 'exclusive', weights: PROFILE_WEIGHTS }),
  };
}
