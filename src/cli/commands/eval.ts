import { resolve } from 'node:path';
import { readText } from '../../node/readText.js';
import { loadDocument } from '../../node/loadDocuments.js';
import { OptionError } from '../../errors.js';
import type { Document } from '../../text/document.js';
import { parseGold } from '../../moves/parseGold.js';
import { alignGold } from '../../moves/alignGold.js';
import { predictGold } from '../../moves/predictGold.js';
import { evaluate, EVALUATED_LABELS } from '../../moves/evaluate.js';
import { MOVE_RULES_VERSION } from '../../moves/labelSentences.js';
import { provenance } from '../../provenance.js';
import { EXIT, stringOption, type Command } from '../command.js';
import { formatTable } from '../format.js';

const env = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
};

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score the move rules against a gold file: P/R/F1 per label, confusion counts',
  help: `Usage: securitization eval [options]

Labels every gold sentence with the move rules (in its document, for anaphora) and prints
precision, recall, F1 and the confusion counts tp/fp/fn/tn per label (claim, warn, request,
securitizing), plus referent and sector agreement on the gold-securitizing sentences.

Options:
  --gold <file.jsonl>   gold file (default: $SECURITIZATION_GOLD/dev.jsonl, else ../shared/gold/dev.jsonl)
  --corpus <dir>        directory of the texts the gold names (default: $SECURITIZATION_CORPUS,
                        else ../shared/corpus)
  --items               also list every sentence where a label differs from the gold
  --format <f>          table (default) or json; no csv: the result is several tables (labels,
                        referent and sector agreement), not one set of rows
  -q, --quiet           accepted; eval writes nothing on stderr but errors`,
  options: { gold: { type: 'string' }, corpus: { type: 'string' }, items: { type: 'boolean' } },
  async run(values, _positionals, io) {
    const format = stringOption(values, 'format') ?? 'table';
    if (format !== 'table' && format !== 'json') throw new OptionError('format', `expected table or json, got "${format}"`);
    const goldDir = env('SECURITIZATION_GOLD');
    const goldFile = resolve(io.cwd, stringOption(values, 'gold') ?? (goldDir === undefined ? '../shared/gold/dev.jsonl' : resolve(goldDir, 'dev.jsonl')));
    const corpusDir = resolve(io.cwd, stringOption(values, 'corpus') ?? env('SECURITIZATION_CORPUS') ?? '../shared/corpus');
    const items = parseGold(await readText(goldFile), goldFile);
    const documents = new Map<string, Document>();
    for (const name of [...new Set(items.map((i) => i.doc))].sort()) {
      documents.set(name, await loadDocument(resolve(corpusDir, name), { id: name }));
    }
    const aligned = alignGold(items, (name) => documents.get(name), goldFile);
    const predictions = predictGold(aligned, documents.values());
    const result = evaluate(items, predictions);
    const differing = predictions.flatMap((p, k) => {
      const g = items[k]!;
      const labels = EVALUATED_LABELS.filter((l) => g[l] !== p[l]);
      return labels.length === 0 ? [] : [{ id: g.id, differs: labels.map((l) => `${l}: gold ${g[l]}, predicted ${p[l]}`).join('; '), rules: p.row.acts.map((a) => a.rule).join(' ') }];
    });
    if (format === 'json') {
      const output = {
        gold: goldFile,
        n: result.n,
        labels: result.labels,
        referent: result.referent,
        sector: result.sector,
        ...(values.items === true ? { items: differing } : {}),
        provenance: provenance({ rules: MOVE_RULES_VERSION, gold: goldFile, corpus: corpusDir }),
      };
      io.stdout(JSON.stringify(output, null, 2) + '\n');
      return EXIT.ok;
    }
    const fixed = (x: number | null): string => (x === null ? '–' : x.toFixed(3));
    const rows = EVALUATED_LABELS.map((label) => {
      const m = result.labels[label];
      return { label, precision: fixed(m.precision), recall: fixed(m.recall), f1: fixed(m.f1), tp: m.tp, fp: m.fp, fn: m.fn, tn: m.tn };
    });
    const lines = [
      `${result.n} gold sentences from ${goldFile}`,
      '',
      formatTable(rows).trimEnd(),
      '',
      `referent agreement: ${result.referent.correct}/${result.referent.n} (${fixed(result.referent.accuracy)})`,
      `sector agreement:   ${result.sector.correct}/${result.sector.n} (${fixed(result.sector.accuracy)})`,
      '',
      'sector confusion (gold → predicted: count):',
      ...result.sector.confusion.map((c) => `  ${c.gold} → ${c.predicted}: ${c.count}`),
    ];
    if (values.items === true) lines.push('', formatTable(differing.length === 0 ? [] : differing).trimEnd());
    io.stdout(lines.join('\n') + '\n');
    return EXIT.ok;
  },
};
