import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { findMoves, labelSentences } from '../../src/moves/index.js';
import { checkEvidence } from '../../src/model/index.js';
import { createDocument } from '../../src/text/document.js';
import { OptionError } from '../../src/errors.js';
import { corpusFile, describeCorpus } from '../support/shared.js';

// A made-up memo: a warning, a securitizing sentence, a request, then an unrelated paragraph.
const text = [
  'Foreign hackers have attacked several regional power stations this winter. Hostile states threaten our national security through such attacks. We must harden the grid.',
  '',
  'The ministry also funds new museums in the capital.',
].join('\n');
const memo = createDocument({ id: 'memo', text, meta: { issuer: 'Ministry of Energy', audience: 'parliament' } });

describe('findMoves', () => {
  const moves = findMoves(memo);

  it('assembles one move from the securitizing sentence and its warning and request neighbours', () => {
    expect(moves).toHaveLength(1);
    const found = moves[0]!;
    expect([found.firstSentence, found.lastSentence]).toEqual([0, 2]);
    expect(found.move.referent).toMatchObject({ name: 'national security', sector: 'political' });
    expect(found.move.sector).toBe('political');
    expect(found.move.speechActs.map((a) => a.kind)).toEqual(['claim', 'warn', 'claim', 'warn', 'request']);
    expect(found.move.threat).toBe('hackers; attacked; hostile; threaten; attacks');
    expect(found.move.requestedMeasures.map((m) => m.description)).toEqual(['must harden the grid']);
    expect(found.rules).toEqual(['C1-declarative', 'R2-modal', 'S1-framing+referent', 'W1-agent', 'W2-danger']);
  });

  it('makes no move of a securitizing sentence that performs no speech act, instead of failing', () => {
    // Made up: a meta-statement about the document (C4: no claim) that names security wording and a referent.
    const text = 'This plan treats space security as a domain of national interest.\n\nThe ministry also funds new museums in the capital.';
    const [row] = labelSentences(text);
    expect([row!.securitizing, row!.acts.length]).toEqual([true, 0]);
    expect(findMoves(text)).toEqual([]);
  });

  it('takes the actor and the audience from the document metadata', () => {
    expect(moves[0]!.move.actor).toMatchObject({ name: 'Ministry of Energy' });
    expect(moves[0]!.audience).toMatchObject({ name: 'parliament' });
  });

  it('lets options override actor and audience', () => {
    const [found] = findMoves(memo, { actor: { name: 'Energy Minister', kind: 'leader' }, audience: 'voters' });
    expect(found!.move.actor).toEqual({ name: 'Energy Minister', kind: 'leader' });
    expect(found!.audience).toEqual({ name: 'voters' });
  });

  it('takes the actor named in a "Led by" task', () => {
    const doc = createDocument({ id: 'task', text: 'Led by the Coast Guard, deploy drones against hostile vessels that threaten our ports.' });
    const [found] = findMoves(doc);
    expect(found!.move.actor.name).toBe('the Coast Guard');
    expect(found!.move.requestedMeasures.map((m) => m.description)).toEqual(['deploy drones against hostile vessels that threaten our ports']);
  });

  it('names an actor that neither text nor metadata gives as unnamed', () => {
    const [found] = findMoves('Hostile states threaten our national security.');
    expect(found!.move.actor.name).toBe('(unnamed)');
    expect(found!.audience).toBeNull();
  });

  it('quotes every evidence span exactly', () => {
    const spans = moves.flatMap((m) => [
      ...m.move.evidence,
      ...(m.move.referent.evidence ?? []),
      ...m.move.speechActs.flatMap((a) => a.evidence ?? []),
      ...m.move.requestedMeasures.flatMap((r) => r.evidence ?? []),
    ]);
    expect(spans.length).toBeGreaterThan(5);
    for (const span of spans) expect(checkEvidence(span, text)).toBe(true);
  });

  it('rejects a bad window', () => {
    expect(() => findMoves(memo, { window: -1 })).toThrow(OptionError);
    expect(() => findMoves(memo, { window: 1.5 })).toThrow(/window/);
  });

  it('finds no move in a text without security wording', () => {
    expect(findMoves('Build new museums in the capital for the children.')).toEqual([]);
  });
});

describeCorpus('findMoves on the shared corpus', () => {
  const files = ['2017-ngaidp.en.txt', '2025-us-americas-ai-action-plan.en.txt', '2025-china-ai-plus-opinions.en.txt', '2017-ngaidp.zh.excerpts.txt', '2017-ngaidp.zh-hant.excerpt.txt'];
  for (const name of files) {
    it(`every evidence span of ${name} slices the original text to its quote`, () => {
      const original = readFileSync(corpusFile(name), 'utf8');
      const moves = findMoves(createDocument({ id: name, text: original }));
      expect(moves.length).toBeGreaterThan(0);
      let checked = 0;
      for (const m of moves) {
        const spans = [
          ...m.move.evidence,
          ...(m.move.referent.evidence ?? []),
          ...(m.move.actor.evidence ?? []),
          ...m.move.speechActs.flatMap((a) => a.evidence ?? []),
          ...m.move.requestedMeasures.flatMap((r) => r.evidence ?? []),
        ];
        for (const span of spans) {
          expect(original.slice(span.start, span.end)).toBe(span.quote);
          checked++;
        }
        expect(original.slice(m.start, m.end).length).toBe(m.end - m.start);
      }
      expect(checked).toBeGreaterThan(moves.length);
    });
  }
});
