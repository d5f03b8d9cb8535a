// The browser-safe core: no file system, no `process`. File loading and the CLI live in
// `securitization/node`.
export * from './errors.js';
export { VERSION } from './version.js';
export { provenance, type Provenance, type WithProvenance } from './provenance.js';

export * from './model/index.js';

export {
  createDocument,
  createDocuments,
  detectLanguage,
  DocumentInputSchema,
  type Document,
  type DocumentInput,
  type Language,
  type MetaValue,
} from './text/document.js';
export { normalizeText, type NormalizedText } from './text/normalize.js';
export { segment, isCountedToken, type Token, type TokenKind, type Sentence, type Segmentation } from './text/tokenize.js';

export { parsePattern, type Pattern, type PatternVariant, type PatternElement } from './patterns/parsePattern.js';
export { compileTerms, type Term, type TermInput } from './patterns/terms.js';
export { matchesGlob, ANY_RUN, ONE_CHAR, type Glob } from './patterns/glob.js';

export { countTerms, countTokens, type CountRow } from './count/countTerms.js';
export { matches, type MatchRow, type CountOptions } from './count/matches.js';
export { kwic, type KwicRow, type KwicOptions } from './count/kwic.js';
export type { NestedScope } from './count/nested.js';
export * from './count/index.js';

export * from './reproduce/index.js';
export * from './lexicon/index.js';
export * from './stats/index.js';
export * from './collocations/index.js';
export * from './moves/index.js';
