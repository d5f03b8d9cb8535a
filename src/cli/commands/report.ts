import { stat, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { checkNestedScope } from '../../count/nested.js';
import { FileError } from '../../errors.js';
import { readCorpus } from '../../node/corpus/readCorpus.js';
import { reproduceCorpus } from '../../node/reproduceCorpus.js';
import { reproductionSpecs } from '../../reproduce/reproductionSpecs.js';
import type { ReportReproduction } from '../../report/reproductionSection.js';
import { EXIT, UsageError, stringOption, type Command } from '../command.js';
import { termsFromArgs, wholeNumberArg } from '../documents.js';

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The first reproduction whose texts are among the inputs: one folder, or files of one folder
 * (then only their rows, and the rows of documents without a text). `wanted` is a spec id, `auto`
 * (every spec) or `none`.
 */
async function findReproduction(paths: readonly string[], wanted: string): Promise<ReportReproduction | undefined> {
  if (wanted === 'none') return undefined;
  const specs = wanted === 'auto' ? Object.values(reproductionSpecs) : [reproductionSpecs[wanted]];
  if (specs.some((spec) => spec === undefined)) {
    throw new UsageError(`--reproduce: no reproduction "${wanted}" (known: ${Object.keys(reproductionSpecs).join(', ')}, auto, none)`);
  }
  const folder = paths.length === 1 && (await isFolder(paths[0]!));
  const dir = folder ? paths[0]! : dirname(paths[0]!);
  if (!folder && !paths.every((p) => dirname(p) === dir)) return undefined;
  const given = new Set(paths.map((p) => basename(p)));
  for (const spec of specs) {
    const result = await reproduceCorpus(spec!, dir);
    const used = result.matched.filter((m) => folder || given.has(m.name));
    if (used.length === 0) continue;
    return { spec: spec!, rows: result.rows.filter((r) => r.input === null || folder || given.has(r.input)) };
  }
  return undefined;
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'write a self-contained HTML report: corpus, counts, charts, trend by year, KWIC',
  help: `Usage: securitization report <files or folder...> --out report.html [options]

Writes one HTML file that opens offline (inline CSS and SVG charts, no scripts): the documents
with their language, tokens, SHA-256 and docvars; provenance; a counts table with rates per
10,000 tokens; a bar chart of the rates per document; a trend by year when documents carry a
year docvar; keyword-in-context lines; and the Zeng (2021) reproduction when the corpus holds
its documents.

Options:
  -o, --out <file>      the HTML file to write (default: standard output)
  --terms <list>        comma-separated terms (default: a built-in English + Chinese security set)
  --term <pattern>      one term; repeat for more (use it for terms that contain commas)
  --title <text>        title of the report (default "Securitization report")
  --metadata <file>     docvars sidecar (.csv, .tsv or .json keyed by a file column), e.g. with a year column
  --trend-by <docvar>   the docvar that gives the trend's periods (default year: the year
                        docvar, else the year of the date docvar)
  --nested <scope>      inclusive (default) or exclusive
  -w, --window <n>      tokens of context in KWIC lines (default 6)
  --limit <n>           KWIC lines shown per term and document (default 5)
  --lang <en|zh>        language of documents without a language docvar (default: detected)
  --reproduce <id>      add the reproduction table of a published analysis: zeng2021, auto
                        (default: each one whose texts the input folder holds) or none
  --no-profiles         leave out the documents' profiles and securitizing moves
  --no-lexicon          leave out the counts of the built-in lexicon's categories
  -q, --quiet           no messages on stderr except errors
  --format              does not apply: the report is HTML, not rows (a usage error)

Files that cannot be read are listed at the top of the report and on stderr, and the exit code
is 1; the report still covers the others.`,
  options: {
    out: { type: 'string', short: 'o' },
    terms: { type: 'string' },
    term: { type: 'string', multiple: true },
    title: { type: 'string' },
    metadata: { type: 'string' },
    'trend-by': { type: 'string' },
    nested: { type: 'string' },
    window: { type: 'string', short: 'w' },
    limit: { type: 'string' },
    lang: { type: 'string' },
    reproduce: { type: 'string' },
    'no-profiles': { type: 'boolean' },
    'no-lexicon': { type: 'boolean' },
  },
  positionals: true,
  async run(values, inputs, io) {
    if (values.format !== undefined) throw new UsageError('report writes HTML; --format does not apply');
    if (inputs.length === 0) throw new UsageError('no input files or folder');
    const nested = checkNestedScope(stringOption(values, 'nested'));
    const terms = values.terms === undefined && values.term === undefined ? undefined : termsFromArgs(values.terms, values.term);
    const kwicWindow = wholeNumberArg(values, 'window');
    const kwicLimit = wholeNumberArg(values, 'limit');
    const title = stringOption(values, 'title');
    const trendBy = stringOption(values, 'trend-by');
    const out = stringOption(values, 'out');
    const metadata = stringOption(values, 'metadata');
    const lang = stringOption(values, 'lang');
    const paths = inputs.map((p) => resolve(io.cwd, p));
    const corpus = await readCorpus(paths.length === 1 ? paths[0]! : paths, {
      ...(metadata === undefined ? {} : { metadata: resolve(io.cwd, metadata) }),
      ...(lang === undefined ? {} : { lang }),
    });
    const target = out === undefined ? undefined : resolve(io.cwd, out);
    // A report written into the corpus folder must not be read back as a document on the next run.
    const isOwnOutput = (file: unknown): boolean => typeof file === 'string' && paths.some((p) => resolve(p, file) === target);
    const documents = corpus.documents.filter((doc) => !isOwnOutput(doc.meta.file));
    const warnings = [...corpus.warnings, ...(documents.length < corpus.documents.length ? [`${out}: not read as a document (it is this report's output)`] : [])];
    for (const failure of corpus.failures) io.stderr(`skipped ${failure.file}: ${failure.error.message}\n`);
    if (values.quiet !== true) for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
    if (documents.length === 0) {
      io.stderr('securitization report: no document could be read; no report written\n');
      return EXIT.badInput;
    }
    const reproduction = await findReproduction(paths, stringOption(values, 'reproduce') ?? 'auto');
    // Loaded only here: the charts need Observable Plot and linkedom, which other commands do not.
    const { renderReport } = await import('../../report/renderReport.js');
    const page = renderReport({
      documents,
      ...(terms === undefined ? {} : { terms }),
      ...(title === undefined ? {} : { title }),
      ...(trendBy === undefined ? {} : { trendBy }),
      ...(kwicWindow === undefined ? {} : { kwicWindow }),
      ...(kwicLimit === undefined ? {} : { kwicLimit }),
      nested,
      ...(reproduction === undefined ? {} : { reproduction }),
      ...(values['no-profiles'] === true ? { profiles: false } : {}),
      ...(values['no-lexicon'] === true ? { lexicon: null } : {}),
      skipped: corpus.failures.map((f) => ({ file: f.file, reason: f.error.message })),
      warnings,
    });
    if (target === undefined) {
      io.stdout(page);
    } else {
      try {
        await writeFile(target, page);
      } catch (error) {
        const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unwritable';
        throw new FileError(target, `cannot write the report (${reason})`);
      }
      if (values.quiet !== true) io.stderr(`report written to ${out} (${documents.length} documents, ${Math.round(page.length / 1024)} KB)\n`);
    }
    return corpus.failures.length > 0 ? EXIT.badInput : EXIT.ok;
  },
};
