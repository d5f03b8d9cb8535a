import { describe, it, expect } from 'vitest';
import * as model from '../../src/model/index.js';

describe('model index', () => {
  it('re-exports every constructor, helper and schema, and no internal helper', () => {
    expect(Object.keys(model).sort()).toEqual(
      [
        'AudienceKindSchema',
        'AudienceSchema',
        'CitationSchema',
        'EvidenceSchema',
        'ExtraordinaryMeasureSchema',
        'FacilitatingConditionKindSchema',
        'FacilitatingConditionSchema',
        'ReferentObjectSchema',
        'SECTORS',
        'SectorSchema',
        'SecuritizationCaseSchema',
        'SecuritizationOutcomeSchema',
        'SecuritizingActorKindSchema',
        'SecuritizingActorSchema',
        'SecuritizingMoveSchema',
        'SpeechActKindSchema',
        'SpeechActSchema',
        'audience',
        'checkEvidence',
        'evidence',
        'evidenceFromText',
        'extraordinaryMeasure',
        'facilitatingCondition',
        'referentObject',
        'securitizationCase',
        'securitizingActor',
        'securitizingMove',
        'speechAct',
        'zeng2021Case',
        'zeng2021Citation',
      ].sort(),
    );
  });
});
