// Sample documents for the examples. MADE UP for this library: they imitate the register of
// policy texts but quote no real document. The examples use the shared corpus instead when it
// is present (`../shared/corpus`, or the folder named by SECURITIZATION_CORPUS).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { DocumentInput } from '../src/index.js';

/** The shared corpus folder, or `null` when it is not there. */
export function findCorpus(): string | null {
  const dir = process.env.SECURITIZATION_CORPUS ?? fileURLToPath(new URL('../../shared/corpus', import.meta.url));
  return existsSync(resolve(dir, 'SOURCES.md')) ? resolve(dir) : null;
}

/** Whether a module was started as the program (`npx tsx examples/x.ts`) rather than imported. */
export const isMain = (moduleUrl: string): boolean => process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(moduleUrl);

export const samplePlan2017: DocumentInput = {
  id: 'sample-plan-2017',
  meta: { year: 2017, issuer: 'Sample State Council', note: 'made-up sample' },
  text: [
    'Artificial intelligence has become a new focus of international competition. The major powers treat it as a strategy to protect national security.',
    'We must seize the strategic initiative. New risks to national security, public safety and social stability require firm prevention.',
    'Cyber security and data security shall be strengthened, and the security of critical infrastructure shall be guaranteed.',
  ].join('\n\n'),
};

export const samplePlan2020: DocumentInput = {
  id: 'sample-plan-2020',
  meta: { year: 2020, issuer: 'Sample State Council', note: 'made-up sample' },
  text: [
    'The development of artificial intelligence enters a new stage. Innovation, talent and industry remain the priorities.',
    'Security risks must be assessed, and national security must be safeguarded in every field of application.',
  ].join('\n\n'),
};

export const sampleOpinions2025: DocumentInput = {
  id: 'sample-opinions-2025',
  meta: { year: 2025, issuer: 'Sample State Council', note: 'made-up sample' },
  text: '人工智能是新一轮科技革命的重要驱动力量。必须维护国家安全，防范化解重大风险，加强网络安全和数据安全保障。要推动人工智能与实体经济深度融合。',
};

export const sampleActionPlan2025: DocumentInput = {
  id: 'sample-action-plan-2025',
  meta: { year: 2025, issuer: 'Sample Executive Office', note: 'made-up sample' },
  text: [
    'Adversaries threaten our technological lead, and the threat grows every year. We must win the race.',
    'The nation must protect its infrastructure, its workers and its allies from hostile actors, and secure the supply of advanced chips.',
  ].join('\n\n'),
};

/** Every sample document, oldest first. */
export const sampleDocuments: DocumentInput[] = [samplePlan2017, samplePlan2020, sampleOpinions2025, sampleActionPlan2025];
