import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { matches, type CountOptions } from '../../src/count/matches.js';
import type { TermInput } from '../../src/patterns/terms.js';
import { DocumentError, LanguageError, OptionError, PatternError, type SecuritizationError } from '../../src/errors.js';

// Every text below is a made-up sentence; expected hits are counted by hand.

/** [term, surface] of every hit. */
const hits = (text: string, terms: TermInput[], options: CountOptions = {}): [string, string][] =>
  matches([{ id: 'd', text }], terms, options).map((r) => [r.term, r.surface]);
/** Surfaces of the hits of one term. */
const surfaces = (text: string, term: TermInput): string[] => hits(text, [term]).map(([, s]) => s);

function caught(action: () => unknown): SecuritizationError {
  try {
    action();
  } catch (error) {
    return error as SecuritizationError;
  }
  throw new Error('expected an error');
}

describe('matches', () => {
  describe('English', () => {
    it('matches a word in any case, full-width included', () => {
      expect(surfaces('SECURITY, Security, security and ＳＥＣＵＲＩＴＹ.', 'security')).toEqual(['SECURITY', 'Security', 'security', 'ＳＥＣＵＲＩＴＹ']);
      expect(surfaces('security first', 'SECURITY')).toEqual(['security']);
    });

    it('matches a word followed by a symbol such as ™', () => {
      expect(surfaces('Security™ and AI℠ security.', 'security')).toEqual(['Security', 'security']);
    });

    it('matches whole words: not inside cybersecurity or insecurity, but in cyber-security (a hyphen separates words)', () => {
      expect(surfaces('cybersecurity, insecurity, securityx, security2, cyber-security, security’s, (security)', 'security')).toEqual([
        'security',
        'security',
        'security',
      ]);
    });

    it('matches a phrase across any whitespace, line breaks included', () => {
      expect(surfaces('national security, national\nsecurity, national \r\n  security, national\u00A0security, nationalsecurity', 'national security')).toEqual([
        'national security',
        'national\nsecurity',
        'national \r\n  security',
        'national\u00A0security',
      ]);
    });

    it('treats all dashes as the hyphen, in the text and in the pattern', () => {
      const text = 'cyber-security, cyber–security, cyber—security, cyber‐security, cyber security';
      expect(surfaces(text, 'cyber-security')).toEqual(['cyber-security', 'cyber–security', 'cyber—security', 'cyber‐security']);
      expect(surfaces(text, 'cyber–security')).toHaveLength(4);
    });

    it('treats curly and straight apostrophes alike', () => {
      expect(surfaces("China’s plan and China's plan", "china's")).toEqual(['China’s', "China's"]);
      expect(surfaces("China’s plan and China's plan", 'China’s plan')).toEqual(['China’s plan', "China's plan"]);
    });

    it('matches globs within one word: secur* and defen?e', () => {
      expect(surfaces('Security, secure, securing, insecurity, secur.', 'secur*')).toEqual(['Security', 'secure', 'securing', 'secur']);
      expect(surfaces('defense, defence, defenses, defene', 'defen?e')).toEqual(['defense', 'defence']);
    });

    it('matches an escaped wildcard literally', () => {
      expect(surfaces('secur* is not security', 'secur\\*')).toEqual(['secur*']);
    });

    it('matches regular-expression metacharacters as plain text', () => {
      expect(surfaces('(security)+ and security', '(security)+')).toEqual(['(security)+']);
      expect(surfaces('a.b, axb, a.bc', 'a.b')).toEqual(['a.b']);
      expect(surfaces('x (a+)+$ y', '(a+)+$')).toEqual(['(a+)+$']);
    });

    it('finishes fast on a pattern that makes a backtracking regex engine explode', () => {
      const text = `${'a'.repeat(100_000)}!`;
      const started = performance.now();
      expect(matches([{ id: 'long', text, lang: 'en' }], ['(a+)+$', 'a*a*a*a*a*b'])).toEqual([]);
      // The same input through /(a+)+$/ in JavaScript would not finish; measured here: ~ 0.1 s.
      expect(performance.now() - started).toBeLessThan(5_000);
    });
  });

  describe('Chinese', () => {
    it('counts simplified and traditional forms alike', () => {
      const text = '维护国家安全，也维护國家安全；网络安全与網絡安全。';
      expect(surfaces(text, '国家安全')).toEqual(['国家安全', '國家安全']);
      expect(surfaces(text, '國家安全')).toEqual(['国家安全', '國家安全']);
      expect(surfaces(text, '网络安全')).toEqual(['网络安全', '網絡安全']);
      expect(surfaces(text, '網絡安全')).toEqual(['网络安全', '網絡安全']);
    });

    it('matches Chinese as substrings, without word boundaries', () => {
      expect(surfaces('安全性、国家安全和安全', '安全')).toEqual(['安全', '安全', '安全']);
    });

    it('gives the sentence: split after 。！？ and at line breaks', () => {
      const rows = matches([{ id: 'zh', text: '第一句。國家安全很重要！\n網絡安全呢？是的\n国防' }], ['安全', '国防']);
      expect(rows.map((r) => [r.surface, r.sentenceIndex, r.sentence])).toEqual([
        ['安全', 1, '國家安全很重要！'],
        ['安全', 2, '網絡安全呢？'],
        ['国防', 4, '国防'],
      ]);
    });
  });

  describe('variants and nesting', () => {
    it('never counts two variants of one term at the same place', () => {
      const term = { label: 'cyber security', pattern: 'cyber security | cyber-security | cybersecurity | security' };
      expect(surfaces('cyber security, cyber-security, cybersecurity, security', term)).toEqual([
        'cyber security',
        'cyber-security',
        'cybersecurity',
        'security',
      ]);
      expect(surfaces('defense and defence', { label: 'defence', pattern: 'defense | defence' })).toEqual(['defense', 'defence']);
      expect(surfaces('national security', { label: 'both', pattern: 'security | national security' })).toEqual(['national security']);
    });

    it('reports the variant that matched, as written', () => {
      const rows = matches(['cyber-security'], [{ label: 'cyber', pattern: 'Cyber Security | Cyber-Security' }]);
      expect(rows.map((r) => r.variant)).toEqual(['Cyber-Security']);
    });

    it('inclusive (default): a phrase hit also counts for the word inside it', () => {
      expect(hits('National security is security.', ['security', 'national security'])).toEqual([
        ['national security', 'National security'],
        ['security', 'security'],
        ['security', 'security'],
      ]);
    });

    it('exclusive: each character belongs to the longest match only', () => {
      expect(hits('National security is security.', ['security', 'national security'], { nested: 'exclusive' })).toEqual([
        ['national security', 'National security'],
        ['security', 'security'],
      ]);
      expect(hits('国家安全和安全', ['安全', '国家安全'], { nested: 'exclusive' })).toEqual([
        ['国家安全', '国家安全'],
        ['安全', '安全'],
      ]);
    });

    it('breaks ties deterministically: the leftmost of equal lengths, then the earlier term', () => {
      // "a b" and "b c" overlap and are as long: the leftmost wins, whatever the order of terms.
      expect(hits('a b c', ['a b', 'b c'], { nested: 'exclusive' })).toEqual([['a b', 'a b']]);
      expect(hits('a b c', ['b c', 'a b'], { nested: 'exclusive' })).toEqual([['a b', 'a b']]);
      // "security" and "secur*" match the same span: the earlier term wins.
      expect(hits('security', ['security', 'secur*'], { nested: 'exclusive' })).toEqual([['security', 'security']]);
      expect(hits('security', ['secur*', 'security'], { nested: 'exclusive' })).toEqual([['secur*', 'security']]);
    });
  });

  describe('spans', () => {
    const cases: [string, string, string][] = [
      ['traditional → simplified', '中華人民共和國國家安全法', '国家安全'],
      ['full-width letters', '維護ＮＡＴＩＯＮＡＬ　ＳＥＣＵＲＩＴＹ。', 'national security'],
      ['a combining mark', 'La se\u0301curite\u0301 and sécurité', 'sécurité'],
      ['a soft hyphen inside the term', 'The secu\u00ADrity plan', 'security'],
      ['a zero-width space inside the term', 'The secu\u200Brity plan', 'security'],
      ['emoji (surrogate pairs) before the term', '🔒👍🏽 security 😀national security', 'security'],
      ['CRLF text', 'Line one.\r\nNational\r\nsecurity.\r\n', 'national security'],
      ['a ligature', 'Our ﬁnance', 'finance'],
    ];
    for (const [what, text, term] of cases) {
      it(`slice the original text back to the surface: ${what}`, () => {
        const rows = matches([{ id: 'd', text }], [term]);
        expect(rows.length).toBeGreaterThan(0);
        for (const r of rows) {
          expect(text.slice(r.start, r.end)).toBe(r.surface);
          expect(r.surface.length).toBeGreaterThan(0);
        }
      });
    }

    it('slice back to the surface on random text', () => {
      const pieces = ['a', 'b', 'Security', ' ', '\n', '\r\n', '-', '–', '.', "'", '’', '\u00AD', '\u200B', 'e\u0301', 'é', '😀', 'Ｓ', 'ﬁ', 'ß', '国家', '國家', '安全', '。', '™'];
      const terms = ['a', 'a b', 'security', 'secur*', 'é', 'fi', 'ss', '国家安全', '安全', "a'b", 'a-b', 'b | a b'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }), fc.constantFrom('en' as const, 'zh' as const), (parts, lang) => {
          const text = parts.join('');
          if (text.trim() === '') return true;
          return matches([{ id: 'r', text, lang }], terms).every((r) => r.end > r.start && text.slice(r.start, r.end) === r.surface);
        }),
        { numRuns: 300 },
      );
    });

    it('are exact offsets (checked by hand)', () => {
      const rows = matches([{ id: 'd', text: '😀 secu\u00ADrity, e\u0301 國家安全' }], ['security', 'é', '国家安全']);
      expect(rows.map((r) => [r.start, r.end])).toEqual([[3, 12], [14, 16], [17, 21]]);
    });
  });

  it('gives English sentences from wink, with their index', () => {
    const rows = matches([{ id: 'en', text: 'Dr. Smith spoke. National security is key!\n\nNew para on security? Yes.' }], ['security']);
    expect(rows.map((r) => [r.sentenceIndex, r.sentence])).toEqual([
      [1, 'National security is key!'],
      [2, 'New para on security?'],
    ]);
  });

  it('lists documents in order, then hits in text order, with every field', () => {
    const rows = matches(['Security here.', { id: 'b', text: 'No match.' }, { id: 'c', text: '安全' }], ['security', '安全']);
    expect(rows).toEqual([
      { docId: 'text1', term: 'security', variant: 'security', start: 0, end: 8, surface: 'Security', sentence: 'Security here.', sentenceIndex: 0 },
      { docId: 'c', term: '安全', variant: '安全', start: 0, end: 2, surface: '安全', sentence: '安全', sentenceIndex: 0 },
    ]);
  });

  it('carries provenance with the options, not serialized with the rows', () => {
    const rows = matches(['Security.'], ['security'], { nested: 'exclusive' });
    expect(rows.provenance.options).toEqual({ nested: 'exclusive' });
    expect(rows.provenance.library).toBe('securitization');
    expect(JSON.stringify(rows)).not.toContain('provenance');
    expect(matches(['Security.'], ['security']).provenance.options).toEqual({ nested: 'inclusive' });
  });

  describe('bad input', () => {
    it('an empty document: DocumentError naming it', () => {
      const error = caught(() => matches([{ id: 'empty', text: '' }], ['security']));
      expect(error).toBeInstanceOf(DocumentError);
      expect([error.code, error.details.docId]).toEqual(['INVALID_DOCUMENT', 'empty']);
    });

    it('a document of only punctuation: LanguageError, or no hits when its language is given', () => {
      const error = caught(() => matches([{ id: 'dots', text: '... !!! ？' }], ['security']));
      expect(error).toBeInstanceOf(LanguageError);
      expect([error.code, error.details.docId]).toEqual(['UNSUPPORTED_LANGUAGE', 'dots']);
      expect(matches([{ id: 'dots', text: '... !!! ？', lang: 'en' }], ['security'])).toEqual([]);
    });

    it('an unknown language: LanguageError naming the document', () => {
      const error = caught(() => matches([{ id: 'de', text: 'Sicherheit', lang: 'de' }], ['security']));
      expect(error).toBeInstanceOf(LanguageError);
      expect(error.details.docId).toBe('de');
    });

    it('an empty term, a blank term, an empty variant, a lone wildcard: PatternError naming the pattern', () => {
      for (const pattern of ['', '   ', 'a | ', '*', '?']) {
        const error = caught(() => matches(['Security.'], ['security', pattern]));
        expect(error).toBeInstanceOf(PatternError);
        expect([error.code, error.details.pattern]).toEqual(['INVALID_PATTERN', pattern]);
      }
    });

    it('duplicate document ids and duplicate term labels', () => {
      expect(caught(() => matches([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }], ['x'])).details.docId).toBe('a');
      expect(caught(() => matches(['x'], ['x', 'x'])).details.pattern).toBe('x');
    });

    it('a bad nested option: OptionError naming it', () => {
      const error = caught(() => matches(['Security.'], ['security'], { nested: 'both' as never }));
      expect(error).toBeInstanceOf(OptionError);
      expect([error.code, error.details.option]).toEqual(['INVALID_OPTION', 'nested']);
    });
  });
});
