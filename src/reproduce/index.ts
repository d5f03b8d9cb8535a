// Public API of src/reproduce: re-export each public function and type here.
export {
  reproductionSpec,
  ReproductionSpecSchema,
  ManifestEntrySchema,
  SpecDocumentSchema,
  PublishedFigureSchema,
  SpecTermSchema,
  IgnoreLineSchema,
  TextKindSchema,
  type ReproductionSpec,
  type ReproductionSpecInput,
  type ManifestEntry,
  type SpecDocument,
  type PublishedFigure,
  type SpecTerm,
  type IgnoreLineRule,
  type TextKind,
} from './reproductionSpec.js';
export { ignoreLinePredicate } from './ignoreLine.js';
export { matchManifest, type ManifestFile, type ManifestMatch, type ManifestMatches } from './matchManifest.js';
export { reproduce, type ReproductionText, type ReproductionRow, type ReproductionStatus } from './reproduce.js';
export { zeng2021 } from './zeng2021.js';
export { reproductionSpecs } from './reproductionSpecs.js';
