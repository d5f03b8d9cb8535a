import type { DocumentInput } from '../../text/document.js';
import { sampleEn } from './en.js';
import { sampleZhHans } from './zh-hans.js';
import { sampleZhHant } from './zh-hant.js';

/** What every sample is, said wherever a sample is shown. */
export const SAMPLE_MARKER = 'sample text written for this library, not a real policy document';

/** The demo's texts: made up, one English, one Chinese in simplified and the same in traditional script. */
export const sampleDocuments: readonly DocumentInput[] = [
  { id: 'sample-en', text: sampleEn, lang: 'en', meta: { sample: true, note: SAMPLE_MARKER } },
  { id: 'sample-zh-hans', text: sampleZhHans, lang: 'zh', meta: { sample: true, note: SAMPLE_MARKER } },
  { id: 'sample-zh-hant', text: sampleZhHant, lang: 'zh', meta: { sample: true, note: SAMPLE_MARKER } },
];
