import type { Evidence } from '../model/evidence.js';
import { html, type Html } from './html.js';

/** Spans sorted by start, overlapping ones merged (touching ones stay apart, one trigger each): each becomes one `<mark>`. */
export function mergeSpans(spans: Iterable<{ readonly start: number; readonly end: number }>): { start: number; end: number }[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/**
 * The passage `[start, end)` of `text` with the evidence spans inside it marked, every piece of
 * text escaped. Evidence outside the passage is ignored.
 */
export function evidencePassage(text: string, start: number, end: number, evidence: readonly Evidence[]): Html {
  const spans = mergeSpans(evidence.filter((e) => e.start >= start && e.end <= end));
  const pieces: Html[] = [];
  let cursor = start;
  for (const span of spans) {
    pieces.push(html`${text.slice(cursor, span.start)}<mark class="evidence">${text.slice(span.start, span.end)}</mark>`);
    cursor = span.end;
  }
  pieces.push(html`${text.slice(cursor, end)}`);
  return html`${pieces}`;
}
