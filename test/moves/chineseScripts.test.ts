// Traditional and simplified Chinese are one language to the move rules: a text and its
// conversion to the other script get the same labels, sentence by sentence. The conversion is
// opencc-js's own (simplified → Taiwan traditional), independent of the library's t→s tables.
import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { labelSentences } from '../../src/moves/labelSentences.js';
import { corpusFile, describeCorpus } from '../support/shared.js';

const toTraditional = Converter({ from: 'cn', to: 'tw' });

/** The labels of each sentence, and the rules that gave them (triggers differ in script, so left out). */
function labels(text: string): unknown[] {
  return labelSentences({ id: 'd', text, lang: 'zh' }).map((row) => ({
    span: [row.start, row.end],
    claim: row.claim,
    warn: row.warn,
    request: row.request,
    securitizing: row.securitizing,
    sector: row.security.sector,
    rules: row.acts.map((a) => a.rule),
  }));
}

describe('Chinese move rules read traditional as simplified', () => {
  it('labels made-up sentences the same in both scripts: assertion, modal, directive, concessive, anaphor', () => {
    // Made up for this test.
    const simplified = '人工智能已经成为国际竞争的新焦点。虽然基础薄弱，我们必须加强网络安全。这对国家安全至关重要。';
    const traditional = toTraditional(simplified);
    expect(traditional).not.toBe(simplified);
    expect(traditional).toContain('成為');
    expect(labels(traditional)).toEqual(labels(simplified));
    const [first, second] = labelSentences(traditional);
    expect(first!.claim).toBe(true);
    expect(second!.request).toBe(true);
  });
});

describeCorpus('Chinese move rules on the corpus, in both scripts', () => {
  it('gives the simplified excerpts and their traditional conversion the same labels', () => {
    const text = readFileSync(corpusFile('2017-ngaidp.zh.excerpts.txt'), 'utf8');
    const traditional = toTraditional(text);
    expect(traditional).not.toBe(text);
    const simplifiedLabels = labels(text);
    expect(simplifiedLabels.length).toBeGreaterThan(20);
    expect(labels(traditional)).toEqual(simplifiedLabels);
  });
});
