import { z } from 'zod';
import { nonBlankString } from './non-blank-string.js';

/** Schema of {@link Citation}. */
export const CitationSchema = z.strictObject({
  author: nonBlankString(),
  title: nonBlankString(),
  year: z.int(),
  /** Journal, book or publisher. */
  venue: nonBlankString().optional(),
  /** Bare DOI, e.g. `10.1093/cjip/pbab011`, not a URL. */
  doi: nonBlankString().optional(),
  /** Page range as printed, e.g. `417–445`. */
  pages: nonBlankString().optional(),
});

/** The published work a {@link SecuritizationCase} is taken from. */
export type Citation = z.output<typeof CitationSchema>;
