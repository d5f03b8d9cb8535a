// Public API of src/moves: securitizing speech acts, moves, profiles and their evaluation.
export { speechActs, type SentenceActs } from './speechActs.js';
export { labelSentences, MOVE_RULES_VERSION, type LabelOptions } from './labelSentences.js';
export { findMoves, type FoundMove, type MoveOptions } from './findMoves.js';
export { profile, PROFILE_WEIGHTS, type Profile, type ProfileComponent, type ProfileIndicators } from './profile.js';
export {
  evaluate,
  labelMetrics,
  sameReferent,
  EVALUATED_LABELS,
  type EvaluatedLabel,
  type Evaluation,
  type LabelMetrics,
  type LabelledSentence,
  type Agreement,
} from './evaluate.js';
export { parseGold, GoldItemSchema, type GoldItem } from './parseGold.js';
export { alignGold, codePointToUtf16, type AlignedGoldItem } from './alignGold.js';
export { predictGold, type GoldPrediction } from './predictGold.js';
export { analysisSentences, type AnalysisSentence } from './analysisSentences.js';
export { MOVE_CUES, ENGLISH_GRAMMAR, CHINESE_GRAMMAR, type MoveCue, type MoveCueCategory } from './cues.js';
export { SECTOR_RANK } from './securityJudgement.js';
export type {
  ActKind,
  ActLabel,
  Trigger,
  FramingHit,
  Exclusion,
  ReferentHit,
  SecurityJudgement,
  SentenceLabels,
} from './types.js';
export type { TextSpan } from './analyzeSpan.js';
