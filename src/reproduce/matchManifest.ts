import { ascending } from 'd3-array';
import { z } from 'zod';
import { validate } from '../validate.js';
import { reproductionSpec, type ManifestEntry, type ReproductionSpec, type ReproductionSpecInput } from './reproductionSpec.js';

/** A file offered to a reproduction: its bare name and, when known, the SHA-256 of its bytes. */
export interface ManifestFile {
  readonly name: string;
  readonly sha256?: string | undefined;
}

/** A file the manifest recognised. */
export interface ManifestMatch {
  readonly name: string;
  readonly sha256: string | null;
  readonly entry: ManifestEntry;
  /** How it was recognised: by its name (tried first) or by its SHA-256. */
  readonly by: 'name' | 'sha256';
  /**
   * Whether the file is the version the spec was written for: `true` when its SHA-256 is one the
   * entry lists, `false` when the entry lists others (same name, different text), `null` when
   * there is nothing to compare.
   */
  readonly verified: boolean | null;
}

/** What a folder holds for a reproduction. */
export interface ManifestMatches {
  /** Recognised files, sorted by name. */
  readonly matched: ManifestMatch[];
  /** Files no manifest entry recognises, sorted. */
  readonly unknownFiles: string[];
  /** Spec documents with no text at all among the files. */
  readonly missingDocuments: string[];
  /** Spec documents with no original full text among the files: their figures cannot be checked exactly. */
  readonly missingOriginals: string[];
}

const FilesSchema = z.array(
  z.strictObject({
    name: z.string().min(1, 'a file name must not be empty'),
    sha256: z.string().regex(/^[0-9a-fA-F]{64}$/u, 'expected 64 hex digits').optional(),
  }),
);

/**
 * Which of `files` hold which text of a reproduction, by the spec's manifest: a file is
 * recognised by the first entry that lists its name, else by the first entry that lists its
 * SHA-256. Also says which files are unknown and which documents have no text or no original.
 *
 * @example
 * ```ts
 * const { matched, unknownFiles, missingDocuments } = matchManifest(zeng2021, [
 *   { name: '2017-ngaidp.en.txt' },
 *   { name: 'notes.md' },
 * ]);
 * matched[0]?.entry.kind; // 'translation'
 * unknownFiles;           // ['notes.md']
 * missingDocuments;       // ['2016-internet-plus-ai']
 * ```
 */
export function matchManifest(
  spec: ReproductionSpecInput | ReproductionSpec,
  files: Iterable<ManifestFile>,
): ManifestMatches {
  const { manifest, documents } = reproductionSpec(spec);
  const list = validate(FilesSchema, [...files], 'file list');
  const sorted = [...list].sort((a, b) => ascending(a.name, b.name));
  const matched: ManifestMatch[] = [];
  const unknownFiles: string[] = [];
  for (const file of sorted) {
    const sha256 = file.sha256?.toLowerCase() ?? null;
    const byName = manifest.find((entry) => entry.names?.includes(file.name));
    const entry = byName ?? (sha256 === null ? undefined : manifest.find((e) => e.sha256?.includes(sha256)));
    if (entry === undefined) {
      unknownFiles.push(file.name);
      continue;
    }
    const verified = sha256 === null || entry.sha256 === undefined ? null : entry.sha256.includes(sha256);
    matched.push({ name: file.name, sha256, entry, by: byName === undefined ? 'sha256' : 'name', verified });
  }
  const withText = new Set(matched.map((m) => m.entry.document));
  const withOriginal = new Set(matched.filter((m) => m.entry.kind === 'original').map((m) => m.entry.document));
  return {
    matched,
    unknownFiles,
    missingDocuments: documents.map((d) => d.id).filter((id) => !withText.has(id)),
    missingOriginals: documents.map((d) => d.id).filter((id) => !withOriginal.has(id)),
  };
}
