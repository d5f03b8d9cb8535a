import { countDictionary } from '../../lexicon/countDictionary.js';
import { checkNestedScope } from '../../count/nested.js';
import { provenance, type Provenance } from '../../provenance.js';
import { dfm, dfmOf, type AnyDfm } from '../../stats/dfm.js';
import { checkRateBase, type RateBase } from '../../count/rateBase.js';
import { dfmGroup } from '../../stats/dfmGroup.js';
import { dfmTopFeatures } from '../../stats/dfmTopFeatures.js';
import { dfmWeight } from '../../stats/dfmWeight.js';
import type { Document } from '../../text/document.js';
import { EXIT, stringOption, type Command } from '../command.js';
import {
  CORPUS_HELP,
  CORPUS_OPTIONS,
  COUNTED_HELP,
  COUNTED_OPTIONS,
  corpusArgs,
  corpusFromArgs,
  countedFromArgs,
  reportDocuments,
  wholeNumberArg,
  type CountedFromArgs,
} from '../documents.js';
import { checkFormat, formatRows } from '../format.js';

/**
 * A dictionary's category counts as a dfm (feature = category), so that weighting, grouping and
 * top features go through the same library functions as token and term counts.
 */
function dictionaryDfm(documents: readonly Document[], counted: Extract<CountedFromArgs, { kind: 'dictionary' }>, nested: 'inclusive' | 'exclusive', per: RateBase): AnyDfm {
  const counts = countDictionary(documents, counted.dictionary, { nested, per });
  const options = { ...counts.provenance.options, features: 'dictionary', source: counted.source };
  const rows = counts.map(({ docId, category, count }) => ({ docId, feature: category, count }));
  // countDictionary gives every document a row per category: its size is on each of them.
  const size = new Map<string, number>(counts.map((row) => [row.docId, row.tokens ?? (row as { characters: number }).characters]));
  return dfmOf(rows, documents, per, (doc) => size.get(doc.id) ?? 0, options);
}

/** Keeps the rows of the top features, each document's (or group's) rows in rank order. */
function keepTop<Row extends { readonly feature: string }>(rows: readonly Row[], top: readonly string[], block: (row: Row) => unknown): Row[] {
  const rank = new Map(top.map((feature, i) => [feature, i]));
  const blocks = new Map<unknown, number>();
  for (const row of rows) if (!blocks.has(block(row))) blocks.set(block(row), blocks.size);
  return rows
    .filter((row) => rank.has(row.feature))
    .sort((a, b) => blocks.get(block(a))! - blocks.get(block(b))! || rank.get(a.feature)! - rank.get(b.feature)!);
}

export const tableCommand: Command = {
  name: 'table',
  summary: 'document-feature table: counts per file (or per docvar group) × word, term or dictionary category',
  help: `Usage: securitization table <files or folder...> [--terms a,b | --term x ... | --dictionary <file|builtin>] [options]

One row per document × feature: { docId, feature, count }, plus per10k with --per10k (per
10,000 tokens, or with --per characters per 10,000 letters and digits).
  without terms:     every word and number (quanteda's dfm): one row per feature that occurs
                     in the document; features are folded (case, width, traditional Chinese)
  --terms / --term:  the given terms (pattern language), zero counts included
  --dictionary:      the dictionary's categories (feature = category key), zero counts included
With --group-by the rows are { group, feature, count } (plus per10k): counts summed over the
documents with the same docvar value, zero counts included; documents without the docvar are
summed in the group null and listed on stderr.

Options:
${COUNTED_HELP}
  --group-by <docvar>   sum by a docvar: year (meta.year, else the year of date), issuer, country, …
  --per10k              add per10k: count per 10,000 tokens of the document (or group)
  --per <base>          what per10k is per: tokens (default) or characters (letters and digits,
                        the usual rate for Chinese)
  --top <n>             only the n features with the highest count over all documents (ties in
                        code-point order), listed in that order within each document or group
  --nested <scope>      inclusive (default) or exclusive, for terms and dictionaries
${CORPUS_HELP}

A folder is read with its subfolders (hidden files, README/SOURCES and unknown types skipped,
with a warning). Files that cannot be read are named on stderr, the others are counted, and the
exit code is 1.`,
  options: {
    ...COUNTED_OPTIONS,
    'group-by': { type: 'string' },
    per10k: { type: 'boolean' },
    per: { type: 'string' },
    top: { type: 'string' },
    nested: { type: 'string' },
    ...CORPUS_OPTIONS,
  },
  positionals: true,
  async run(values, inputs, io) {
    const format = checkFormat(stringOption(values, 'format'));
    const nested = checkNestedScope(stringOption(values, 'nested'));
    const top = wholeNumberArg(values, 'top', 1);
    const groupBy = stringOption(values, 'group-by');
    const per10k = values.per10k === true;
    const per = checkRateBase(stringOption(values, 'per'));
    const counted = await countedFromArgs(values, io, false);
    const reading = corpusArgs(values);
    const { documents, failed } = await corpusFromArgs(inputs, io, reading);

    const matrix =
      counted.kind === 'dictionary'
        ? dictionaryDfm(documents, counted, nested, per)
        : dfm(documents, counted.kind === 'terms' ? { select: counted.terms, nested, per } : { per });
    const topFeatures = top === undefined ? undefined : dfmTopFeatures(matrix, top).map((row) => row.feature);
    const cli = { ...(top === undefined ? {} : { top }), per10k };
    let rows: object[];
    let columns: string[];
    let origin: Provenance;
    if (groupBy === undefined) {
      const weighted = dfmWeight(matrix, 'per10k');
      const all = weighted.map(({ docId, feature, count, rate }) => (per10k ? { docId, feature, count, per10k: rate } : { docId, feature, count }));
      rows = topFeatures === undefined ? all : keepTop(all, topFeatures, (row) => row.docId);
      columns = ['docId', 'feature', 'count', ...(per10k ? ['per10k'] : [])];
      origin = per10k ? weighted.provenance : matrix.provenance;
    } else {
      const grouped = dfmGroup(matrix, documents, groupBy);
      if (!reading.quiet) {
        reportDocuments(io, `${grouped.ungrouped.length} document(s) without --group-by ${groupBy}, counted in the group null (empty in CSV)`, grouped.ungrouped);
      }
      const all = grouped.map(({ group, feature, count, per10k: rate }) => (per10k ? { group, feature, count, per10k: rate } : { group, feature, count }));
      rows = topFeatures === undefined ? all : keepTop(all, topFeatures, (row) => row.group);
      columns = ['group', 'feature', 'count', ...(per10k ? ['per10k'] : [])];
      origin = grouped.provenance;
    }
    io.stdout(formatRows(rows, format, { provenance: provenance({ ...origin.options, ...cli }), columns }));
    return failed ? EXIT.badInput : EXIT.ok;
  },
};
