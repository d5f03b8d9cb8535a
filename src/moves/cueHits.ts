import { bisector } from 'd3-array';
import type { Document, Language } from '../text/document.js';
import type { Sector } from '../model/sector.js';
import { compileTerms, type Term } from '../patterns/terms.js';
import { locate } from '../count/locate.js';
import { MOVE_CUES, type MoveCueCategory } from './cues.js';

/** One hit of a move cue in a document: original offsets, end exclusive. */
export interface CueHit {
  readonly category: MoveCueCategory;
  /** Index of the cue in `MOVE_CUES[category]`. */
  readonly cue: number;
  readonly start: number;
  readonly end: number;
  readonly sector: Sector | null;
  /** The referent a security cue implies (`MoveCue.implies`), if any. */
  readonly implies: string | null;
}

interface CompiledCues {
  readonly terms: Term[];
  readonly refs: { readonly category: MoveCueCategory; readonly cue: number; readonly sector: Sector | null; readonly implies: string | null }[];
}

const compiled = new Map<Language, CompiledCues>();

function cuesFor(lang: Language): CompiledCues {
  let result = compiled.get(lang);
  if (result === undefined) {
    const inputs: { label: string; pattern: string }[] = [];
    const refs: CompiledCues['refs'] = [];
    for (const [category, cues] of Object.entries(MOVE_CUES) as [MoveCueCategory, (typeof MOVE_CUES)[MoveCueCategory]][]) {
      cues.forEach((cue, index) => {
        if (cue.lang !== lang) return;
        inputs.push({ label: `${category}#${index}`, pattern: cue.pattern });
        refs.push({ category, cue: index, sector: cue.sector ?? null, implies: cue.implies ?? null });
      });
    }
    result = { terms: compileTerms(inputs), refs };
    compiled.set(lang, result);
  }
  return result;
}

const cache = new WeakMap<Document, readonly CueHit[]>();

/**
 * Every hit of the move cues of the document's language, through the library's own matcher
 * (`locate`, inclusive nesting), sorted by start, then category order. Cached per document.
 */
export function cueHits(doc: Document): readonly CueHit[] {
  let hits = cache.get(doc);
  if (hits === undefined) {
    const { terms, refs } = cuesFor(doc.lang);
    hits = locate(doc, terms, 'inclusive').map((hit) => {
      const ref = refs[hit.term]!;
      return { category: ref.category, cue: ref.cue, start: hit.start, end: hit.end, sector: ref.sector, implies: ref.implies };
    });
    cache.set(doc, hits);
  }
  return hits;
}

const firstHitFrom = bisector((hit: CueHit) => hit.start).left;

/** The hits that lie inside `[start, end)`, by binary search on the sorted hits. */
export function hitsWithin(hits: readonly CueHit[], start: number, end: number): CueHit[] {
  const inside: CueHit[] = [];
  for (let k = firstHitFrom(hits, start); k < hits.length && hits[k]!.start < end; k++) if (hits[k]!.end <= end) inside.push(hits[k]!);
  return inside;
}
