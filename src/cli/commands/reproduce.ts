import { resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { FileError, ValidationError } from '../../errors.js';
import { readText } from '../../node/readText.js';
import { reproduceCorpus, type CorpusReproduction } from '../../node/reproduceCorpus.js';
import type { ReproductionRow } from '../../reproduce/reproduce.js';
import { ManifestEntrySchema, reproductionSpec, type ManifestEntry, type ReproductionSpec } from '../../reproduce/reproductionSpec.js';
import { reproductionSpecs } from '../../reproduce/reproductionSpecs.js';
import { validate } from '../../validate.js';
import { EXIT, UsageError, stringOption, type CliIO, type Command } from '../command.js';
import { checkFormat, formatRows } from '../format.js';

const TABLE_COLUMNS = ['input', 'lang', 'term', 'published', 'measured', 'difference', 'status', 'note'] as const;

const knownSpecs = (): string =>
  Object.values(reproductionSpecs)
    .map((s) => `  ${s.id.padEnd(10)}  ${s.title}`)
    .join('\n');

/**
 * The corpus folder: `--corpus`, else `SECURITIZATION_CORPUS`, else `../shared/corpus`, against the working directory.
 *
 * @example
 * ```ts
 * corpusDirectory(undefined, { ...io, cwd: '/work/main' }); // '/work/shared/corpus' (env unset)
 * ```
 */
export function corpusDirectory(option: string | undefined, io: CliIO): string {
  return resolve(io.cwd, option ?? process.env.SECURITIZATION_CORPUS ?? '../shared/corpus');
}

/** The spec named on the command line, or a usage error listing the known ones. */
function specFromArgs(positionals: readonly string[]): ReproductionSpec {
  if (positionals.length !== 1) {
    throw new UsageError(`name one reproduction${positionals.length > 1 ? `, not ${positionals.length}` : ''}; known:\n${knownSpecs()}`);
  }
  const id = positionals[0]!;
  const spec = reproductionSpecs[id];
  if (spec === undefined) throw new UsageError(`unknown reproduction "${id}"; known:\n${knownSpecs()}`);
  return spec;
}

const ManifestListSchema = z.array(ManifestEntrySchema);
const ManifestObjectSchema = z.strictObject({ manifest: ManifestListSchema }, 'expected a list of manifest entries, or { manifest: [...] }');

/** Manifest entries from a JSON or YAML file: a list of entries, or `{ manifest: [...] }`. */
async function readManifest(file: string): Promise<ManifestEntry[]> {
  const text = await readText(file);
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = error.linePos?.[0]?.line;
    throw new FileError(file, `not valid JSON or YAML: ${error.message.split('\n')[0]}`, line === undefined ? {} : { line });
  }
  // One schema by shape rather than a union, whose error would name no field ("Invalid input").
  const what = `manifest file ${file}`;
  return Array.isArray(data) ? validate(ManifestListSchema, data, what) : validate(ManifestObjectSchema, data, what).manifest;
}

/**
 * Reproduction rows as aligned tables, one per spec document, with each distinct note printed
 * once below and referred to by number: notes are too long for a table cell.
 *
 * @example
 * ```ts
 * io.stdout(formatReproductionTable(zeng2021, reproduce(zeng2021, [])));
 * // 2016-internet-plus-ai: "互联网+"人工智能三年行动实施方案 (发改高技〔2016〕1078号)
 * // input      lang  term  published … status   note
 * // (no text)  zh    安全         16 … missing  [1]
 * ```
 */
export function formatReproductionTable(spec: ReproductionSpec, rows: readonly ReproductionRow[]): string {
  const notes: string[] = [];
  const noteNumber = (note: string): string => {
    if (note === '') return '';
    if (!notes.includes(note)) notes.push(note);
    return `[${notes.indexOf(note) + 1}]`;
  };
  const documents = [...new Set(rows.map((r) => r.doc))];
  const parts = documents.map((id) => {
    const doc = spec.documents.find((d) => d.id === id);
    const heading = doc === undefined ? `${id} (not a document of ${spec.id})` : `${id}: ${doc.title.zh ?? doc.title.en}${doc.number === undefined ? '' : ` (${doc.number})`}`;
    const table = rows
      .filter((r) => r.doc === id)
      .map((r) => ({ ...r, input: r.input ?? '(no text)', note: noteNumber(r.note) }));
    return `${heading}\n${formatRows(table, 'table', { columns: TABLE_COLUMNS })}`;
  });
  const legend = notes.map((note, i) => `[${i + 1}] ${note}`).join('\n');
  return `${parts.join('\n')}\n${legend}\n`;
}

