import { countTerms } from '../../count/countTerms.js';
import { checkNestedScope } from '../../count/nested.js';
import { checkRateBase } from '../../count/rateBase.js';
import { EXIT, stringOption, type Command } from '../command.js';
import { documentsFromArgs, PER_HELP, termsFromArgs } from '../documents.js';
import { checkFormat, formatRows } from '../format.js';

export const countCommand: Command = {
  name: 'count',
  summary: 'count terms in files: one row per file × term, with rates per 10,000 tokens (or characters)',
  help: `Usage: securitization count <files...> --terms "security,national security" [options]

Options:
  --terms <list>        comma-separated terms (pattern language: phrases, secur*, a | b, 国家安全)
  --term <pattern>      one term; repeat for more (use it for terms that contain commas)
  --nested <scope>      inclusive (default): every term counts wherever it matches;
                        exclusive: each character counts for the longest match only
${PER_HELP}
  --lang <en|zh>        language of all files (default: detected per file)
  --format <f>          table (default), json (rows with provenance) or csv
  -q, --quiet           no messages on stderr except errors`,
  options: {
    terms: { type: 'string' },
    term: { type: 'string', multiple: true },
    nested: { type: 'string' },
    per: { type: 'string' },
    lang: { type: 'string' },
  },
  positionals: true,
  async run(values, files, io) {
    const format = checkFormat(stringOption(values, 'format'));
    const nested = checkNestedScope(stringOption(values, 'nested'));
    const per = checkRateBase(stringOption(values, 'per'));
    const terms = termsFromArgs(values.terms, values.term);
    const { documents, failed } = await documentsFromArgs(files, io, stringOption(values, 'lang'));
    const rows = countTerms(documents, terms, { nested, per });
    // Columns named, so that CSV has its header even when no file could be read.
    const columns = per === 'characters' ? ['docId', 'term', 'count', 'tokens', 'characters', 'per10k'] : ['docId', 'term', 'count', 'tokens', 'per10k'];
    io.stdout(formatRows(rows, format, { provenance: rows.provenance, columns }));
    return failed ? EXIT.badInput : EXIT.ok;
  },
};
