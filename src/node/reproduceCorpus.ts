import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileError, SecuritizationError } from '../errors.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { ignoreLinePredicate } from '../reproduce/ignoreLine.js';
import { matchManifest, type ManifestMatches } from '../reproduce/matchManifest.js';
import { reproduce, type ReproductionRow, type ReproductionText } from '../reproduce/reproduce.js';
import { reproductionSpec, type ReproductionSpec, type ReproductionSpecInput } from '../reproduce/reproductionSpec.js';
import type { Document } from '../text/document.js';
import { loadDocument, sha256, type LoadFailure } from './loadDocuments.js';

/** A reproduction run on a folder: the rows, and what the folder held. */
export interface CorpusReproduction extends ManifestMatches {
  /** The rows of {@link reproduce}; their provenance also names the folder and the unknown files. */
  readonly rows: WithProvenance<ReproductionRow>;
  /** Recognised files that could not be loaded; their documents count as missing. */
  readonly failures: LoadFailure[];
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    // Dotfiles are editor and system clutter, never corpus texts.
    return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new FileError(dir, `cannot read the corpus folder (${reason})`);
  }
}

async function hashFile(path: string): Promise<string> {
  try {
    return sha256(await readFile(path));
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new FileError(path, `cannot read the file (${reason})`);
  }
}

/**
 * Runs a reproduction on the files of a folder: recognises them through the spec's manifest (by
 * file name, else by the SHA-256 of their bytes), loads each with its entry's language and
 * ignored lines, and calls {@link reproduce}. Files the manifest does not know are listed in
 * `unknownFiles`, never read as texts; a recognised file that cannot be loaded is listed in
 * `failures` and its rows are `missing`. Subfolders are not searched.
 *
 * @throws {FileError} when the folder cannot be read.
 * @example
 * ```ts
 * const { rows, unknownFiles, missingOriginals } = await reproduceCorpus(zeng2021, '../shared/corpus');
 * rows.filter((r) => r.status === 'missing').map((r) => r.doc); // the 2016 plan's figures
 * ```
 */
export async function reproduceCorpus(
  spec: ReproductionSpecInput | ReproductionSpec,
  dir: string,
): Promise<CorpusReproduction> {
  const s = reproductionSpec(spec);
  const names = await listFiles(dir);
  const files = [];
  for (const name of names) files.push({ name, sha256: await hashFile(join(dir, name)) });
  const matches = matchManifest(s, files);
  const texts: ReproductionText[] = [];
  const failures: LoadFailure[] = [];
  for (const match of matches.matched) {
    const { entry } = match;
    try {
      // The file name with its extension is the id: unique in a folder, and what the user sees there.
      const doc: Document = await loadDocument(join(dir, match.name), {
        id: match.name,
        lang: entry.lang,
        ...(entry.ignoreLine === undefined ? {} : { ignoreLine: ignoreLinePredicate(entry.ignoreLine) }),
        meta: { document: entry.document, kind: entry.kind },
      });
      texts.push({ doc, document: entry.document, kind: entry.kind });
    } catch (error) {
      if (!(error instanceof SecuritizationError)) throw error;
      failures.push({ file: join(dir, match.name), error });
    }
  }
  const measured = reproduce(s, texts);
  const rows = withProvenance([...measured], {
    ...measured.provenance.options,
    corpus: dir,
    unknownFiles: matches.unknownFiles,
  });
  // A file that failed to load leaves its document without that text: say so in the match lists.
  const loaded = new Set(texts.map((t) => t.document));
  const loadedOriginals = new Set(texts.filter((t) => t.kind === 'original').map((t) => t.document));
  return {
    ...matches,
    missingDocuments: s.documents.map((d) => d.id).filter((id) => !loaded.has(id)),
    missingOriginals: s.documents.map((d) => d.id).filter((id) => !loadedOriginals.has(id)),
    rows,
    failures,
  };
}