/**
 * What the folder lacked or held besides the texts, as lines for stderr.
 *
 * @example
 * ```ts
 * corpusReport(zeng2021, await reproduceCorpus(zeng2021, dir), dir);
 * // ['not part of zeng2021, ignored: notes.md', 'no original full text of 2016-internet-plus-ai: …']
 * ```
 */
export function corpusReport(spec: ReproductionSpec, result: CorpusReproduction, dir: string): string[] {
  const lines: string[] = [];
  for (const failure of result.failures) lines.push(`skipped ${failure.file}: ${failure.error.message}`);
  for (const match of result.matched.filter((m) => m.verified === false)) {
    lines.push(`${match.name}: not the version ${spec.id} lists (its SHA-256 is ${match.sha256}); counts may differ from the documented ones`);
  }
  if (result.unknownFiles.length > 0) lines.push(`not part of ${spec.id}, ignored: ${result.unknownFiles.join(', ')}`);
  for (const id of result.missingOriginals) {
    const names = spec.manifest.filter((e) => e.document === id && e.kind === 'original').flatMap((e) => e.names ?? []);
    const where = names.length === 0 ? 'add a manifest entry for it (--manifest)' : `put it in ${dir} as ${names.join(' or ')}`;
    lines.push(`no original full text of ${id}: its published figures cannot be checked exactly; ${where}`);
  }
  return lines;
}

export const reproduceCommand: Command = {
  name: 'reproduce',
  summary: 'reproduce a published keyword count: published figures beside counts measured in a folder',
  help: `Usage: securitization reproduce <spec> [--corpus <dir>] [--manifest <file>] [options]

Counts the spec's terms in the texts of a folder and prints each published figure beside the
measured count. Files are recognised by name or SHA-256 through the spec's manifest.

Reproductions:
${knownSpecs()}

Options:
  -c, --corpus <dir>    folder of texts (default: $SECURITIZATION_CORPUS, else ../shared/corpus)
  -m, --manifest <file> JSON or YAML list of extra manifest entries, tried before the spec's own:
                        [{ document, kind: original|translation|excerpt, lang: en|zh,
                           names: [file names], sha256: [hex], ignoreLine: { startsWith, equals } }]
  --format <f>          table (default), json (rows with provenance) or csv
  -q, --quiet           no notes on stderr about unknown files and missing texts

Status: match / differs (original full text), unpublished (no figure to compare),
translation (not comparable one to one), excerpt (a lower bound), missing (nothing measured),
unknown (not a document of the reproduction).`,
  options: {
    corpus: { type: 'string', short: 'c' },
    manifest: { type: 'string', short: 'm' },
  },
  positionals: true,
  async run(values, positionals, io) {
    const format = checkFormat(stringOption(values, 'format'));
    let spec = specFromArgs(positionals);
    const manifestFile = stringOption(values, 'manifest');
    if (manifestFile !== undefined) {
      const extra = await readManifest(resolve(io.cwd, manifestFile));
      try {
        spec = reproductionSpec({ ...spec, manifest: [...extra, ...spec.manifest] });
      } catch (error) {
        // The file's entries come first, so "manifest.0" is the file's first entry: name the file.
        if (error instanceof ValidationError) throw new ValidationError(`manifest file ${manifestFile} for ${spec.id}`, error.issues);
        throw error;
      }
    }
    const dir = corpusDirectory(stringOption(values, 'corpus'), io);
    const result = await reproduceCorpus(spec, dir);
    if (format === 'table') {
      const { citation } = spec;
      const cited = [citation.author, `"${citation.title}"`, citation.venue, String(citation.year), citation.doi && `doi:${citation.doi}`];
      io.stdout(
        `${spec.title}\n${cited.filter((part) => part !== undefined).join(', ')}\n` +
          `Corpus: ${dir}; counting rule: nested ${spec.counting.nested}\n\n` +
          formatReproductionTable(spec, result.rows),
      );
    } else {
      io.stdout(formatRows(result.rows, format, { provenance: result.rows.provenance }));
    }
    if (values.quiet !== true) for (const line of corpusReport(spec, result, dir)) io.stderr(`${line}\n`);
    else for (const failure of result.failures) io.stderr(`skipped ${failure.file}: ${failure.error.message}\n`);
    return result.failures.length > 0 ? EXIT.badInput : EXIT.ok;
  },
};
