import { kwic } from '../../count/kwic.js';
import { checkNestedScope } from '../../count/nested.js';
import { EXIT, stringOption, type Command } from '../command.js';
import { corpusFromArgs, wholeNumberArg } from '../documents.js';
import { checkFormat, formatRows } from '../format.js';

export const kwicCommand: Command = {
  name: 'kwic',
  summary: 'keyword in context: every hit of a term with the tokens around it',
  help: `Usage: securitization kwic <files or folders...> --term security [options]

Options:
  --term <pattern>      the term (pattern language: phrases, secur*, a | b, 国家安全)
  -w, --window <n>      tokens of context on each side (default 5)
  --nested <scope>      inclusive (default) or exclusive
  --lang <en|zh>        language of all files (default: detected per file)
  --format <f>          table (default), json or csv
  -q, --quiet           no messages on stderr except errors`,
  options: {
    term: { type: 'string' },
    window: { type: 'string', short: 'w' },
    nested: { type: 'string' },
    lang: { type: 'string' },
  },
  positionals: true,
  async run(values, files, io) {
    const format = checkFormat(stringOption(values, 'format'));
    const nested = checkNestedScope(stringOption(values, 'nested'));
    const term = stringOption(values, 'term', true);
    const window = wholeNumberArg(values, 'window') ?? 5;
    const { documents, failed } = await corpusFromArgs(files, io, { lang: stringOption(values, 'lang'), quiet: values.quiet === true });
    const rows = kwic(documents, term, { window, nested });
    io.stdout(formatRows(rows, format, { provenance: rows.provenance, columns: ['docId', 'start', 'end', 'pre', 'keyword', 'post'] }));
    return failed ? EXIT.badInput : EXIT.ok;
  },
};
