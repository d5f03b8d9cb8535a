import { z } from 'zod';
import { CitationSchema } from '../model/citation.js';
import { nonBlankString } from '../model/non-blank-string.js';
import { compileTerms } from '../patterns/terms.js';
import { SecuritizationError } from '../errors.js';
import { validate } from '../validate.js';

/**
 * What a supplied text is, relative to the document a paper counted:
 * - `original`: the full text in the language the paper counted; only this can match a figure;
 * - `translation`: a full translation; counts in another language are not comparable one to one;
 * - `excerpt`: part of the original; its count is a lower bound of the full count.
 */
export const TextKindSchema = z.enum(['original', 'translation', 'excerpt']);
/** See {@link TextKindSchema}. */
export type TextKind = z.output<typeof TextKindSchema>;

const LanguageSchema = z.enum(['en', 'zh']);
const IsoDate = z.iso.date('expected a date as YYYY-MM-DD');

/**
 * Lines of a file that are not document text (headers, separators): a line is ignored when it
 * starts with one of `startsWith`, or when, trimmed, it equals one of `equals`.
 */
export const IgnoreLineSchema = z.strictObject({
  startsWith: z.array(z.string().min(1, 'a prefix must not be empty')).optional(),
  equals: z.array(nonBlankString()).optional(),
}).refine((rule) => (rule.startsWith?.length ?? 0) + (rule.equals?.length ?? 0) > 0, {
  message: 'give at least one prefix in startsWith or one line in equals',
});
/** See {@link IgnoreLineSchema}. */
export type IgnoreLineRule = z.output<typeof IgnoreLineSchema>;

/**
 * One line of a reproduction's manifest: which files hold a text of which document. A file
 * matches by its name (`names`, bare file names) or by the SHA-256 of its bytes (`sha256`).
 */
export const ManifestEntrySchema = z.strictObject({
  /** Id of a document of the spec. */
  document: nonBlankString(),
  kind: TextKindSchema,
  lang: LanguageSchema,
  names: z
    .array(nonBlankString().refine((name) => !/[\\/]/u.test(name), 'a bare file name, not a path'))
    .optional(),
  sha256: z.array(z.string().regex(/^[0-9a-f]{64}$/u, 'expected 64 lowercase hex digits')).optional(),
  ignoreLine: IgnoreLineSchema.optional(),
  /** Where the text comes from, for a reader of the output. */
  description: nonBlankString().optional(),
}).refine((entry) => (entry.names?.length ?? 0) + (entry.sha256?.length ?? 0) > 0, {
  message: 'give at least one file name in names or one SHA-256 in sha256',
});
/** See {@link ManifestEntrySchema}. */
export type ManifestEntry = z.output<typeof ManifestEntrySchema>;

/** A document the paper counted, with what identifies it officially. */
export const SpecDocumentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/u, 'expected lowercase letters, digits, "." and "-"'),
  /** Language of the original, which the paper counted. */
  lang: LanguageSchema,
  title: z.strictObject({ en: nonBlankString(), zh: nonBlankString().optional() }),
  issuers: z.array(nonBlankString()).min(1, 'name at least one issuer'),
  /** Official document number, e.g. `国发〔2017〕35号`. */
  number: nonBlankString().optional(),
  /** Date the document bears. */
  date: IsoDate,
  /** Date it was made public, when that differs. */
  released: IsoDate.optional(),
  /** Official address of the original text. */
  url: z.url().optional(),
});
/** See {@link SpecDocumentSchema}. */
export type SpecDocument = z.output<typeof SpecDocumentSchema>;

/** One figure as the paper prints it. */
export const PublishedFigureSchema = z.strictObject({
  /** Id of a document of the spec. */
  document: nonBlankString(),
  /** Key of the counted term, e.g. `security` for 安全. */
  term: nonBlankString(),
  value: z.int().min(0),
  /** Where in the paper, e.g. `section 3`. */
  where: nonBlankString(),
});
/** See {@link PublishedFigureSchema}. */
export type PublishedFigure = z.output<typeof PublishedFigureSchema>;

/** A term counted in one language; `figure` names the published term it is compared with. */
export const SpecTermSchema = z.strictObject({
  /** Unique within its language; shown as the row's term. */
  key: nonBlankString(),
  /** In the library's pattern language, e.g. `national defense | national defence`. */
  pattern: nonBlankString(),
  /** Term key of the figures this count is compared with; default: `key`. */
  figure: nonBlankString().optional(),
  /** Why the term is there or how to read its count, shown with its rows. */
  note: nonBlankString().optional(),
});
/** See {@link SpecTermSchema}. */
export type SpecTerm = z.output<typeof SpecTermSchema>;

const BaseSpecSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u, 'expected lowercase letters, digits and "-"'),
  title: nonBlankString(),
  citation: CitationSchema,
  documents: z.array(SpecDocumentSchema).min(1, 'list at least one document'),
  figures: z.array(PublishedFigureSchema).min(1, 'list at least one published figure'),
  terms: z.strictObject({ en: z.array(SpecTermSchema).optional(), zh: z.array(SpecTermSchema).optional() }),
  /** The counting rule of the paper. */
  counting: z.strictObject({ nested: z.enum(['inclusive', 'exclusive']) }),
  manifest: z.array(ManifestEntrySchema),
});

type BaseSpec = z.output<typeof BaseSpecSchema>;

// References between the parts of a spec: every id a part names must exist, and figures and
// terms must be unique, so that a row is never compared with the wrong figure.
function checkReferences(spec: BaseSpec, ctx: z.RefinementCtx<BaseSpec>): void {
  const issue = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
  const documentIds = spec.documents.map((d) => d.id);
  const known = `known documents: ${documentIds.join(', ')}`;
  spec.documents.forEach((d, i) => {
    if (documentIds.indexOf(d.id) !== i) issue(['documents', i, 'id'], `duplicate document id "${d.id}"`);
  });
  const figureKeys = new Set<string>();
  spec.figures.forEach((f, i) => {
    if (!documentIds.includes(f.document)) issue(['figures', i, 'document'], `no document "${f.document}" (${known})`);
    const key = `${f.document}\u0000${f.term}`;
    if (figureKeys.has(key)) issue(['figures', i, 'term'], `a second figure for "${f.term}" in "${f.document}"`);
    figureKeys.add(key);
  });
  const figureTerms = new Set(spec.figures.map((f) => f.term));
  for (const lang of ['en', 'zh'] as const) {
    const terms = spec.terms[lang] ?? [];
    terms.forEach((term, i) => {
      if (terms.findIndex((t) => t.key === term.key) !== i) issue(['terms', lang, i, 'key'], `duplicate term key "${term.key}"`);
      if (term.figure !== undefined && !figureTerms.has(term.figure)) {
        issue(['terms', lang, i, 'figure'], `no published figure has the term "${term.figure}" (figure terms: ${[...figureTerms].join(', ')})`);
      }
      try {
        compileTerms([{ label: term.key, pattern: term.pattern }]);
      } catch (error) {
        if (!(error instanceof SecuritizationError)) throw error;
        issue(['terms', lang, i, 'pattern'], error.message);
      }
    });
  }
  spec.manifest.forEach((entry, i) => {
    if (!documentIds.includes(entry.document)) issue(['manifest', i, 'document'], `no document "${entry.document}" (${known})`);
  });
}

/**
 * A published keyword count as data: the paper, the documents it counted, its figures, the terms
 * to count per language, its counting rule, and a manifest that says which files hold which text.
 */
export const ReproductionSpecSchema = BaseSpecSchema.superRefine(checkReferences);

/** A validated reproduction spec. */
export type ReproductionSpec = z.output<typeof ReproductionSpecSchema>;
/** A reproduction spec as plain data. */
export type ReproductionSpecInput = z.input<typeof ReproductionSpecSchema>;

// Specs made here, so that the functions taking a spec do not validate it twice.
const validated = new WeakSet<object>();

/**
 * Validates a reproduction spec, including the references between its parts (a figure's
 * document, a term's figure, a manifest entry's document) and the term patterns.
 *
 * @throws {ValidationError} naming the first bad field by its dotted path, e.g. `figures.2.document`.
 * @example
 * ```ts
 * const spec = reproductionSpec({ ...zeng2021, id: 'zeng2021-copy' });
 * spec.figures.length; // 6
 * ```
 */
export function reproductionSpec(input: ReproductionSpecInput | ReproductionSpec): ReproductionSpec {
  if (typeof input === 'object' && input !== null && validated.has(input)) return input as ReproductionSpec;
  const spec = validate(ReproductionSpecSchema, input, 'reproduction spec');
  deepFreeze(spec);
  validated.add(spec);
  return spec;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
