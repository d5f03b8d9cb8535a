import type { Document, DocumentInput } from '../text/document.js';
import { OptionError } from '../errors.js';
import { withProvenance, type WithProvenance } from '../provenance.js';
import { audience as toAudience, type Audience, type AudienceInput } from '../model/audience.js';
import { evidenceFromText, type Evidence } from '../model/evidence.js';
import { securitizingActor, type SecuritizingActor, type SecuritizingActorInput } from '../model/securitizing-actor.js';
import { securitizingMove, type SecuritizingMove } from '../model/securitizing-move.js';
import type { SpeechActInput } from '../model/speech-act.js';
import { labelSentences, MOVE_RULES_VERSION, oneDocument } from './labelSentences.js';
import type { ActKind, SentenceLabels, Trigger } from './types.js';

/** Options of {@link findMoves}. */
export interface MoveOptions {
  /** The securitizing actor; default: named in the text ("Led by X, …"), else `doc.meta.issuer`. */
  readonly actor?: SecuritizingActorInput | string;
  /** The audience; default `doc.meta.audience`. */
  readonly audience?: AudienceInput | string;
  /** How many neighbouring sentences on each side may join a move (same paragraph only); default 1. */
  readonly window?: number;
}

/** A securitizing move found in a document, with where it was found and why. */
export interface FoundMove {
  readonly docId: string;
  /** Index of the first and last analysed sentence the move is assembled from. */
  readonly firstSentence: number;
  readonly lastSentence: number;
  /** Span from the first sentence's start to the last one's end (UTF-16 offsets of the original text). */
  readonly start: number;
  readonly end: number;
  /** The move as the framework's typed record, every evidence span quoting the original text. */
  readonly move: SecuritizingMove;
  /** The audience from the options or the document metadata; `null` when neither names one. */
  readonly audience: Audience | null;
  /** Ids of the rules that fired in the move's sentences, sorted. */
  readonly rules: readonly string[];
}

const KINDS: readonly ActKind[] = ['claim', 'warn', 'request'];
const LED_BY = /^Led by ((?:the )?[^,;]+?)(?=,| in coordination with| and in coordination with)/u;

function sameParagraph(doc: Document, a: SentenceLabels, b: SentenceLabels): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return !/[\r\n]/u.test(doc.text.slice(first.end, second.start));
}

function checkWindow(value: number | undefined): number {
  if (value === undefined) return 1;
  if (!Number.isInteger(value) || value < 0 || value > 5) throw new OptionError('window', `expected a whole number from 0 to 5, got ${String(value)}`);
  return value;
}

