/**
 * Scoring a new document: its securitization profile (a score in [0, 1] that is the weighted sum
 * of capped indicators, every component returned) and the securitizing moves found in it, each
 * with the words that triggered its speech acts (claim, warn, request) as evidence spans.
 *
 * In your project: replace `../src/index.js` by `securitization` and run with
 * `npx tsx score-document.ts`.
 */
import { createDocument, findMoves, profile } from '../src/index.js';
import { isMain } from './sample.js';

// A MADE-UP memo, written for this example.
export const MEMO = createDocument({
  id: 'sample-memo',
  meta: { issuer: 'Sample Ministry of Security', note: 'made-up sample' },
  text:
    'Hostile states threaten our national security and the safety of our citizens. ' +
    'The danger is growing, and time is short. ' +
    'We must act now: the government shall take emergency measures to protect critical infrastructure.',
});

/** The profile and the moves of the memo. */
export function main() {
  const scored = profile(MEMO);
  const moves = findMoves(MEMO);
  return { profile: scored, moves };
}

if (isMain(import.meta.url)) {
  const { profile: p, moves } = main();
  console.log(`${p.docId}: score ${p.score?.toFixed(3) ?? `none (${p.reason})`}`);
  console.table(p.components.map(({ name, value, cap, weight, contribution }) => ({ name, value, cap, weight, contribution })));
  for (const found of moves) {
    console.log(`move ${found.start}-${found.end}: referent "${found.move.referent.name}", actor "${found.move.actor.name}"`);
    for (const act of found.move.speechActs) console.log(`  ${act.kind}: ${(act.evidence ?? []).map((e) => `"${e.quote}" [${e.start}, ${e.end})`).join(', ')}`);
  }
}
