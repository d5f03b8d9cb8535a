import type { Sector } from '../model/sector.js';

/** The three speech acts of a directive securitizing move (Vuori 2008). */
export type ActKind = 'claim' | 'warn' | 'request';

/** A span of the ORIGINAL document text that triggered a rule: UTF-16 offsets, end exclusive. */
export interface Trigger {
  /** `doc.text.slice(start, end)`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One speech-act label of a sentence, with the rule that gave it and the words that triggered it. */
export interface ActLabel {
  readonly kind: ActKind;
  /** Rule id of `docs/scoring.md`, e.g. `R2-modal`, `W2-danger`, `C1-declarative`. */
  readonly rule: string;
  readonly triggers: readonly Trigger[];
}

/** A security word that counts as framing (S1a), with the sector it points to, if any. */
export interface FramingHit extends Trigger {
  readonly sector: Sector | null;
}

/** A security cue that was found but set aside, and the exclusion rule that set it aside. */
export interface Exclusion {
  /** e.g. `S2-technical`, `S5-list`, `G3-name`, `W5-procedure`, `negated`. */
  readonly rule: string;
  readonly trigger: Trigger;
}

/** The object a securitizing sentence protects, in the sentence's own terms. */
export interface ReferentHit {
  /** A short noun phrase: harmonised for national security, national defense, public safety and security. */
  readonly name: string;
  readonly sector: Sector | null;
  readonly trigger: Trigger;
}

/** The SECURITIZING judgement of one sentence (guideline S1–S7). */
export interface SecurityJudgement {
  readonly securitizing: boolean;
  /** `S1-framing+referent` when true, with `+G2-anaphora` when the previous sentence supplied part of it. */
  readonly rule: string | null;
  /** Security wording that counts (S1a). */
  readonly framing: readonly FramingHit[];
  /** Collective referent objects named (S1b). */
  readonly referents: readonly ReferentHit[];
  /** The most encompassing referent, when securitizing. */
  readonly referent: ReferentHit | null;
  readonly sector: Sector | null;
  /** Security wording set aside by an exclusion rule (S2–S5, G3, negation). */
  readonly excluded: readonly Exclusion[];
}

/** Every label of one sentence: the speech acts, the securitizing judgement, and their evidence. */
export interface SentenceLabels {
  readonly docId: string;
  /** Index among the analysed sentences of the document (headings skipped); -1 for a given span. */
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
  /** `doc.text.slice(start, end)`. */
  readonly text: string;
  readonly claim: boolean;
  readonly warn: boolean;
  readonly request: boolean;
  readonly securitizing: boolean;
  readonly acts: readonly ActLabel[];
  readonly security: SecurityJudgement;
}
