// Loads the shared corpus for the stats tests, with docvars set here (the files carry none).
import { loadDocument } from '../../src/node/loadDocuments.js';
import type { Document } from '../../src/text/document.js';
import { corpusFile } from '../support/shared.js';

export interface CorpusDocs {
  readonly plan2017: Document;
  readonly china2025: Document;
  readonly us2025: Document;
  readonly zhExcerpts: Document;
  readonly zhHant: Document;
}

let loaded: Promise<CorpusDocs> | undefined;

/** The five corpus texts, loaded once per test file. */
export function loadCorpus(): Promise<CorpusDocs> {
  loaded ??= (async () => ({
    plan2017: await loadDocument(corpusFile('2017-ngaidp.en.txt'), {
      id: 'cn-2017', meta: { country: 'CN', date: '2017-07-20', issuer: 'State Council' },
    }),
    china2025: await loadDocument(corpusFile('2025-china-ai-plus-opinions.en.txt'), {
      id: 'cn-2025', meta: { country: 'CN', year: 2025, issuer: 'State Council' },
    }),
    us2025: await loadDocument(corpusFile('2025-us-americas-ai-action-plan.en.txt'), {
      id: 'us-2025', meta: { country: 'US', year: '2025', issuer: 'Executive Office of the President' },
    }),
    zhExcerpts: await loadDocument(corpusFile('2017-ngaidp.zh.excerpts.txt'), {
      id: 'zh-2017', lang: 'zh', meta: { country: 'CN', year: 2017 },
      ignoreLine: (line) => line.startsWith('#') || line.trim() === '---',
    }),
    zhHant: await loadDocument(corpusFile('2017-ngaidp.zh-hant.excerpt.txt'), { id: 'zh-hant-2017', lang: 'zh' }),
  }))();
  return loaded;
}

/** Whole-word occurrences by a plain regular expression: an independent count for English words. */
export function regexCount(text: string, word: string): number {
  return text.match(new RegExp(`\\b${word}\\b`, 'giu'))?.length ?? 0;
}
