import { findMoves } from '../../moves/findMoves.js';
import { UsageError, EXIT, stringOption, type Command } from '../command.js';
import { corpusFromArgs } from '../documents.js';
import { checkFormat, formatRows } from '../format.js';

export const movesCommand: Command = {
  name: 'moves',
  summary: 'securitizing moves of a file: speech acts, referent, threat, measures, sector, evidence',
  help: `Usage: securitization moves <files or folders...> [options]

Each securitizing move with its sentences, sector, referent, speech acts and the rules that
fired; json gives the full typed records with evidence spans (UTF-16 offsets into the file).

Options:
  --actor <name>        the securitizing actor (default: "Led by X" in the text, else unnamed)
  --audience <name>     the audience of the moves
  --lang <en|zh>        language of the file (default: detected)
  --format <f>          table (default), json or csv
  -q, --quiet           no messages on stderr except errors`,
  options: { actor: { type: 'string' }, audience: { type: 'string' }, lang: { type: 'string' } },
  positionals: true,
  async run(values, files, io) {
    const format = checkFormat(stringOption(values, 'format'));
    if (files.length > 1) throw new UsageError('moves takes one file');
    const actor = stringOption(values, 'actor');
    const audience = stringOption(values, 'audience');
    const { documents, failed } = await corpusFromArgs(files, io, { lang: stringOption(values, 'lang'), quiet: values.quiet === true });
    for (const doc of documents) {
      const moves = findMoves(doc, { ...(actor === undefined ? {} : { actor }), ...(audience === undefined ? {} : { audience }) });
      if (format === 'json') {
        io.stdout(JSON.stringify({ provenance: moves.provenance, moves }, null, 2) + '\n');
        continue;
      }
      const rows = moves.map((m) => ({
        docId: m.docId,
        sentences: m.firstSentence === m.lastSentence ? String(m.firstSentence) : `${m.firstSentence}-${m.lastSentence}`,
        start: m.start,
        end: m.end,
        sector: m.move.sector ?? null,
        referent: m.move.referent.name,
        acts: [...new Set(m.move.speechActs.map((a) => a.kind))].join('+'),
        threat: m.move.threat ?? null,
        actor: m.move.actor.name,
        rules: m.rules.join(' '),
      }));
      io.stdout(formatRows(rows, format, { columns: ['docId', 'sentences', 'start', 'end', 'sector', 'referent', 'acts', 'threat', 'actor', 'rules'] }));
    }
    return failed ? EXIT.badInput : EXIT.ok;
  },
};
