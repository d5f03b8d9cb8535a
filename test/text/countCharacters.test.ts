import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { countCharacters } from '../../src/text/countCharacters.js';
import { corpusAvailable, corpusDir, corpusFile, describeCorpus } from '../support/shared.js';

// Every fixture below is made up for these tests, and counted by hand in the comments.

/** The independent count: one match of a plain Unicode property expression per letter or digit. */
const byRegex = (text: string): number => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;

describe('countCharacters', () => {
  it('counts letters and digits, not spaces, punctuation or symbols', () => {
    expect(countCharacters('Security, 2017!')).toBe(12); // Security 8 + 2017 4
    expect(countCharacters('a-b c_d $5 % @')).toBe(5); // a b c d 5
    expect(countCharacters('维护国家安全。')).toBe(6);
    expect(countCharacters('“国家安全”，（一）')).toBe(5); // 国家安全 4 + 一 1
  });

  it('counts 國家安全 and 国家安全 alike, 4 each', () => {
    expect(countCharacters('國家安全')).toBe(4);
    expect(countCharacters('国家安全')).toBe(4);
  });

  it('counts a decomposed letter once (the combining mark does not count) and full-width letters once', () => {
    expect(countCharacters('e\u0301')).toBe(1); // e + combining acute
    expect(countCharacters('caf\u00e9 cafe\u0301')).toBe(8);
    expect(countCharacters('ＳＥＣ１')).toBe(4);
  });

  it('counts letters and digits of other scripts and number forms', () => {
    expect(countCharacters('Ωμέγα')).toBe(5);
    expect(countCharacters('безопасность')).toBe(12);
    expect(countCharacters('Ⅻ ½ ٣')).toBe(3); // Nl, No, Nd
  });

  it('counts a surrogate pair as one character: CJK Extension B counts, an emoji does not', () => {
    expect(countCharacters('𠀀')).toBe(1);
    expect(countCharacters('𠀀安全𠀁')).toBe(4);
    expect(countCharacters('🛡️')).toBe(0);
    expect(countCharacters('a🙂b')).toBe(2);
    expect(countCharacters('𝐀𝟏')).toBe(2); // mathematical bold A (Lu) and digit one (Nd)
  });

  it('counts lone surrogates as nothing, and does not join halves in the wrong order', () => {
    expect(countCharacters('\ud840')).toBe(0);
    expect(countCharacters('\udc00')).toBe(0);
    expect(countCharacters('\ud840a')).toBe(1);
    expect(countCharacters('\udc00\ud840')).toBe(0);
    expect(countCharacters('a\ud840')).toBe(1);
  });

  it('counts the empty string and whitespace as 0', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters(' \n\t\u3000\u00a0')).toBe(0);
  });

  it('gives the count of the regular expression on any string, lone surrogates included', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('a', 'Z', '7', ' ', '。', '国', '國', '\u0301', 'é', '𠀀'),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }).map((units) => units.join('')), (text) => {
        expect(countCharacters(text)).toBe(byRegex(text));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});

const files = corpusAvailable ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort() : [];

describeCorpus('countCharacters on the real corpus', () => {
  it('finds the texts of the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of files) {
    it(`gives the count of the regular expression on ${name}`, () => {
      const text = readFileSync(corpusFile(name), 'utf8');
      const expected = byRegex(text);
      expect(expected).toBeGreaterThan(100);
      expect(countCharacters(text)).toBe(expected);
    });
  }
});
