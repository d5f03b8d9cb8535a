import { findMoves } from '../moves/findMoves.js';
import { profile } from '../moves/profile.js';
import type { Document } from '../text/document.js';
import { evidencePassage } from './evidencePassage.js';
import { html, type Html } from './html.js';
import { table } from './table.js';

const fixed = (value: number, digits = 3): string => (Number.isInteger(value) ? String(value) : value.toFixed(digits));

/** One document's profile: the score with its components, and its first moves with their evidence marked. */
function documentProfile(doc: Document, movesLimit: number): Html {
  const p = profile(doc);
  const moves = findMoves(doc);
  const shown = moves.slice(0, movesLimit);
  const heading = p.score === null ? html`<h3>${doc.id} <span class="note">(no score: ${p.reason})</span></h3>` : html`<h3>${doc.id} <span class="score">score ${p.score.toFixed(3)}</span></h3>`;
  const components =
    p.components.length === 0
      ? ''
      : table(p.components, [
          { header: 'component', cell: (c) => html`<strong>${c.name}</strong><span class="rate">${c.description}</span>` },
          { header: 'value', cell: (c) => fixed(c.value), numeric: true },
          { header: 'cap', cell: (c) => fixed(c.cap), numeric: true },
          { header: 'normalized', cell: (c) => fixed(c.normalized), numeric: true },
          { header: 'weight', cell: (c) => fixed(c.weight, 2), numeric: true },
          { header: 'contribution', cell: (c) => fixed(c.contribution), numeric: true },
        ], 'profile');
  const count = moves.length === 0 ? 'No securitizing move found.' : `${moves.length} securitizing move${moves.length === 1 ? '' : 's'} found${shown.length < moves.length ? `; the first ${shown.length} shown` : ''}.`;
  const items = shown.map((found) => {
    const { move } = found;
    const evidence = move.speechActs.flatMap((act) => act.evidence ?? []);
    const acts = move.speechActs.map((act) => html`<li><strong>${act.kind}</strong>: ${(act.triggers ?? []).join('; ')}</li>`);
    return html`<li class="move"><p class="passage">${evidencePassage(doc.text, found.start, found.end, evidence)}</p>
<p class="note">offsets ${found.start}–${found.end} · referent: ${move.referent.name}${move.sector === undefined ? '' : ` · sector: ${move.sector}`} · actor: ${move.actor.name}</p>
<ul class="acts">${acts}</ul></li>`;
  });
  return html`<div class="profile">${heading}${components}<p>${count}</p>${items.length === 0 ? '' : html`<ol class="moves">${items}</ol>`}</div>`;
}

/**
 * Each document's securitization profile (`profile`: score and components) and its securitizing
 * moves (`findMoves`), the words that triggered each speech act marked in the passage.
 */
export function profileSection(docs: readonly Document[], movesLimit: number): Html {
  const first = profile(docs[0]!);
  return html`<section id="profiles"><h2>Profiles and moves</h2>
<p>A rule-based reading, to be checked against the text. Score: <code>${first.formula}</code>. Each move's passage is shown with the words that triggered its speech acts (claim, warn, request) marked; the rule ids are those of docs/scoring.md.</p>
${docs.map((doc) => documentProfile(doc, movesLimit))}</section>`;
}
