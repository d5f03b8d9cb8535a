// The Copenhagen School framework as validated types; one concept per file.
export { EvidenceSchema, evidence, evidenceFromText, checkEvidence } from './evidence.js';
export type { Evidence, EvidenceInput } from './evidence.js';
export { SECTORS, SectorSchema } from './sector.js';
export type { Sector } from './sector.js';
export { SpeechActKindSchema, SpeechActSchema, speechAct } from './speech-act.js';
export type { SpeechActKind, SpeechAct, SpeechActInput } from './speech-act.js';
export {
  SecuritizingActorKindSchema,
  SecuritizingActorSchema,
  securitizingActor,
} from './securitizing-actor.js';
export type {
  SecuritizingActorKind,
  SecuritizingActor,
  SecuritizingActorInput,
} from './securitizing-actor.js';
export { ReferentObjectSchema, referentObject } from './referent-object.js';
export type { ReferentObject, ReferentObjectInput } from './referent-object.js';
export { AudienceKindSchema, AudienceSchema, audience } from './audience.js';
export type { AudienceKind, Audience, AudienceInput } from './audience.js';
export {
  FacilitatingConditionKindSchema,
  FacilitatingConditionSchema,
  facilitatingCondition,
} from './facilitating-condition.js';
export type {
  FacilitatingConditionKind,
  FacilitatingCondition,
  FacilitatingConditionInput,
} from './facilitating-condition.js';
export { ExtraordinaryMeasureSchema, extraordinaryMeasure } from './extraordinary-measure.js';
export type { ExtraordinaryMeasure, ExtraordinaryMeasureInput } from './extraordinary-measure.js';
export { SecuritizingMoveSchema, securitizingMove } from './securitizing-move.js';
export type { SecuritizingMove, SecuritizingMoveInput } from './securitizing-move.js';
export { SecuritizationOutcomeSchema } from './securitization-outcome.js';
export type { SecuritizationOutcome } from './securitization-outcome.js';
export { CitationSchema } from './citation.js';
export type { Citation } from './citation.js';
export { SecuritizationCaseSchema, securitizationCase } from './securitization-case.js';
export type { SecuritizationCase, SecuritizationCaseInput } from './securitization-case.js';
export { zeng2021Case, zeng2021Citation } from './zeng2021-case.js';
