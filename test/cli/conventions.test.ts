// Conventions every command of the binary keeps, checked over every registered command: --help
// names each option; --format table|json|csv where the command prints rows (a refusal, exit 2,
// where its help says why not); --quiet leaves stderr empty on success; an unknown option is a
// usage error (exit 2) naming the option; a missing file is bad input (exit 1) naming the file;
// json and csv output is data only (stdout parses whole, and both formats give the same rows).
// A new command fails the first test until it is described in CONVENTIONS below.
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import type { OutputFormat } from '../../src/cli/format.js';
import { runCli } from '../support/cli.js';
import { tempFolder, writeFile, writeFiles } from '../support/files.js';

const dir = tempFolder('cli-conventions');
const run = (args: readonly string[]) => runCli(args, { cwd: dir });

// Made-up texts, written for this test.
const ENGLISH_A = 'Made-up memo. Hostile states threaten our national security. We must protect national security now.\n';
const ENGLISH_B = 'Made-up note. Trade and growth matter to the economy, and security matters too.\n';
const CHINESE = '这是为测试编写的句子。国家安全和网络安全都很重要。\n';
writeFiles(dir, {
  'a.txt': ENGLISH_A,
  'b.txt': ENGLISH_B,
  'zh.txt': CHINESE,
  'meta.csv': 'file,year\na.txt,2020\nb.txt,2021\n',
  // A folder with a README: reading it warns that the README is skipped.
  'texts/a.txt': ENGLISH_A,
  'texts/README.md': '# Made-up readme\n',
  // A corpus of one text and a gold file of two sentences annotated by hand (for eval); reproduce
  // reads the folder too and notes that its file is not one of the reproduction's.
  'corpus/memo.txt': ENGLISH_A,
});
const goldItem = (id: string, sentence: string, labels: Record<string, unknown>): string =>
  JSON.stringify({
    id,
    doc: 'memo.txt',
    offset: Array.from(ENGLISH_A.slice(0, ENGLISH_A.indexOf(sentence))).length,
    text: sentence,
    claim: false,
    warn: false,
    request: false,
    securitizing: false,
    referent: null,
    sector: null,
    note: null,
    ...labels,
  });
writeFile(
  dir,
  'gold.jsonl',
  [
    goldItem('c-1', 'Hostile states threaten our national security.', { claim: true, warn: true, securitizing: true, referent: 'national security', sector: 'political' }),
    goldItem('c-2', 'We must protect national security now.', { request: true, securitizing: true, referent: 'national security', sector: 'political' }),
  ].join('\n') + '\n',
);

/** Where the rows are in a command's JSON: `{ provenance, rows }`, `{ provenance, moves }`, or no rows. */
type JsonShape = 'rows' | 'moves' | 'object';

interface Convention {
  /** Arguments (after the command's name) of a run that succeeds. */
  readonly ok: readonly string[];
  /** The formats it prints; the others are refused with exit 2, and its help says why. */
  readonly formats: readonly OutputFormat[];
  readonly json?: JsonShape;
  /** Runs that name a missing file or folder, and the name stderr must give. */
  readonly missing: readonly { readonly args: readonly string[]; readonly name: string }[];
  /** Why a command takes no file that could be missing. */
  readonly noFiles?: string;
  /** Why its CSV rows are flat columns that differ from the keys of its JSON rows. */
  readonly csvFlattens?: string;
  /** A run that writes notes on stderr without --quiet (and must write none with it). */
  readonly chatty?: readonly string[];
}

const ALL: readonly OutputFormat[] = ['table', 'json', 'csv'];

