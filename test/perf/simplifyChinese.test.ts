import fc from 'fast-check';
import { Converter, Locale } from 'opencc-js/t2cn';
import { describe, it, expect } from 'vitest';
import { simplifyChinese } from '../../src/text/simplifyChinese.js';

// The reference is opencc-js itself, as normalizeText used it before: Converter({ from: 't', to: 'cn' }).
const opencc = Converter({ from: 't', to: 'cn' });

/** Every key of the t2s dictionaries, read from opencc-js's own configuration. */
function dictionaryKeys(): string[] {
  const config = Locale.configs.t2s as unknown as { normalizationChain?: unknown[][]; conversionChain: unknown[][] };
  const keys: string[] = [];
  for (const group of [...(config.normalizationChain ?? []), ...config.conversionChain]) {
    for (const dict of group) {
      const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : (dict as string[][]);
      for (const [key] of entries) if (key) keys.push(key);
    }
  }
  return keys;
}

describe('simplifyChinese', () => {
  it('converts as opencc-js does, character by character, over the CJK blocks', () => {
    const differ: string[] = [];
    for (let code = 0x2e80; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (simplifyChinese(char).text !== opencc(char)) differ.push(char);
    }
    for (let code = 0x20000; code < 0x32000; code++) {
      const char = String.fromCodePoint(code);
      if (simplifyChinese(char).text !== opencc(char)) differ.push(char);
    }
    expect(differ).toEqual([]);
  });

  it('converts every phrase and character of the dictionaries as opencc-js does, alone and between other characters', () => {
    const keys = dictionaryKeys();
    expect(keys.length).toBeGreaterThan(4000);
    const differ = keys.filter((key) => simplifyChinese(key).text !== opencc(key) || simplifyChinese(`国${key}家`).text !== opencc(`国${key}家`));
    expect(differ).toEqual([]);
  });

  it('converts random runs of dictionary phrases and characters as opencc-js does', () => {
    const keys = dictionaryKeys();
    const pieces = [...keys.slice(0, 600), ...new Set(keys.join('')), '国', '家', '安全', '瞭解', '乾隆', '二噁英'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), (parts) => {
        const run = parts.join('');
        expect(simplifyChinese(run).text).toBe(opencc(run));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('keeps phrase rules (瞭解 → 了解, 乾隆 stays) and converts only the span asked for', () => {
    expect(simplifyChinese('瞭解國家安全，乾隆').text).toBe('了解国家安全，乾隆');
    expect(simplifyChinese('國家國家', 2).text).toBe('國家国家');
  });

  it('reports a conversion that changes the length (a character simplified to one outside the BMP)', () => {
    const grows = dictionaryKeys().find((key) => key.length === 1 && opencc(key).length === 2)!;
    expect(grows).toBeDefined();
    expect(simplifyChinese(`国${grows}`).lengthChanged).toBe(true);
    expect(simplifyChinese('國家安全').lengthChanged).toBe(false);
  });
});
