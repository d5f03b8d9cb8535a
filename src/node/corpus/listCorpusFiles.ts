import type { Dirent } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { compareCodePoints } from '../../text/compareCodePoints.js';
import { FileError } from '../../errors.js';
import type { LoadFailure } from '../loadDocuments.js';
import { CORPUS_EXTENSIONS, corpusFormat, type CorpusFormat } from './corpusFormat.js';
import { errorCode } from './errorCode.js';
import { checkCorpusOptions, type CorpusIds, type CorpusOptions } from './options.js';

/** A file planned for reading. */
export interface CorpusFile {
  /** Where to read it: the folder joined with `file`, or the path as given. */
  readonly path: string;
  /** What `meta.file` records: the path relative to the folder (with `/`), or the path as given. */
  readonly file: string;
  /** The document id. */
  readonly id: string;
  /** `undefined` for a file given explicitly whose extension is not read: it becomes a failure. */
  readonly format: CorpusFormat | undefined;
}

/** What {@link listCorpusFiles} found. */
export interface CorpusListing {
  /** Files to read, sorted by relative path in code-point order (a list keeps its given order). */
  readonly files: CorpusFile[];
  /** Folders that could not be listed. */
  readonly failures: LoadFailure[];
  /** Entries skipped, each with the reason, sorted by path. */
  readonly warnings: string[];
}

interface Found {
  readonly path: string;
  readonly rel: string;
  /** Real path, to read a file reached through several links only once. */
  readonly real: string;
}

interface Skip {
  readonly rel: string;
  readonly message: string;
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

async function describeLink(path: string, rootReal: string): Promise<string> {
  let target: string;
  try {
    target = await readlink(path);
  } catch {
    target = '?';
  }
  try {
    const real = await realpath(path);
    return `symbolic link to ${target}${isInside(rootReal, real) ? '' : ' (outside the folder)'}, not followed (pass followSymlinks: true to follow links)`;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') return `symbolic link loop (${target}), not followed`;
    return `broken symbolic link to ${target} (${code}), not followed`;
  }
}

async function walkFolder(
  root: string,
  rootReal: string,
  recursive: boolean,
  followSymlinks: boolean,
): Promise<{ found: Found[]; skips: Skip[]; failures: LoadFailure[] }> {
  const found: Found[] = [];
  const skips: Skip[] = [];
  const failures: LoadFailure[] = [];

  // `ancestors` are the real paths of the folders above: a link back to one of them is a loop.
  async function visit(dirPath: string, dirRel: string, dirReal: string, ancestors: ReadonlySet<string>): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dirPath, { withFileTypes: true });
    } catch (error) {
      failures.push({ file: dirPath, error: new FileError(dirPath, `cannot read the folder (${errorCode(error)})`) });
      return;
    }
    entries.sort((a, b) => compareCodePoints(a.name, b.name));
    for (const entry of entries) {
      const rel = dirRel === '' ? entry.name : `${dirRel}/${entry.name}`;
      const path = join(dirPath, entry.name);
      if (entry.name.startsWith('.')) {
        skips.push({ rel, message: 'hidden (name starts with ".")' });
        continue;
      }
      let kind: 'file' | 'folder' | 'other';
      let real = join(dirReal, entry.name);
      if (entry.isSymbolicLink()) {
        if (!followSymlinks) {
          skips.push({ rel, message: await describeLink(path, rootReal) });
          continue;
        }
        try {
          real = await realpath(path);
          const info = await stat(real);
          kind = info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other';
        } catch {
          skips.push({ rel, message: await describeLink(path, rootReal) });
          continue;
        }
      } else {
        kind = entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other';
      }
      if (kind === 'other') {
        // Reading a FIFO or a device could block for ever.
        skips.push({ rel, message: 'not a regular file or folder' });
      } else if (kind === 'file') {
        found.push({ path, rel, real });
      } else if (!recursive) {
        skips.push({ rel, message: 'subfolder (recursive: false)' });
      } else if (ancestors.has(real)) {
        skips.push({ rel, message: `symbolic link loop (back to ${real}), not followed` });
      } else {
        await visit(path, rel, real, new Set([...ancestors, real]));
      }
    }
  }

  await visit(root, '', rootReal, new Set([rootReal]));
  return { found, skips, failures };
}

function nameWithoutExtension(file: string): string {
  const name = basename(file);
  return name.slice(0, name.length - extname(name).length) || name;
}

