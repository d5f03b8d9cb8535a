import { z } from 'zod';
import { FileError } from '../errors.js';
import { SectorSchema, type Sector } from '../model/sector.js';

/** Schema of one line of a gold file (annotation guidelines §6). */
export const GoldItemSchema = z
  .strictObject({
    id: z.string().min(1, 'must not be empty'),
    doc: z.string().min(1, 'must not be empty'),
    offset: z.int().min(0),
    /** Absent in a file that locates its sentences by `offset` + `length` only (no corpus text copied). */
    text: z.string().min(1, 'must not be empty').optional(),
    /** Length of the sentence in the source, in code points, from `offset`. */
    length: z.int().min(1).optional(),
    claim: z.boolean(),
    warn: z.boolean(),
    request: z.boolean(),
    securitizing: z.boolean(),
    /** May be left out (a file that scores labels and sectors only); when present it must agree with `securitizing`. */
    referent: z.string().min(1).nullable().optional(),
    sector: SectorSchema.nullable(),
    note: z.string().nullable().optional(),
  })
  .refine((item) => item.text !== undefined || item.length !== undefined, {
    path: ['text'],
    error: 'is required unless length is given (the text is then read from the corpus at offset + length)',
  })
  .refine((item) => item.referent === undefined || (item.referent !== null) === item.securitizing, {
    path: ['referent'],
    error: 'must be a string exactly when securitizing is true, otherwise null',
  })
  .refine((item) => (item.sector !== null) === item.securitizing, {
    path: ['sector'],
    error: 'must be a sector exactly when securitizing is true, otherwise null',
  });

/** One annotated sentence of a gold file, with the line it came from. */
export interface GoldItem {
  readonly id: string;
  /** File name of the source text in the corpus directory. */
  readonly doc: string;
  /** 0-based offset of the sentence in the source, in Unicode code points (Python string index). */
  readonly offset: number;
  /**
   * The sentence, runs of whitespace collapsed to one space; `null` when the line gives only
   * `offset` + `length` ({@link alignGold} then reads it from the corpus).
   */
  readonly text: string | null;
  /** Length of the sentence in the source in code points, when the line gives it; else `null`. */
  readonly length: number | null;
  readonly claim: boolean;
  readonly warn: boolean;
  readonly request: boolean;
  readonly securitizing: boolean;
  readonly referent: string | null;
  readonly sector: Sector | null;
  readonly note: string | null;
  /** 1-based line of the gold file. */
  readonly line: number;
}

/**
 * Parses and validates a gold file in JSON Lines (one annotated sentence per line; blank lines
 * are skipped). Every problem names the file, the line and the field. A line may locate its
 * sentence by `offset` + `length` (code points) instead of copying it as `text`, and may leave
 * out `referent`; {@link alignGold} then reads the text from the corpus.
 *
 * @throws {FileError} for a line that is not JSON, a missing or mistyped field, a referent or
 * sector that does not agree with `securitizing`, or a duplicate id.
 * @example
 * ```ts
 * const items = parseGold(
 *   '{"id":"x-1","doc":"a.txt","offset":0,"text":"Build ports.","claim":false,"warn":false,' +
 *   '"request":true,"securitizing":false,"referent":null,"sector":null,"note":null}\n',
 *   'gold.jsonl',
 * );
 * items[0].request; // true
 * ```
 */
export function parseGold(text: string, file: string): GoldItem[] {
  const items: GoldItem[] = [];
  const lines = new Map<string, number>();
  text.split(/\r\n|\r|\n/u).forEach((raw, k) => {
    const line = k + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new FileError(file, `not valid JSON (${(error as Error).message})`, { line });
    }
    const result = GoldItemSchema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = issue.path.map(String).join('.');
      throw new FileError(file, `${field === '' ? 'the line' : `field "${field}"`}: ${issue.message}`, { line });
    }
    const item = result.data;
    const seen = lines.get(item.id);
    if (seen !== undefined) throw new FileError(file, `duplicate id "${item.id}" (first on line ${seen})`, { line });
    lines.set(item.id, line);
    items.push({
      ...item,
      text: item.text ?? null,
      length: item.length ?? null,
      referent: item.referent ?? null,
      note: item.note ?? null,
      line,
    });
  });
  return items;
}
