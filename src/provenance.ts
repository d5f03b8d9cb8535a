import { VERSION, WINK_VERSIONS } from './version.js';

/** How a result was made: enough to state it in a paper's methods section and to redo it. */
export interface Provenance {
  readonly library: 'securitization';
  readonly version: string;
  /** English tokenizer and sentence splitter. */
  readonly tokenizer: string;
  /** English language model. */
  readonly model: string;
  /** Chinese word segmenter. */
  readonly segmenter: string;
  /** ICU and Unicode versions of the runtime, where it reports them; they can change segmentation. */
  readonly icu: string | null;
  readonly unicode: string | null;
  /** The options the result was computed with, defaults filled in. */
  readonly options: Readonly<Record<string, unknown>>;
}

function runtimeVersions(): { icu: string | null; unicode: string | null } {
  // The core also runs in browsers, which have no `process`: read it only if present.
  const versions = (globalThis as { process?: { versions?: Record<string, string | undefined> } }).process?.versions;
  return { icu: versions?.icu ?? null, unicode: versions?.unicode ?? null };
}

/**
 * The provenance record for a result computed with `options`.
 *
 * @example
 * ```ts
 * provenance({ nested: 'inclusive' }).version; // the library version, e.g. '0.1.0'
 * ```
 */
export function provenance(options: Readonly<Record<string, unknown>>): Provenance {
  return {
    library: 'securitization',
    version: VERSION,
    tokenizer: WINK_VERSIONS.tokenizer,
    model: WINK_VERSIONS.model,
    segmenter: 'Intl.Segmenter(zh, word)',
    ...runtimeVersions(),
    options: { ...options },
  };
}

/** Rows of a result, with the provenance attached as a non-enumerable `provenance` property. */
export type WithProvenance<Row> = Row[] & { readonly provenance: Provenance };

/** Attaches provenance to rows without changing what iterating or serializing them gives. */
export function withProvenance<Row>(rows: Row[], options: Readonly<Record<string, unknown>>): WithProvenance<Row> {
  return Object.defineProperty(rows, 'provenance', { value: provenance(options), enumerable: false }) as WithProvenance<Row>;
}