/** Ids: names, or relative paths for every name (or path) that would otherwise repeat. */
function assignIds(files: readonly { file: string }[], mode: CorpusIds): string[] {
  const ids = files.map((f) => (mode === 'path' ? f.file : nameWithoutExtension(f.file)));
  for (let changed = true; changed; ) {
    changed = false;
    const count = new Map<string, number>();
    for (const id of ids) count.set(id, (count.get(id) ?? 0) + 1);
    for (const [i, id] of ids.entries()) {
      if (count.get(id)! > 1 && id !== files[i]!.file) {
        ids[i] = files[i]!.file;
        changed = true;
      }
    }
  }
  return ids;
}

function unsupported(file: string): string {
  const ext = extname(file);
  return `${ext === '' ? 'no extension' : `unsupported file type "${ext}"`} (read: ${CORPUS_EXTENSIONS.join(', ')})`;
}

async function listFolder(root: string, options: ReturnType<typeof checkCorpusOptions>): Promise<CorpusListing> {
  const rootReal = await realpath(root);
  const walked = await walkFolder(root, rootReal, options.recursive, options.followSymlinks);
  const skips = [...walked.skips];
  const exclude = new Set(options.exclude.map((name) => name.toLowerCase()));
  const sidecar = options.metadata === undefined ? undefined : resolve(options.metadata);
  const kept: (Found & { format: CorpusFormat })[] = [];
  const seen = new Map<string, string>();
  for (const entry of walked.found.sort((a, b) => compareCodePoints(a.rel, b.rel))) {
    const format = corpusFormat(entry.rel);
    if (resolve(entry.path) === sidecar) continue;
    if (exclude.has(nameWithoutExtension(entry.rel).toLowerCase())) {
      skips.push({ rel: entry.rel, message: 'describes the corpus, not a document (excluded by name; pass exclude: [] to read it)' });
    } else if (format === undefined) {
      skips.push({ rel: entry.rel, message: unsupported(entry.rel) });
    } else if (seen.has(entry.real)) {
      skips.push({ rel: entry.rel, message: `same file as ${seen.get(entry.real)!} (through a symbolic link), read once` });
    } else {
      seen.set(entry.real, entry.rel);
      kept.push({ ...entry, format });
    }
  }
  const ids = assignIds(kept.map((f) => ({ file: f.rel })), options.ids);
  const files = kept.map((f, i) => ({ path: f.path, file: f.rel, id: ids[i]!, format: f.format }));
  const warnings = skips
    .sort((a, b) => compareCodePoints(a.rel, b.rel))
    .map((s) => `skipped ${join(root, s.rel)}: ${s.message}`);
  if (files.length === 0 && walked.failures.length === 0) {
    warnings.push(`${root}: no documents found (the folder has no ${CORPUS_EXTENSIONS.join(', ')} files that are not skipped)`);
  }
  return { files, failures: walked.failures, warnings };
}

function listFiles(paths: readonly string[], options: ReturnType<typeof checkCorpusOptions>): CorpusListing {
  const warnings: string[] = [];
  const unique: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const key = resolve(path);
    if (seen.has(key)) warnings.push(`skipped ${path}: given twice, read once`);
    else {
      seen.add(key);
      unique.push(path);
    }
  }
  const named = unique.map((path) => ({ file: path.split(sep).join('/') }));
  const ids = assignIds(named, options.ids);
  const files = unique.map((path, i) => ({ path, file: named[i]!.file, id: ids[i]!, format: corpusFormat(path) }));
  if (files.length === 0) warnings.push('no documents found (no files given)');
  return { files, failures: [], warnings };
}

/**
 * Plans a corpus read without reading any file: which files, in which order, with which ids, and
 * which entries are skipped and why. `input` is a folder (walked, entries sorted by relative path
 * in code-point order) or a list of files (kept in the given order).
 *
 * In a folder, these are skipped with a warning: hidden entries, files named like
 * {@link DEFAULT_EXCLUDE}, extensions other than `.txt .md .html .htm .pdf`, symbolic links
 * unless `followSymlinks`, and anything that is not a regular file or folder. A file given
 * explicitly is always planned; an unknown extension there becomes a failure when read.
 *
 * @throws {FileError} when `input` is a path that does not exist or cannot be read.
 * @throws {OptionError} when an option is out of its domain.
 * @example
 * ```ts
 * const { files, warnings } = await listCorpusFiles('corpus/');
 * files.map((f) => f.id); // ['2017-ngaidp.en', …]
 * ```
 */
export async function listCorpusFiles(input: string | readonly string[], options: CorpusOptions = {}): Promise<CorpusListing> {
  const resolved = checkCorpusOptions(options);
  if (typeof input !== 'string') return listFiles(input, resolved);
  let isFolder: boolean;
  try {
    isFolder = (await stat(input)).isDirectory();
  } catch (error) {
    throw new FileError(input, `cannot read the corpus (${errorCode(error)})`);
  }
  return isFolder ? listFolder(input, resolved) : listFiles([input], resolved);
}
