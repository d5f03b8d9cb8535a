import { existsSync } from 'node:fs';
import { countTerms } from '../../count/countTerms.js';
import { kwic } from '../../count/kwic.js';
import { OptionError } from '../../errors.js';
import { reproduceCorpus } from '../../node/reproduceCorpus.js';
import { reproduce, type ReproductionRow } from '../../reproduce/reproduce.js';
import { zeng2021 } from '../../reproduce/zeng2021.js';
import { createDocuments, type Document } from '../../text/document.js';
import { VERSION } from '../../version.js';
import { EXIT, stringOption, type Command } from '../command.js';
import { formatRows } from '../format.js';
import { SAMPLE_MARKER, sampleDocuments } from '../sample/index.js';
import { corpusDirectory, corpusReport, formatReproductionTable } from './reproduce.js';

/** Security and national security in each language: the pair whose nesting the two counting rules treat differently. */
const PAIRS = { en: ['security', 'national security'], zh: ['安全', '国家安全'] } as const;

function countTable(docs: readonly Document[]): string {
  const rows = (['en', 'zh'] as const).flatMap((lang) => {
    const ofLang = docs.filter((d) => d.lang === lang);
    const inclusive = countTerms(ofLang, PAIRS[lang], { nested: 'inclusive' });
    const exclusive = countTerms(ofLang, PAIRS[lang], { nested: 'exclusive' });
    // Same documents and terms in the same order: row i of one is row i of the other.
    return inclusive.map((row, i) => ({
      docId: row.docId,
      term: row.term,
      inclusive: row.count,
      exclusive: exclusive[i]!.count,
      tokens: row.tokens,
      per10k: row.per10k,
    }));
  });
  return formatRows(rows, 'table');
}

function kwicTable(docs: readonly Document[]): string {
  const rows = (['en', 'zh'] as const).flatMap((lang) =>
    kwic(docs.filter((d) => d.lang === lang), PAIRS[lang][1], { window: 4 }),
  );
  return formatRows(rows, 'table', { columns: ['docId', 'pre', 'keyword', 'post'] });
}

/** The samples' rows of the reproduction; the published figures, all `missing` here, are shown with the real texts. */
function sampleRows(docs: readonly Document[]): ReproductionRow[] {
  const texts = docs.filter((d) => d.id !== 'sample-zh-hant').map((doc) => ({ doc, document: 'sample', kind: 'original' as const }));
  return reproduce(zeng2021, texts).filter((row) => row.status === 'unknown');
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'a tour on sample texts: counts, KWIC, and the Zeng (2021) reproduction (also on the real corpus if present)',
  help: `Usage: securitization demo [--corpus <dir>]

Counts "security" and "national security" (安全, 国家安全) under both nesting rules, shows
keyword-in-context lines, and runs the Zeng (2021) reproduction on sample texts written for
this library (not real policy documents), then on the real corpus when the folder exists.

Options:
  -c, --corpus <dir>    corpus folder (default: $SECURITIZATION_CORPUS, else ../shared/corpus)
  --format table        the only format: the demo prints several tables and text (for json
                        or csv, run count, kwic or reproduce)
  -q, --quiet           accepted; the demo writes nothing on stderr but errors`,
  options: { corpus: { type: 'string', short: 'c' } },
  async run(values, _positionals, io) {
    const format = stringOption(values, 'format');
    if (format !== undefined && format !== 'table') {
      throw new OptionError('format', 'the demo prints tables only; use count, kwic or reproduce for json or csv');
    }
    const docs = createDocuments(sampleDocuments);
    const out: string[] = [
      `securitization ${VERSION} demo`,
      `The texts ${docs.map((d) => d.id).join(', ')} are ${SAMPLE_MARKER.toUpperCase()}.`,
      '',
      '1. Counts. inclusive: a "national security" hit is also a "security" hit (as in Zeng 2021); exclusive:',
      '   a stretch of text counts for its longest term only. Both Chinese scripts count the same.',
      countTable(docs),
      '2. Keyword in context (4 tokens each side)',
      kwicTable(docs),
      '3. The Zeng (2021) reproduction run on the samples: status "unknown", they are not the documents',
      `   Zeng counted (${SAMPLE_MARKER}).`,
      formatReproductionTable(zeng2021, sampleRows(docs)),
    ];
    const dir = corpusDirectory(stringOption(values, 'corpus'), io);
    if (existsSync(dir)) {
      const result = await reproduceCorpus(zeng2021, dir);
      out.push(`4. Zeng (2021) reproduction on the real texts in ${dir}`, formatReproductionTable(zeng2021, result.rows));
      out.push(...corpusReport(zeng2021, result, dir), '');
    } else {
      out.push(
        `4. No corpus at ${dir} (set SECURITIZATION_CORPUS or pass --corpus); Zeng's published figures:`,
        formatReproductionTable(zeng2021, reproduce(zeng2021, [])),
      );
    }
    out.push('Next: securitization reproduce zeng2021 --format csv; securitization count --help; docs/reproducing-zeng-2021.md');
    io.stdout(`${out.join('\n')}\n`);
    return EXIT.ok;
  },
};
