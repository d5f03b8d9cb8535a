import { ascending } from 'd3-array';
import { z } from 'zod';
import { countTerms } from '../count/countTerms.js';
import { nonBlankString } from '../model/non-blank-string.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { createDocuments, type Document, type DocumentInput, type Language } from '../text/document.js';
import { validate } from '../validate.js';
import {
  reproductionSpec,
  TextKindSchema,
  type PublishedFigure,
  type ReproductionSpec,
  type ReproductionSpecInput,
  type SpecDocument,
  type SpecTerm,
  type TextKind,
} from './reproductionSpec.js';

/** A text offered to a reproduction: the document, which spec document it is a text of, and what kind of text. */
export interface ReproductionText {
  readonly doc: Document | DocumentInput | string;
  /** Id of a document of the spec; an id the spec does not know gives `unknown` rows. */
  readonly document: string;
  readonly kind: TextKind;
}

/**
 * What a row's measured count says about the published figure:
 * - `match` / `differs`: measured on the original full text; equal to the figure, or not;
 * - `unpublished`: measured on the original full text, but the paper gives no figure to compare;
 * - `translation`: measured on a translation: not comparable one to one (the note says why);
 * - `excerpt`: measured on part of the original: a lower bound only;
 * - `missing`: nothing measured (no text of the document, or no term for the figure in this language);
 * - `unknown`: the text belongs to no document of the spec: counted, not compared.
 */
export type ReproductionStatus = 'match' | 'differs' | 'unpublished' | 'translation' | 'excerpt' | 'missing' | 'unknown';

/** One document × text × term: the published figure beside the measured count. */
export interface ReproductionRow {
  /** Spec document id (or, for `unknown` rows, the id the text was given). */
  readonly doc: string;
  /** Id of the text measured; `null` when none was supplied. */
  readonly input: string | null;
  readonly kind: TextKind | null;
  readonly lang: Language;
  /** The spec's term key in this language, e.g. `安全` or `security or safety`. */
  readonly term: string;
  /** The pattern counted; `null` when no term of this language is compared with the figure. */
  readonly pattern: string | null;
  /** The published term this count is compared with, e.g. `security`; `null` when none. */
  readonly figure: string | null;
  readonly published: number | null;
  readonly measured: number | null;
  /** `measured − published`, only where they are comparable (`match`, `differs`). */
  readonly difference: number | null;
  readonly status: ReproductionStatus;
  /** Why the status is what it is, and how to read the count. */
  readonly note: string;
}

const TextsSchema = z.array(z.strictObject({ doc: z.unknown(), document: nonBlankString(), kind: TextKindSchema }));

const KIND_ORDER: Record<TextKind, number> = { original: 0, excerpt: 1, translation: 2 };
const LANGUAGE_NAME: Record<Language, string> = { en: 'English', zh: 'Chinese' };

interface Supplied {
  readonly doc: Document;
  readonly document: string;
  readonly kind: TextKind;
}

function statusOf(supplied: Supplied, docLang: Language, published: number | null, measured: number | null): ReproductionStatus {
  if (measured === null) return 'missing';
  // A text marked original but in another language than the one counted is still a translation.
  if (supplied.kind === 'translation' || supplied.doc.lang !== docLang) return 'translation';
  if (supplied.kind === 'excerpt') return 'excerpt';
  if (published === null) return 'unpublished';
  return measured === published ? 'match' : 'differs';
}

function noteOf(
  status: ReproductionStatus,
  supplied: Supplied,
  spec: SpecDocument,
  published: number | null,
  measured: number | null,
): string {
  switch (status) {
    case 'match':
      return 'equal to the published figure';
    case 'differs':
      return `the full text gives ${measured}, the paper ${published}: check the edition of the text and the counting rule`;
    case 'unpublished':
      return 'the paper gives no figure for this term in this document';
    case 'translation': {
      const marked = supplied.kind === 'translation' ? '' : ` (marked ${supplied.kind}, but it is ${LANGUAGE_NAME[supplied.doc.lang]})`;
      return `measured on the ${LANGUAGE_NAME[supplied.doc.lang]} translation${marked} of the ${LANGUAGE_NAME[spec.lang]} original: not comparable one to one`;
    }
    case 'excerpt': {
      const over = published !== null && measured !== null && measured > published ? '; ABOVE the published figure, which part of the text cannot exceed' : '';
      return `measured on part of the text: a lower bound of the full count${over}`;
    }
    case 'missing':
      return `no ${LANGUAGE_NAME[supplied.doc.lang]} term is compared with this figure: nothing measured`;
    case 'unknown':
      return 'not a document of this reproduction';
  }
}

const joinNotes = (...notes: (string | undefined)[]): string => notes.filter((n) => n !== undefined && n !== '').join('; ');

/**
 * Reproduces a published keyword count: counts the spec's terms in each supplied text under the
 * spec's counting rule and sets the measured count beside the published figure, one tidy row per
 * document × text × term. The status says what the comparison is worth (see
 * {@link ReproductionStatus}): only an original full text can `match` or `differ`. Every
 * published figure appears in some row, as `missing` when no text of its document is supplied;
 * a text of a document the spec does not know is counted and reported as `unknown`. Rows follow
 * the spec's documents, then originals, excerpts, translations (by id), then the spec's terms.
 *
 * @throws {ValidationError} when the spec or a text entry is malformed, naming the field.
 * @throws {DocumentError} when two texts have the same id or a text is empty.
 * @example
 * ```ts
 * const rows = reproduce(zeng2021, [
 *   { doc: { id: 'plan-zh', text: '维护国家安全和网络安全。' }, document: '2017-ngaidp', kind: 'excerpt' },
 * ]);
 * rows.find((r) => r.input === 'plan-zh' && r.term === '安全');
 * // { doc: '2017-ngaidp', input: 'plan-zh', kind: 'excerpt', lang: 'zh', term: '安全', pattern: '安全',
 * //   figure: 'security', published: 48, measured: 2, difference: null, status: 'excerpt', note: '…' }
 * ```
 */
