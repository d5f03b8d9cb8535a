import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { detectLanguage } from '../../src/text/document.js';
import { corpusDir, describeCorpus } from '../support/shared.js';

// The rule as first written, with two regular expressions over the whole text: the reference the
// loop over character codes must agree with.
function reference(text: string): 'en' | 'zh' | undefined {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (han > 0 && han * 3 > latin) return 'zh';
  if (latin > 0) return 'en';
  return undefined;
}

describe('detectLanguage (one loop over character codes)', () => {
  it('counts Latin letters beyond ASCII and Han characters beyond the BMP', () => {
    // Made up: ﬁ and é are Latin, 𠀀 (U+20000) is Han and one character though two code units.
    expect(detectLanguage('éé𠀀')).toBe('zh'); // 3 > 2
    expect(detectLanguage('ééé𠀀')).toBe('en'); // 3 > 3 is false
    expect(detectLanguage('ﬁ')).toBe('en');
    expect(detectLanguage('\ud800abc')).toBe('en'); // a lone surrogate is no script
    expect(detectLanguage('\udc00\ud840')).toBeUndefined();
  });

  it('agrees with the regular expressions on random text of every kind', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('security', 'AI', 'é', 'Ω', 'ﬁ', '国家安全', '國', '𠀀', '𪚥', 'ｱ', 'ㄅ', '\ud800', '\udfff', '2030', ' ', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(detectLanguage(text)).toBe(reference(text));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});

describeCorpus('detectLanguage on the corpus', () => {
  it('agrees with the regular expressions on every corpus text', () => {
    const names = readdirSync(corpusDir).filter((name) => name.endsWith('.txt'));
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      const text = readFileSync(`${corpusDir}/${name}`, 'utf8');
      expect([name, detectLanguage(text)]).toEqual([name, reference(text)]);
    }
  });
});