function metaString(doc: Document, key: string): string | undefined {
  const value = doc.meta[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * A neighbour joins a move when it warns or carries security wording of its own; a following
 * sentence also when it requests action (the REQUEST that completes CLAIM → WARN → REQUEST).
 */
function joins(row: SentenceLabels, following: boolean): boolean {
  return row.warn || row.security.framing.length > 0 || (following && row.request);
}

function evidenceOf(doc: Document, t: Trigger): Evidence {
  return evidenceFromText(doc.id, doc.text, t.start, t.end);
}

function actorFor(doc: Document, rows: readonly SentenceLabels[], option: MoveOptions['actor']): SecuritizingActor {
  if (typeof option === 'string') return securitizingActor({ name: option });
  if (option !== undefined) return securitizingActor(option);
  for (const row of rows) {
    const led = LED_BY.exec(row.text);
    if (led !== null) {
      const start = row.start + 'Led by '.length;
      return securitizingActor({ name: led[1]!, kind: 'agency', evidence: [evidenceFromText(doc.id, doc.text, start, start + led[1]!.length)] });
    }
  }
  const issuer = metaString(doc, 'issuer');
  if (issuer !== undefined) return securitizingActor({ name: issuer, description: 'from the document metadata (issuer)' });
  return securitizingActor({ name: '(unnamed)', description: 'named neither in the text nor in the document metadata' });
}

function audienceFor(doc: Document, option: MoveOptions['audience']): Audience | null {
  if (typeof option === 'string') return toAudience({ name: option });
  if (option !== undefined) return toAudience(option);
  const name = metaString(doc, 'audience');
  return name === undefined ? null : toAudience({ name, description: 'from the document metadata (audience)' });
}

/** The measure a request asks for: from its trigger to the end of its clause. */
function measureSpan(doc: Document, row: SentenceLabels, trigger: Trigger): Trigger {
  const stop = /[;；]/u.exec(doc.text.slice(trigger.start, row.end));
  let end = stop === null ? row.end : trigger.start + stop.index;
  while (end > trigger.start && /[\s.。!！?？]/u.test(doc.text[end - 1]!)) end--;
  return { text: doc.text.slice(trigger.start, end), start: trigger.start, end };
}

function assemble(doc: Document, rows: readonly SentenceLabels[], core: SentenceLabels, options: MoveOptions): FoundMove {
  const speechActs: SpeechActInput[] = [];
  const requestedMeasures: { description: string; evidence: Evidence[] }[] = [];
  const threats = new Set<string>();
  const rules = new Set<string>();
  for (const row of rows) {
    for (const kind of KINDS) {
      const acts = row.acts.filter((a) => a.kind === kind);
      if (acts.length === 0) continue;
      const triggers = acts.flatMap((a) => a.triggers);
      speechActs.push({
        kind,
        text: row.text,
        evidence: triggers.map((t) => evidenceOf(doc, t)),
        triggers: acts.map((a) => `${a.rule}: ${a.triggers.map((t) => t.text).join(' … ')}`),
      });
      for (const a of acts) rules.add(a.rule);
    }
    for (const act of row.acts) {
      if (act.kind === 'warn') for (const t of act.triggers) threats.add(t.text.toLowerCase().replace(/\s+/gu, ' '));
    }
    const request = row.acts.find((a) => a.kind === 'request');
    const first = request?.triggers[0];
    if (first !== undefined) {
      const span = measureSpan(doc, row, first);
      if (/\S/u.test(span.text)) requestedMeasures.push({ description: span.text.replace(/\s+/gu, ' '), evidence: [evidenceOf(doc, span)] });
    }
    if (row.security.rule !== null) rules.add(row.security.rule);
  }
  const judgement = core.security;
  const referent = judgement.referent!;
  const evidence: Evidence[] = [
    ...rows.map((row) => evidenceFromText(doc.id, doc.text, row.start, row.end)),
    ...judgement.framing.map((t) => evidenceOf(doc, t)),
  ];
  const move = securitizingMove({
    actor: actorFor(doc, rows, options.actor),
    speechActs,
    referent: {
      name: referent.name,
      ...(judgement.sector === null ? {} : { sector: judgement.sector }),
      evidence: [evidenceOf(doc, referent.trigger)],
    },
    ...(threats.size === 0 ? {} : { threat: [...threats].join('; ') }),
    requestedMeasures,
    ...(judgement.sector === null ? {} : { sector: judgement.sector }),
    evidence,
  });
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  return {
    docId: doc.id,
    firstSentence: first.sentenceIndex,
    lastSentence: last.sentenceIndex,
    start: first.start,
    end: last.end,
    move,
    audience: audienceFor(doc, options.audience),
    rules: [...rules].sort(),
  };
}

/**
 * Finds the securitizing moves of a document: every sentence judged SECURITIZING (security
 * wording plus a collective referent object, guideline S1–S7) becomes the core of a move;
 * adjacent securitizing sentences of the same paragraph and sector join it, and so do
 * neighbouring sentences (within `window`, same paragraph) that warn or carry security wording,
 * and a following sentence that requests action.
 * Each move is a validated {@link SecuritizingMove}: its speech acts with their triggers, the
 * referent, the threat (the warning words), the requested measures (each request's clause) and
 * the sector, with evidence spans that slice the original text exactly. The actor is the agency a
 * task is "Led by", else `doc.meta.issuer`; the audience comes from `doc.meta.audience`; options
 * override both.
 *
 * @throws {LanguageError} when the text is neither English nor Chinese.
 * @throws {OptionError} when `window` is not a whole number from 0 to 5.
 * @example
 * ```ts
 * const doc = createDocument({ id: 'memo', text: 'Hostile states threaten our national security. We must act.', meta: { issuer: 'Ministry' } });
 * const [found] = findMoves(doc);
 * found.move.referent.name; // 'national security'
 * found.move.actor.name;    // 'Ministry'
 * ```
 */
export function findMoves(input: Document | DocumentInput | string, options: MoveOptions = {}): WithProvenance<FoundMove> {
  const window = checkWindow(options.window);
  const doc = oneDocument(input);
  const rows = labelSentences(doc);
  const moves: FoundMove[] = [];
  let k = 0;
  while (k < rows.length) {
    const core = rows[k]!;
    if (!core.securitizing) {
      k++;
      continue;
    }
    let last = k;
    while (
      last + 1 < rows.length &&
      rows[last + 1]!.securitizing &&
      rows[last + 1]!.security.sector === core.security.sector &&
      sameParagraph(doc, rows[last]!, rows[last + 1]!)
    ) {
      last++;
    }
    let first = k;
    const previousMoveEnd = moves.length === 0 ? -1 : moves[moves.length - 1]!.lastSentence;
    while (first - 1 > previousMoveEnd && k - (first - 1) <= window && joins(rows[first - 1]!, false) && !rows[first - 1]!.securitizing && sameParagraph(doc, rows[first - 1]!, rows[first]!)) {
      first--;
    }
    let end = last;
    while (end + 1 < rows.length && end + 1 - last <= window && !rows[end + 1]!.securitizing && joins(rows[end + 1]!, true) && sameParagraph(doc, rows[end]!, rows[end + 1]!)) {
      end++;
    }
    const members = rows.slice(first, end + 1);
    // A move is made of speech acts: a securitizing sentence that performs none (a meta-statement,
    // C4) with no neighbour that does is no move (the model would reject it).
    if (members.some((row) => row.acts.length > 0)) moves.push(assemble(doc, members, core, options));
    k = end + 1;
  }
  return withProvenance(moves, { rules: MOVE_RULES_VERSION, window });
}