export function reproduce(
  spec: ReproductionSpecInput | ReproductionSpec,
  texts: Iterable<ReproductionText>,
): WithProvenance<ReproductionRow> {
  const s = reproductionSpec(spec);
  const entries = validate(TextsSchema, [...texts], 'reproduction texts');
  const docs = createDocuments(entries.map((entry) => entry.doc as Document | DocumentInput | string));
  const supplied: Supplied[] = entries.map((entry, i) => ({ doc: docs[i]!, document: entry.document, kind: entry.kind }));

  const measured = new Map<string, number>();
  const key = (docId: string, term: string): string => `${docId}\u0000${term}`;
  for (const lang of ['en', 'zh'] as const) {
    const terms = s.terms[lang] ?? [];
    const ofLang = docs.filter((d) => d.lang === lang);
    if (terms.length === 0 || ofLang.length === 0) continue;
    const counts = countTerms(ofLang, terms.map((t) => ({ label: t.key, pattern: t.pattern })), { nested: s.counting.nested });
    for (const row of counts) measured.set(key(row.docId, row.term), row.count);
  }

  const figureTerms = new Set(s.figures.map((f) => f.term));
  const figureKey = (term: SpecTerm): string | null => term.figure ?? (figureTerms.has(term.key) ? term.key : null);
  const figureOf = (document: string, term: string | null): PublishedFigure | undefined =>
    term === null ? undefined : s.figures.find((f) => f.document === document && f.term === term);

  const rows: ReproductionRow[] = [];
  for (const specDoc of s.documents) {
    const figures = s.figures.filter((f) => f.document === specDoc.id);
    const texts = supplied
      .filter((t) => t.document === specDoc.id)
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || ascending(a.doc.lang, b.doc.lang) || ascending(a.doc.id, b.doc.id));
    if (texts.length === 0) {
      const terms = s.terms[specDoc.lang] ?? [];
      for (const figure of figures) {
        const term = terms.find((t) => figureKey(t) === figure.term);
        rows.push({
          doc: specDoc.id,
          input: null,
          kind: null,
          lang: specDoc.lang,
          term: term?.key ?? figure.term,
          pattern: term?.pattern ?? null,
          figure: figure.term,
          published: figure.value,
          measured: null,
          difference: null,
          status: 'missing',
          note: 'no text of this document was supplied',
        });
      }
      continue;
    }
    for (const text of texts) {
      const terms = s.terms[text.doc.lang] ?? [];
      for (const term of terms) {
        const compared = figureKey(term);
        const published = figureOf(specDoc.id, compared)?.value ?? null;
        const count = measured.get(key(text.doc.id, term.key)) ?? null;
        const status = statusOf(text, specDoc.lang, published, count);
        rows.push({
          doc: specDoc.id,
          input: text.doc.id,
          kind: text.kind,
          lang: text.doc.lang,
          term: term.key,
          pattern: term.pattern,
          figure: compared,
          published,
          measured: count,
          difference: status === 'match' || status === 'differs' ? count! - published! : null,
          status,
          note: joinNotes(noteOf(status, text, specDoc, published, count), term.note),
        });
      }
      const covered = new Set(terms.map(figureKey));
      for (const figure of figures.filter((f) => !covered.has(f.term))) {
        rows.push({
          doc: specDoc.id,
          input: text.doc.id,
          kind: text.kind,
          lang: text.doc.lang,
          term: figure.term,
          pattern: null,
          figure: figure.term,
          published: figure.value,
          measured: null,
          difference: null,
          status: 'missing',
          note: noteOf('missing', text, specDoc, figure.value, null),
        });
      }
    }
  }

  const known = new Set(s.documents.map((d) => d.id));
  const strangers = supplied
    .filter((t) => !known.has(t.document))
    .sort((a, b) => ascending(a.document, b.document) || ascending(a.doc.id, b.doc.id));
  for (const text of strangers) {
    for (const term of s.terms[text.doc.lang] ?? []) {
      rows.push({
        doc: text.document,
        input: text.doc.id,
        kind: text.kind,
        lang: text.doc.lang,
        term: term.key,
        pattern: term.pattern,
        figure: null,
        published: null,
        measured: measured.get(key(text.doc.id, term.key)) ?? null,
        difference: null,
        status: 'unknown',
        note: `"${text.document}" is not a document of ${s.id} (its documents: ${[...known].join(', ')}): counted, not compared`,
      });
    }
  }

  return withProvenance(rows, {
    spec: s.id,
    citation: s.citation,
    nested: s.counting.nested,
    texts: supplied.map((t) => ({
      id: t.doc.id,
      document: t.document,
      kind: t.kind,
      lang: t.doc.lang,
      sha256: typeof t.doc.meta.sha256 === 'string' ? t.doc.meta.sha256 : null,
    })),
  });
}
