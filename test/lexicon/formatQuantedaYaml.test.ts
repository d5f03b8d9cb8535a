import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { dictionary } from '../../src/lexicon/dictionary.js';
import { formatQuantedaYaml } from '../../src/lexicon/formatQuantedaYaml.js';
import { parseQuantedaYaml } from '../../src/lexicon/parseQuantedaYaml.js';
import { securitizationLexicon } from '../../src/lexicon/securitizationLexicon.js';
import type { Dictionary } from '../../src/lexicon/schema.js';

const shape = (dict: Dictionary): [string, string[]][] => dict.categories.map((c) => [c.key, c.entries.map((e) => e.pattern)]);

// A made-up dictionary.
const demo = dictionary({
  name: 'demo',
  categories: [
    { key: 'threat', entries: [{ pattern: 'threat*', lang: 'en', why: 'lost in YAML' }, { pattern: '威胁', lang: 'zh' }] },
    { key: 'security.military', entries: [{ pattern: 'defense | defence' }] },
    { key: 'security.cyber', entries: [{ pattern: 'cyber security' }] },
  ],
});

describe('formatQuantedaYaml', () => {
  it('writes nested mappings of lists, as quanteda does', () => {
    expect(formatQuantedaYaml(demo)).toBe(
      ['threat:', '  - threat*', '  - 威胁', 'security:', '  military:', '    - defense | defence', '  cyber:', '    - cyber security', ''].join('\n'),
    );
  });

  it('quotes what YAML 1.1 (R\'s yaml package) or YAML syntax would read otherwise', () => {
    const tricky = dictionary({
      name: 'tricky',
      categories: [{ key: 'yes', entries: ['yes', 'No', 'on', '911', '1e3', '*secur*', '- x', '\\? y', 'a: b', '#x', 'x #y', '"q"', "it's", '~', 'null'].map((pattern) => ({ pattern })) }],
    });
    const text = formatQuantedaYaml(tricky);
    expect(text).toContain('"yes":\n');
    for (const plain of ['yes', 'No', 'on', '911', '1e3', '~', 'null']) expect(text).toContain(`  - "${plain}"\n`);
    // YAML 1.1, the version R's yaml package reads, gives strings back, not booleans or numbers.
    expect(parseYaml(text, { version: '1.1' })).toEqual({ yes: tricky.categories[0]!.entries.map((e) => e.pattern) });
    expect(shape(parseQuantedaYaml(text, 'tricky.yml'))).toEqual(shape(tricky));
  });

  it('keeps integer-like keys in place and writes a key with patterns and sub-keys as a mixed list', () => {
    const mixed = dictionary({
      name: 'mixed',
      categories: [
        { key: 'security', entries: [{ pattern: 'security' }] },
        { key: 'security.military', entries: [{ pattern: 'military' }] },
        { key: '2024', entries: [{ pattern: 'x' }] },
      ],
    });
    const text = formatQuantedaYaml(mixed);
    expect(text).toBe(['security:', '  - security', '  - military:', '      - military', '"2024":', '  - x', ''].join('\n'));
    expect(shape(parseQuantedaYaml(text, 'mixed.yml'))).toEqual(shape(mixed));
  });

  it('round-trips: load, save, load gives the same dictionary', () => {
    const first = parseQuantedaYaml(formatQuantedaYaml(demo), 'demo.yml');
    expect(shape(first)).toEqual(shape(demo));
    const second = parseQuantedaYaml(formatQuantedaYaml(first), 'demo.yml');
    expect(second).toEqual(first);
    // lang and why do not survive YAML.
    expect(first.categories[0]!.entries[0]).toEqual({ pattern: 'threat*' });
  });

  it('groups a category under its first parent key, so the first round trip may reorder, the next ones not', () => {
    const interleaved = dictionary({
      name: 'interleaved',
      categories: [
        { key: 'a.x', entries: [{ pattern: 'x' }] },
        { key: 'b', entries: [{ pattern: 'y' }] },
        { key: 'a.y', entries: [{ pattern: 'z' }] },
      ],
    });
    const once = parseQuantedaYaml(formatQuantedaYaml(interleaved), 'i.yml');
    expect(once.categories.map((c) => c.key)).toEqual(['a.x', 'a.y', 'b']);
    expect(parseQuantedaYaml(formatQuantedaYaml(once), 'i.yml')).toEqual(once);
  });

  it('round-trips the built-in lexicon: same categories and patterns', () => {
    const back = parseQuantedaYaml(formatQuantedaYaml(securitizationLexicon), 'securitization.yml');
    expect(back.name).toBe('securitization');
    expect(shape(back)).toEqual(shape(securitizationLexicon));
  });
});
