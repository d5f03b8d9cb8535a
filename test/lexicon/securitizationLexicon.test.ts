import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/lexicon/dictionary.js';
import { countDictionary } from '../../src/lexicon/countDictionary.js';
import { securitizationLexicon } from '../../src/lexicon/securitizationLexicon.js';
import { SECTORS } from '../../src/model/sector.js';

/** The categories with a non-zero count in a made-up sentence. */
const nonZero = (text: string): Record<string, number> =>
  Object.fromEntries(countDictionary([text], securitizationLexicon).filter((r) => r.count > 0).map((r) => [r.category, r.count]));

describe('securitizationLexicon', () => {
  it('is a valid dictionary, in canonical form, and frozen', () => {
    expect(dictionary(securitizationLexicon)).toEqual(securitizationLexicon);
    expect(Object.isFrozen(securitizationLexicon)).toBe(true);
    expect(Object.isFrozen(securitizationLexicon.categories[0]!.entries)).toBe(true);
    expect(Object.isFrozen(securitizationLexicon.categories[0]!.entries[0])).toBe(true);
  });

  it('has the categories of the brief, a sector category for every sector of the model, and the safety control', () => {
    const keys = securitizationLexicon.categories.map((c) => c.key);
    for (const key of ['threat', 'urgency', 'existential', 'referent', 'measures', 'directive', 'nonsecuritizing.safety']) expect(keys).toContain(key);
    for (const sector of SECTORS) expect(keys).toContain(`security.${sector}`);
  });

  it('has 6 to 30 entries per category and language, each with a language and a one-line why', () => {
    for (const category of securitizationLexicon.categories) {
      expect(category.description, category.key).toBeTruthy();
      for (const lang of ['en', 'zh'] as const) {
        const n = category.entries.filter((e) => e.lang === lang).length;
        expect(n, `${category.key} ${lang}`).toBeGreaterThanOrEqual(6);
        expect(n, `${category.key} ${lang}`).toBeLessThanOrEqual(30);
      }
      for (const entry of category.entries) {
        expect(entry.lang, entry.pattern).toMatch(/^(en|zh)$/u);
        expect(entry.why, entry.pattern).toMatch(/^\S[^\n]*\S$/u);
        // A Chinese entry is Chinese and an English one is not.
        expect(/\p{Script=Han}/u.test(entry.pattern), entry.pattern).toBe(entry.lang === 'zh');
      }
    }
  });

  // Made-up sentences for the false positives the lexicon is built to avoid.
  it('does not count the known false positives', () => {
    expect(nonZero('The human race has long feared new tools.')).toEqual({});
    expect(nonZero('We must win the AI race.')).toEqual({ urgency: 1, directive: 1 });
    expect(nonZero('Open hackerspaces and hackathons for students.')).toEqual({});
    expect(nonZero('Hackers attacked the grid.')).toEqual({ 'security.cyber': 1, threat: 1 });
    expect(nonZero('The emergence of swarm intelligence.')).toEqual({});
    expect(nonZero('A national emergency.')).toEqual({ urgency: 1 });
    expect(nonZero('Social security benefits and Guiding Ideology.')).toEqual({});
    expect(nonZero('Robustness to adversarial examples.')).toEqual({ 'nonsecuritizing.safety': 1 });
    expect(nonZero('The United Nations met.')).toEqual({});
    expect(nonZero('Security matters.')).toEqual({});
  });

  it('keeps Chinese false positives out: 要 inside words, 应用, 颠覆性, 强军 inside 加强军事, 命运共同体, bare 安全', () => {
    expect(nonZero('重要、主要和要素是总体要求。')).toEqual({});
    expect(nonZero('我们也要加强应用。')).toEqual({ directive: 1 });
    expect(nonZero('发展颠覆性技术。')).toEqual({});
    expect(nonZero('加强军事智能化。')).toEqual({ 'security.military': 1 });
    expect(nonZero('构建人类命运共同体。')).toEqual({ referent: 1 });
    expect(nonZero('提高安全水平。')).toEqual({});
  });

  it('tells food safety from food security, in both languages', () => {
    expect(nonZero('确保食品安全。')).toEqual({ 'nonsecuritizing.safety': 1, directive: 1 });
    expect(nonZero('保障粮食安全。')).toEqual({ 'security.economic': 1 });
    expect(nonZero('Food security and product safety.')).toEqual({ 'security.economic': 1, 'nonsecuritizing.safety': 1 });
  });

  it('counts a securitizing sentence in every part of the move', () => {
    expect(nonZero('必须刻不容缓地维护国家安全，防范敌对势力的威胁。')).toEqual({
      'security.national': 1,
      threat: 2,
      urgency: 1,
      referent: 1,
      measures: 1,
      directive: 1,
    });
  });
});
