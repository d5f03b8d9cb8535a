import {
  securitizationCase,
  type SecuritizationCase,
  type SecuritizationCaseInput,
} from './securitization-case.js';

/** Jinghan Zeng (2021), the paper whose Table 1 and keyword counts this library ships. */
export const zeng2021Citation = {
  author: 'Jinghan Zeng',
  title: 'Securitization of Artificial Intelligence in China',
  year: 2021,
  venue: 'The Chinese Journal of International Politics 14(3)',
  doi: '10.1093/cjip/pbab011',
  pages: '417–445',
} as const;

const centralGovernment = {
  name: 'the central government of China',
  kind: 'government',
  description: 'The Chinese central government, speaking through national AI policy documents.',
} as const satisfies SecuritizationCaseInput['actor'];

const chineseNation = {
  name: 'the Chinese nation',
  sector: 'political',
} as const satisfies SecuritizationCaseInput['referents'][number];

const nationalInterests = {
  name: "China's national interests",
  sector: 'political',
} as const satisfies SecuritizationCaseInput['referents'][number];

const mobilizationOfResources = {
  description:
    "The state's mobilization of resources across government, industry and research for AI development.",
};

const nationalStrategicPriority = {
  description: 'The designation of AI as a national strategic priority.',
};

/**
 * The securitization of artificial intelligence in China as summarized in Table 1 of Jinghan
 * Zeng, "Securitization of Artificial Intelligence in China", *The Chinese Journal of
 * International Politics* 14(3), 2021, pp. 417–445, doi:10.1093/cjip/pbab011.
 *
 * Descriptions are our paraphrases of the paper's summary, not quotations. The move carries no
 * evidence spans because the paper is not part of this library's corpus.
 *
 * @example
 * ```ts
 * zeng2021Case.audiences.map((a) => a.name);
 * // ['local governments', 'market actors', 'intellectuals', 'the general public']
 * ```
 */
export const zeng2021Case: SecuritizationCase = securitizationCase({
  id: 'zeng2021-china-ai',
  title: 'Securitization of artificial intelligence in China',
  actor: centralGovernment,
  moves: [
    {
      actor: centralGovernment,
      description:
        'Labelling the advancement of AI as a security matter in order to mobilize domestic actors behind national AI development.',
      speechActs: [
        {
          kind: 'claim',
          text: 'The advancement of AI is a security matter for China (paraphrase).',
        },
        {
          kind: 'warn',
          text: 'AI brings new challenges to national security (paraphrase of the 2017 national AI development plan).',
        },
        {
          kind: 'request',
          text: 'Domestic actors should be mobilized behind national AI development (paraphrase).',
        },
      ],
      referent: chineseNation,
      threat: 'The new challenges AI brings to national security, and falling behind in global technology competition.',
      requestedMeasures: [mobilizationOfResources, nationalStrategicPriority],
      sector: 'political',
      evidence: [],
    },
  ],
  referents: [chineseNation, nationalInterests],
  audiences: [
    { name: 'local governments', kind: 'subnational-government' },
    { name: 'market actors', kind: 'market' },
    { name: 'intellectuals', kind: 'expert' },
    { name: 'the general public', kind: 'public' },
  ],
  conditions: [
    {
      kind: 'external',
      description:
        'Historical anxiety about falling behind in global technology competition. External: it is part of the historical and social context the audience shares, not of the grammar of the speech act.',
    },
    {
      kind: 'external',
      description:
        'Geopolitical competition among great powers over technology. External: a feature of the international context and of the alleged threat.',
    },
    {
      kind: 'external',
      description:
        'Non-traditional security needs that AI is expected to serve. External: they arise from the social and political situation, not from how the move is phrased.',
    },
  ],
  measures: [mobilizationOfResources, nationalStrategicPriority],
  outcome: 'ongoing',
  source: zeng2021Citation,
  notes:
    "Transcribed from the paper's Table 1 summary; descriptions and speech-act texts are paraphrases, not quotations.",
} satisfies SecuritizationCaseInput);
