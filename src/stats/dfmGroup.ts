import { rollup, sum } from 'd3-array';
import { DocumentError } from '../errors.js';
import type { MetaValue } from '../text/document.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { compareCodePoints } from '../text/compareCodePoints.js';
import { compareKeys, type GroupKey } from './compareKeys.js';
import { dfmRateBase, totalSize, type AnyDfm, type CharacterDfmTotal, type Dfm, type DfmTotal } from './dfm.js';
import type { WithDocvars } from './documentYear.js';
import { checkGroupBy, docvarKey, type GroupBy } from './docvarKey.js';
import type { SkippedDocument } from './skipped.js';

/** One group × feature: counts summed over the group's documents. */
export interface GroupedDfmRow {
  /** The docvar value; `null` for the documents that lack it (listed in `ungrouped`). */
  readonly group: GroupKey | null;
  readonly feature: string;
  readonly count: number;
  /** Tokens of the group: the sum of its documents' tokens. */
  readonly tokens: number;
  /** `count` per 10,000 of the group's tokens; `null` when the group has no tokens. */
  readonly per10k: number | null;
}

/** One group × feature of a dfm made with `per: 'characters'`. */
export interface CharacterGroupedDfmRow {
  readonly group: GroupKey | null;
  readonly feature: string;
  readonly count: number;
  /** Not counted, as in the dfm's totals. */
  readonly tokens: null;
  /** Letters and digits of the group: the sum of its documents'. */
  readonly characters: number;
  /** `count` per 10,000 of the group's characters; `null` when the group has none. */
  readonly per10k: number | null;
}

/** Rows of {@link dfmGroup}, with the documents that fell into the `null` group. */
export type GroupedDfm<Row = GroupedDfmRow | CharacterGroupedDfmRow> = WithProvenance<Row> & {
  /** Documents without the docvar (or absent from the docvars lookup): their counts are in group `null`. */
  readonly ungrouped: readonly SkippedDocument[];
};

/** Where docvars come from: the documents (`doc.meta`) or a map from document id to docvars. */
export type DocvarsSource = Iterable<WithDocvars> | ReadonlyMap<string, Readonly<Record<string, MetaValue>>>;

function docvarsById(source: DocvarsSource): Map<string, WithDocvars> {
  const byId = new Map<string, WithDocvars>();
  if (source instanceof Map) {
    for (const [id, meta] of source as ReadonlyMap<string, Readonly<Record<string, MetaValue>>>) byId.set(id, { id, meta });
    return byId;
  }
  for (const doc of source as Iterable<WithDocvars>) {
    if (byId.has(doc.id)) throw new DocumentError(`Duplicate document id "${doc.id}" in the docvars`, { docId: doc.id });
    byId.set(doc.id, doc);
  }
  return byId;
}

/**
 * Sums a dfm over groups of documents (quanteda's `dfm_group`): one row per group × feature,
 * zero counts included, so that every feature can be compared across groups. A group's tokens are
 * the sum of its documents' tokens (characters, for a dfm made with `per: 'characters'`: the rows
 * then carry `characters`, and `tokens` is `null`). Documents lacking the docvar go to group `null` and are listed
 * in `ungrouped`. Rows are sorted by group (numbers, then strings in code-point order, `null`
 * last), then feature.
 *
 * @throws {OptionError} when `by` is neither a docvar name nor a function.
 * @throws {DocumentError} when the docvars list a document id twice.
 * @throws {ValidationError} when some totals of the dfm are tokens and others characters.
 * @example
 * ```ts
 * const docs = [
 *   { id: 'a', text: 'Security matters.', meta: { country: 'CN' } },
 *   { id: 'b', text: 'Safety matters.', meta: { country: 'US' } },
 * ];
 * dfmGroup(dfm(docs), docs, 'country').filter((r) => r.feature === 'matters');
 * // [{ group: 'CN', feature: 'matters', count: 1, tokens: 2, per10k: 5000 },
 * //  { group: 'US', feature: 'matters', count: 1, tokens: 2, per10k: 5000 }]
 * ```
 */
export function dfmGroup(matrix: Dfm<DfmTotal>, docvars: DocvarsSource, by: GroupBy): GroupedDfm<GroupedDfmRow>;
export function dfmGroup(matrix: Dfm<CharacterDfmTotal>, docvars: DocvarsSource, by: GroupBy): GroupedDfm<CharacterGroupedDfmRow>;
export function dfmGroup(matrix: AnyDfm, docvars: DocvarsSource, by: GroupBy): GroupedDfm;
export function dfmGroup(matrix: AnyDfm, docvars: DocvarsSource, by: GroupBy): GroupedDfm {
  const groupBy = checkGroupBy(by);
  const per = dfmRateBase(matrix);
  const byId = docvarsById(docvars);
  const ungrouped: SkippedDocument[] = [];
  const groupOf = new Map<string, GroupKey | null>();
  for (const { docId } of matrix.totals) {
    const doc = byId.get(docId);
    const key = doc === undefined ? null : docvarKey(doc, groupBy);
    if (key === null) {
      const what = typeof groupBy === 'string' ? `docvar "${groupBy}"` : 'group';
      ungrouped.push({ docId, reason: doc === undefined ? 'not in the docvars' : `no ${what}` });
    }
    groupOf.set(docId, key);
  }
  const group = (docId: string): GroupKey | null => groupOf.get(docId) ?? null;
  const tokens = rollup(matrix.totals as readonly (DfmTotal | CharacterDfmTotal)[], (v) => sum(v, totalSize), (t) => group(t.docId));
  const counts = rollup(matrix.rows, (v) => sum(v, (r) => r.count), (r) => group(r.docId), (r) => r.feature);
  const groups = [...tokens.keys()].sort(compareKeys);
  const features = [...new Set(matrix.rows.map((r) => r.feature))].sort(compareCodePoints);
  const rows: (GroupedDfmRow | CharacterGroupedDfmRow)[] = groups.flatMap((key) => {
    const n = tokens.get(key)!;
    return features.map((feature) => {
      const count = counts.get(key)?.get(feature) ?? 0;
      const per10k = n === 0 ? null : (count / n) * 10_000;
      return per === 'characters' ? { group: key, feature, count, tokens: null, characters: n, per10k } : { group: key, feature, count, tokens: n, per10k };
    });
  });
  const settings = { ...matrix.provenance.options, groupBy: typeof groupBy === 'string' ? groupBy : 'function' };
  return Object.defineProperty(withProvenance(rows, settings), 'ungrouped', { value: ungrouped, enumerable: false }) as GroupedDfm;
}
