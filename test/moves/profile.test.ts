import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { labelSentences, profile, PROFILE_WEIGHTS } from '../../src/moves/index.js';
import { countDictionary, securitizationLexicon } from '../../src/lexicon/index.js';
import { createDocument } from '../../src/text/document.js';
import { corpusFile, describeCorpus } from '../support/shared.js';

// A made-up memo.
const text =
  'Hostile states threaten our national security. We must harden the power grid urgently. ' +
  'The ministry also funds new museums in the capital. Terrorist groups have attacked buses in our cities.';

describe('profile', () => {
  const p = profile({ id: 'memo', text });

  it('returns every component with value, cap, weight and contribution, and the score is their sum', () => {
    expect(p.reason).toBeNull();
    const caps = Object.values(PROFILE_WEIGHTS);
    expect(p.components.map((c) => [c.cap, c.weight])).toEqual(caps.map((c) => [c.cap, c.weight]));
    expect(caps.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 12);
    // Recomputed from the components' values with the formula of docs/scoring.md.
    const recomputed = p.components.reduce((s, c) => s + c.weight * Math.min(1, c.value / c.cap), 0);
    expect(p.score).toBeCloseTo(recomputed, 12);
    expect(p.score).toBeGreaterThan(0);
    expect(p.score).toBeLessThanOrEqual(1);
  });

  it('computes the sentence shares from the labelled sentences', () => {
    const rows = labelSentences({ id: 'memo', text });
    expect(rows).toHaveLength(4);
    const securitizing = rows.filter((r) => r.securitizing).length;
    expect(securitizing).toBe(2); // national security; terrorism with public transport
    expect(p.indicators!.securitizingShare).toBe(securitizing / 4);
    expect(p.indicators!.referents).toEqual([
      { name: 'national security', sentences: 1 },
      { name: 'public safety and security', sentences: 1 },
    ]);
  });

  it('computes densities with the lexicon counter, per 10,000 tokens', () => {
    const rows = countDictionary([createDocument({ id: 'memo', text })], securitizationLexicon, { nested: 'exclusive', lang: 'en' });
    const threat = rows.find((r) => r.category === 'threat')!;
    expect(p.indicators!.tokens).toBe(threat.tokens);
    expect(p.indicators!.threatPer10k).toBeCloseTo((threat.count / threat.tokens) * 10_000, 9);
    const security = rows.filter((r) => r.category.startsWith('security.')).reduce((s, r) => s + r.count, 0);
    expect(p.indicators!.securityTermsPer10kTotal).toBeCloseTo((security / threat.tokens) * 10_000, 9);
  });

  it('gives an empty profile with a reason, never a crash', () => {
    expect(profile({ id: 'fr', text: 'Bonjour tout le monde.', lang: 'fr' })).toMatchObject({ docId: 'fr', score: null, components: [], reason: expect.stringMatching(/^unsupported language/) });
    expect(profile({ id: 'blank', text: '   ' })).toMatchObject({ score: null, reason: expect.stringMatching(/empty/) });
    expect(profile({ id: 'digits', text: '1234 5678' })).toMatchObject({ score: null, reason: expect.stringMatching(/language/) });
    expect(profile({ id: 'heads', text: 'Key Tasks\n\nAnnex' })).toMatchObject({ docId: 'heads', score: null, reason: expect.stringMatching(/^no sentences/) });
  });

  it('finishes one enormous sentence (200,000 characters, no period) in reasonable time', () => {
    const huge = 'the committee reviews hostile threats to our national grid and '.repeat(3200);
    expect(huge.length).toBeGreaterThan(200_000);
    const started = performance.now();
    const result = profile({ id: 'huge', text: huge });
    const elapsed = performance.now() - started;
    console.info(`profile of one ${huge.length}-character sentence: ${elapsed.toFixed(0)} ms`);
    expect(result.indicators!.sentences).toBe(1);
    expect(result.indicators!.securitizingShare).toBe(1);
    expect(elapsed).toBeLessThan(20_000);
  });
});

describeCorpus('profile on the shared corpus', () => {
  it('is deterministic: two runs on fresh documents give byte-identical JSON', () => {
    for (const name of ['2017-ngaidp.en.txt', '2025-us-americas-ai-action-plan.en.txt', '2017-ngaidp.zh.excerpts.txt']) {
      const raw = readFileSync(corpusFile(name), 'utf8');
      const first = JSON.stringify(profile(createDocument({ id: name, text: raw })));
      const second = JSON.stringify(profile(createDocument({ id: name, text: raw })));
      expect(second).toBe(first);
      expect(JSON.parse(first).score).toBeGreaterThan(0);
    }
  });
});