const CONVENTIONS: Readonly<Record<string, Convention>> = {
  count: {
    ok: ['a.txt', 'b.txt', 'zh.txt', '--terms', 'security,national security,安全'],
    formats: ALL,
    json: 'rows',
    missing: [{ args: ['a.txt', 'missing.txt', '--terms', 'security'], name: 'missing.txt' }],
    chatty: ['texts', '--terms', 'security'],
  },
  kwic: {
    ok: ['a.txt', 'b.txt', '--term', 'security', '-w', '3'],
    formats: ALL,
    json: 'rows',
    missing: [{ args: ['missing.txt', '--term', 'security'], name: 'missing.txt' }],
    chatty: ['texts', '--term', 'security'],
  },
  table: {
    ok: ['a.txt', 'b.txt', '--terms', 'security,trade'],
    formats: ALL,
    json: 'rows',
    missing: [
      { args: ['a.txt', 'missing.txt'], name: 'missing.txt' },
      { args: ['a.txt', '--metadata', 'missing.csv'], name: 'missing.csv' },
    ],
    chatty: ['texts'],
  },
  trend: {
    ok: ['a.txt', 'b.txt', '--metadata', 'meta.csv', '--terms', 'security'],
    formats: ALL,
    json: 'rows',
    missing: [{ args: ['missing.txt', '--terms', 'security'], name: 'missing.txt' }],
    // Without a year the documents are left out of the trend and listed on stderr.
    chatty: ['a.txt', '--terms', 'security'],
  },
  keyness: {
    ok: ['--target', 'a.txt', '--reference', 'b.txt', '--top', '5'],
    formats: ALL,
    json: 'rows',
    missing: [
      { args: ['--target', 'missing.txt', '--reference', 'b.txt'], name: 'missing.txt' },
      { args: ['--target', 'a.txt', '--reference', 'missing-reference.txt'], name: 'missing-reference.txt' },
    ],
    chatty: ['--target', 'texts', '--reference', 'b.txt'],
  },
  collocations: {
    ok: ['a.txt', 'b.txt', '--node', 'security', '-w', '2'],
    formats: ALL,
    json: 'rows',
    missing: [{ args: ['missing.txt', '--node', 'security'], name: 'missing.txt' }],
    chatty: ['texts', '--node', 'security'],
  },
  report: {
    ok: ['a.txt', 'b.txt', '--out', 'report.html', '--no-profiles'],
    formats: [],
    missing: [{ args: ['a.txt', 'missing.txt', '--out', 'report-2.html', '--no-profiles'], name: 'missing.txt' }],
    chatty: ['a.txt', '--out', 'report-3.html', '--no-profiles'],
  },
  reproduce: {
    ok: ['zeng2021', '--corpus', 'corpus'],
    formats: ALL,
    json: 'rows',
    missing: [
      { args: ['zeng2021', '--corpus', 'no-such-folder'], name: 'no-such-folder' },
      { args: ['zeng2021', '--corpus', 'corpus', '--manifest', 'missing.yml'], name: 'missing.yml' },
    ],
    chatty: ['zeng2021', '-c', 'corpus'],
  },
  demo: {
    ok: ['--corpus', 'no-such-folder'],
    formats: ['table'],
    missing: [],
    noFiles: 'its --corpus is optional: without the folder it shows the published figures and says so (help, docs/cli.md)',
  },
  score: {
    ok: ['a.txt', 'zh.txt'],
    formats: ALL,
    json: 'rows',
    csvFlattens: 'a JSON row is the full profile (indicators, components); CSV has one column per component value and contribution',
    missing: [{ args: ['a.txt', 'missing.txt'], name: 'missing.txt' }],
    chatty: ['texts'],
  },
  moves: {
    ok: ['a.txt'],
    formats: ALL,
    json: 'moves',
    missing: [{ args: ['missing.txt'], name: 'missing.txt' }],
    chatty: ['texts'],
  },
  eval: {
    ok: ['--gold', 'gold.jsonl', '--corpus', 'corpus'],
    formats: ['table', 'json'],
    json: 'object',
    missing: [
      { args: ['--gold', 'missing.jsonl', '--corpus', 'corpus'], name: 'missing.jsonl' },
      { args: ['--gold', 'gold.jsonl', '--corpus', 'no-such-folder'], name: 'no-such-folder' },
    ],
  },
};

/** The rows of a JSON output, by its shape. */
function jsonRows(value: unknown, shape: JsonShape): unknown[] | undefined {
  if (shape === 'object') return undefined;
  return (value as Record<string, unknown[]>)[shape];
}

