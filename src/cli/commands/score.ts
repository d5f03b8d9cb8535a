import { securitizationLexicon } from '../../lexicon/securitizationLexicon.js';
import { MOVE_RULES_VERSION } from '../../moves/labelSentences.js';
import { PROFILE_WEIGHTS, profile } from '../../moves/profile.js';
import { provenance } from '../../provenance.js';
import { EXIT, stringOption, type Command } from '../command.js';
import { corpusFromArgs } from '../documents.js';
import { checkFormat, formatRows } from '../format.js';

export const scoreCommand: Command = {
  name: 'score',
  summary: 'securitization profile of files: one row per file with the score and its components',
  help: `Usage: securitization score <files or folders...> [options]

One row per file: the score in [0, 1] and each component's value and contribution
(weight × normalized value). The formula is in docs/scoring.md; json gives every indicator and component.
A file with no sentences or in an unsupported language gets an empty score and a reason.

Options:
  --lang <en|zh>        language of all files (default: detected per file)
  --format <f>          table (default), json ({ provenance, rows }: full profiles) or csv
  -q, --quiet           no messages on stderr except errors`,
  options: { lang: { type: 'string' } },
  positionals: true,
  async run(values, files, io) {
    const format = checkFormat(stringOption(values, 'format'));
    const { documents, failed } = await corpusFromArgs(files, io, { lang: stringOption(values, 'lang'), quiet: values.quiet === true });
    const profiles = documents.map((doc) => profile(doc));
    if (format === 'json') {
      // The settings every profile is computed with (those profile() records), stated once for
      // the run as the other row commands do, rather than in each profile.
      const settings = provenance({ rules: MOVE_RULES_VERSION, lexicon: securitizationLexicon.name, nested: 'exclusive', weights: PROFILE_WEIGHTS });
      const rows = profiles.map(({ provenance: _each, ...rest }) => rest);
      io.stdout(formatRows(rows, format, { provenance: settings }));
    } else {
      const names = ['securitizing_share', 'security_density', 'threat_urgency_density', 'security_request_share', 'referents'];
      const rows = profiles.map((p) => {
        const row: Record<string, string | number | null> = { docId: p.docId, score: p.score === null ? null : round(p.score) };
        for (const name of names) {
          const c = p.components.find((x) => x.name === name);
          row[name] = c === undefined ? null : round(c.value);
          row[`${name}_contribution`] = c === undefined ? null : round(c.contribution);
        }
        row.reason = p.reason;
        return row;
      });
      io.stdout(formatRows(rows, format));
    }
    return failed ? EXIT.badInput : EXIT.ok;
  },
};

/** Four decimals: enough to recompute the score by hand from the printed contributions. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