describe('CLI conventions', () => {
  it('describes every registered command, and only those', () => {
    expect(Object.keys(CONVENTIONS).sort()).toEqual(commands.map((c) => c.name).sort());
  });

  describe.each(commands.map((command) => [command.name, command] as const))('%s', (name, command) => {
    const convention = CONVENTIONS[name]!;

    it('--help: exit 0, naming every option it declares (with its short form) and --format, --quiet', async () => {
      const { code, stdout, stderr } = await run([name, '--help']);
      expect([code, stderr]).toEqual([0, '']);
      for (const [option, spec] of Object.entries(command.options)) {
        expect(stdout, `--${option}`).toMatch(new RegExp(`(^|\\s)--${option}\\b`, 'mu'));
        if ('short' in spec && spec.short !== undefined) expect(stdout, `-${spec.short}`).toContain(`-${spec.short}, --${option}`);
      }
      expect(stdout).toMatch(/(^|\s)--format\b/mu);
      expect(stdout).toContain('-q, --quiet');
    });

    it('prints each format it accepts; json and csv are data only and agree; it refuses the others with exit 2', async () => {
      const outputs = new Map<OutputFormat, string>();
      for (const format of ALL) {
        const result = await run([name, ...convention.ok, '--format', format]);
        if (convention.formats.includes(format)) {
          expect([format, result.code, result.stderr]).toEqual([format, 0, expect.any(String)]);
          expect(result.stdout.trim(), format).not.toBe('');
          outputs.set(format, result.stdout);
        } else {
          expect([format, result.code, result.stdout]).toEqual([format, 2, '']);
          expect(result.stderr, format).toMatch(/format/u);
        }
      }
      const json = outputs.get('json');
      const csv = outputs.get('csv');
      const parsedJson: unknown = json === undefined ? undefined : JSON.parse(json);
      let csvRows: string[][] | undefined;
      if (csv !== undefined) {
        csvRows = csvParseRows(csv);
        const [header, ...body] = csvRows;
        // A header of column names, then rows of its width: no title, note or blank line.
        expect(header!.every((column) => /^[A-Za-z_][A-Za-z0-9_]*$/u.test(column)), header!.join(',')).toBe(true);
        expect(body.length).toBeGreaterThan(0);
        for (const row of body) expect(row).toHaveLength(header!.length);
      }
      if (parsedJson !== undefined && convention.json === 'rows') {
        expect((parsedJson as { provenance: { library: string } }).provenance.library).toBe('securitization');
      }
      const rows = parsedJson === undefined || convention.json === undefined ? undefined : jsonRows(parsedJson, convention.json);
      if (rows !== undefined && csvRows !== undefined) {
        // The same rows in both formats; with { provenance, rows }, the same columns too.
        expect(csvRows.length - 1).toBe(rows.length);
        if (convention.json === 'rows' && convention.csvFlattens === undefined) expect(csvRows[0]).toEqual(Object.keys(rows[0] as object));
      }
    });

    it('--quiet: stderr stays empty on success', async () => {
      const result = await run([name, ...convention.ok, '--quiet']);
      expect([result.code, result.stderr]).toEqual([0, '']);
      if (convention.chatty !== undefined) {
        // A run with something to say says it without --quiet, and nothing with it.
        const loud = await run([name, ...convention.chatty]);
        const quiet = await run([name, ...convention.chatty, '-q']);
        expect(loud.code).toBe(0);
        expect(loud.stderr).not.toBe('');
        expect([quiet.code, quiet.stderr]).toEqual([0, '']);
        expect(quiet.stdout).toBe(loud.stdout);
      }
    });

    it('rejects an unknown option with exit 2 and a stderr line naming it', async () => {
      const { code, stdout, stderr } = await run([name, ...convention.ok, '--no-such-option']);
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr.split('\n').some((line) => line.includes('--no-such-option'))).toBe(true);
    });

    it('reports a missing file with exit 1 and a stderr line naming it', async () => {
      if (convention.missing.length === 0) expect(convention.noFiles).toBeDefined();
      for (const { args, name: file } of convention.missing) {
        const { code, stderr } = await run([name, ...args]);
        expect([args, code]).toEqual([args, 1]);
        expect(stderr.split('\n').some((line) => line.includes(join(dir, file))), stderr).toBe(true);
      }
    });
  });
});
