// Keeps the user documentation in step with the code: every CLI command and option is in
// docs/cli.md, and the worked examples of the docs give the numbers they print.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { COMMON_OPTIONS } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import {
  chiSquareP,
  countDictionary,
  countTerms,
  countTokens,
  createDocument,
  dfm,
  dfmGroup,
  findMoves,
  isCountedToken,
  kwic,
  labelSentences,
  matches,
  profile,
  securitizationLexicon,
  segment,
  termTrend,
  textstatCollocates,
  textstatCollocations,
  textstatKeyness,
  zeng2021Case,
  type Document,
} from '../../src/index.js';
import { loadDocument } from '../../src/node/loadDocuments.js';
import { corpusFile, describeCorpus } from '../support/shared.js';

const doc = (name: string): string => readFileSync(resolve(__dirname, '../../docs', name), 'utf8');
/** Whether a page says `phrase`, line breaks and runs of spaces in either taken as one space. */
const says = (name: string, phrase: string): boolean => doc(name).replace(/\s+/g, ' ').includes(phrase.replace(/\s+/g, ' '));

/** The text of the section `## \`name\`` of docs/cli.md, up to the next `## `. */
function section(markdown: string, name: string): string | undefined {
  const start = markdown.indexOf(`\n## \`${name}\`\n`);
  if (start < 0) return undefined;
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('docs/cli.md', () => {
  const cli = doc('cli.md');

  it.each(commands.map((c) => [c.name, c] as const))('documents `%s` with every option', (name, command) => {
    const text = section(cli, name);
    expect(text, `docs/cli.md has no section "## \`${name}\`"`).toBeDefined();
    for (const [option, spec] of Object.entries(command.options)) {
      expect(text, `--${option} of ${name}`).toContain(`\`--${option}`);
      if ('short' in spec && spec.short !== undefined) expect(text, `-${spec.short} of ${name}`).toContain(`\`-${spec.short}\``);
    }
  });

  it('documents the common options and the exit codes', () => {
    for (const option of Object.keys(COMMON_OPTIONS)) expect(cli).toContain(`\`--${option}`);
    for (const code of ['| 0 |', '| 1 |', '| 2 |']) expect(cli).toContain(code);
  });
});

describe('worked examples of the docs', () => {
  it('counting-rules: the nesting example', () => {
    const text = 'National security and cyber security are both security matters.';
    const terms = ['security', 'national security', 'cyber security'];
    const inclusive = countTerms([text], terms).map((r) => r.count);
    const exclusive = countTerms([text], terms, { nested: 'exclusive' }).map((r) => r.count);
    expect([inclusive, exclusive]).toEqual([[3, 1, 1], [1, 1, 1]]);
    // The spans the page lists, checked against the text itself.
    const spans = matches([text], terms).map((r) => [r.term, r.start, r.end]);
    expect(spans).toEqual([['national security', 0, 17], ['security', 9, 17], ['cyber security', 22, 36], ['security', 28, 36], ['security', 46, 54]]);
    expect(countTokens(createDocument(text))).toBe(9);
    expect(doc('counting-rules.md')).toContain('| security | 3 | 1 |');
  });

  it('counting-rules: words, variants, Chinese and spans', () => {
    const hostile = "Security, securities, SECURITY's role, securitization, insecurity, cyber–security (en dash), ＳＥＣＵＲＩＴＹ, secu\u00ADrity.";
    expect(countTerms([hostile], ['security', 'secur*']).map((r) => r.count)).toEqual([5, 7]);
    const variants = 'Cyber security, cyber-security and cybersecurity: three spellings. Cyber\nsecurity too.';
    expect(countTerms([variants], [{ label: 'all', pattern: 'cyber security | cyber-security | cybersecurity' }, 'cyber security', 'security', 'cyber*']).map((r) => r.count)).toEqual([4, 2, 3, 4]);
    const chinese = '维护国家安全和网络安全。國家安全是頭等大事。';
    expect(countTerms([chinese], ['安全', '国家安全', '國家安全', '网络安全']).map((r) => r.count)).toEqual([3, 2, 2, 1]);
    expect(countTokens(createDocument(chinese))).toBe(9);
    const emoji = '🙂 National security, 2025: the U.S. plan — AI-driven security!';
    expect(matches([emoji], 'security').map((r) => [r.start, r.end])).toEqual([[12, 20], [54, 62]]);
    expect(countTokens(createDocument(emoji))).toBe(9);
  });

  it('getting-started: the first count and KWIC', () => {
    const docs = [{ id: 'plan', text: 'We must safeguard national security in the new era.' }];
    expect(countTerms(docs, ['security', 'national security']).map((r) => [r.count, r.tokens])).toEqual([[1, 9], [1, 9]]);
    expect(kwic(docs, 'national security', { window: 2 })).toEqual([
      { docId: 'plan', start: 18, end: 35, pre: 'must safeguard', keyword: 'national security', post: 'in the' },
    ]);
  });

  it('framework: Zeng (2021) Table 1 as the page states it', () => {
    expect(zeng2021Case.audiences.map((a) => a.kind)).toEqual(['subnational-government', 'market', 'expert', 'public']);
    expect(zeng2021Case.conditions.every((c) => c.kind === 'external')).toBe(true);
    expect(zeng2021Case.outcome).toBe('ongoing');
    expect(doc('framework.md')).toContain(zeng2021Case.source!.doi!);
  });
});

// ---------------------------------------------------------------------------------------------
// The console examples of docs/cli.md and docs/getting-started.md, run on the made-up files the
// pages describe; output compared line by line (trailing spaces ignored).

/** Splits a shell command line on spaces, honouring double quotes ("" is an empty argument). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let current: string | null = null;
  let quoted = false;
  for (const char of line) {
    if (char === '"') {
      quoted = !quoted;
      current ??= '';
    } else if (char === ' ' && !quoted) {
      if (current !== null) words.push(current);
      current = null;
    } else {
      current = (current ?? '') + char;
    }
  }
  if (current !== null) words.push(current);
  return words;
}

interface ConsoleExample {
  readonly args: string[];
  readonly expected: string;
  readonly exit: number;
}

/** Every `$ securitization …` command of the ```console blocks of a page, with the lines after it. */
function consoleExamples(markdown: string): ConsoleExample[] {
  const examples: ConsoleExample[] = [];
  for (const block of markdown.matchAll(/```console\n([\s\S]*?)```/g)) {
    let current: { args: string[]; lines: string[] } | undefined;
    const flush = (): void => {
      if (current === undefined) return;
      const text = current.lines.join('\n');
      const exit = /\(exit (\d+)\)/.exec(text);
      const expected = text.replace(/\s*\(exit \d+\)/g, '').replace(/\s+$/, '');
      examples.push({ args: current.args, expected, exit: exit === null ? 0 : Number(exit[1]) });
    };
    for (const line of block[1]!.split('\n')) {
      if (line.startsWith('$ securitization ')) {
        flush();
        current = { args: shellWords(line.slice('$ securitization '.length)), lines: [] };
      } else {
        current?.lines.push(line);
      }
    }
    flush();
  }
  return examples;
}

describe('console examples of the docs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'securitization-docs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // The made-up files of docs/cli.md ("The examples below use two made-up files …").
  writeFileSync(join(dir, 'memo.txt'), 'National security and cyber security are both security matters.');
  writeFileSync(join(dir, 'note.txt'), '维护国家安全和网络安全。');
  writeFileSync(join(dir, 'meta.csv'), 'file,year,issuer\nmemo.txt,2017,Sample Ministry\nnote.txt,2025,Sample Office\n');

  const run = async (args: readonly string[]): Promise<{ output: string; exit: number }> => {
    let output = '';
    const write = (text: string): void => {
      output += text;
    };
    const exit = await main(args, { stdout: write, stderr: write, interactive: false, cwd: dir });
    return { output: output.split(dir).join('/tmp/gs'), exit };
  };
  const tidy = (text: string): string =>
    text
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim();

  for (const page of ['cli.md', 'getting-started.md']) {
    const examples = consoleExamples(doc(page));
    it(`${page} has console examples`, () => {
      expect(examples.length).toBeGreaterThanOrEqual(page === 'cli.md' ? 8 : 2);
    });
    it.each(examples.map((e) => [e.args.join(' '), e] as const))(`${page}: securitization %s`, async (_, example) => {
      const { output, exit } = await run(example.args);
      expect(exit).toBe(example.exit);
      expect(tidy(output)).toBe(tidy(example.expected));
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Numbers added to the pages: the statements of counting-rules.md, statistics.md, scoring.md.

describe('counting-rules: words, tokens and line breaks', () => {
  const spans = (text: string, pattern: string): number[][] => matches([text], pattern).map((r) => [r.start, r.end]);

  it('underscores, variation selectors and keycaps end a word', () => {
    expect(spans('cyber_security', 'security')).toEqual([[6, 14]]);
    // 🛡 is two UTF-16 units, U+FE0F one: the word starts at 3.
    expect(spans('\u{1F6E1}\uFE0Fsecurity', 'security')).toEqual([[3, 11]]);
    expect(spans('5\uFE0F\u20E3security', 'security')).toEqual([[3, 11]]);
    // A combining mark that is not one of those stays part of the word.
    expect(spans('secu\u0301rity', 'security')).toEqual([]);
    expect(says('counting-rules.md', '`🛡️security` and `5️⃣security` still contain the word `security` (at [3, 11))')).toBe(true);
  });

  it('a Chinese term broken by whitespace is matched by the pattern with a space only', () => {
    const text = '国家安全。国家\n安全。国家 安全。';
    const counts = countTerms([text], ['国家安全', '国家 安全', { label: 'both', pattern: '国家安全 | 国家 安全' }]).map((r) => r.count);
    // Independent count: the plain substring, and the substring with a whitespace run inside.
    expect(counts).toEqual([text.split('国家安全').length - 1, text.match(/国家\s+安全/g)!.length, text.match(/国家\s*安全/g)!.length]);
    expect(counts).toEqual([1, 2, 3]);
    expect(says('counting-rules.md', 'the pattern `国家安全` counts 1, `国家 安全` counts 2, and the variants `国家安全 | 国家 安全` count 3')).toBe(true);
  });

  it('hyphenated words: one token after a kept prefix or with a digit, else two', () => {
    const tokens = (word: string): number => countTokens(createDocument(word));
    const winkTokens = (word: string): string[] => segment(createDocument(word)).tokens.filter(isCountedToken).map((t) => t.text);
    for (const word of ['cyber-security', 'multi-intelligent', 'counter-terrorism', 'non-state', 'COVID-19']) {
      expect([word, tokens(word), winkTokens(word)]).toEqual([word, 1, [word]]);
    }
    expect(winkTokens('AI-driven')).toEqual(['AI', 'driven']);
    expect(winkTokens('state-owned')).toEqual(['state', 'owned']);
    expect(winkTokens('well-being')).toEqual(['well', 'being']);
    expect(winkTokens("China's")).toEqual(['China', "'s"]);
    expect(winkTokens('cannot')).toEqual(['can', 'not']);
    expect([tokens('5G'), tokens('U.S.'), tokens('e.g.'), tokens('R&D')]).toEqual([2, 1, 1, 1]);
    for (const word of ['AI-driven', 'state-owned', 'well-being', "China's", 'cannot']) expect(tokens(word)).toBe(2);
  });
});

/** The corpus texts as the docs count them: `#` header and `---` separator lines blanked. */
const notText = (line: string): boolean => line.startsWith('#') || line.trim() === '---';
const load = (name: string): Promise<Document> => loadDocument(corpusFile(name), { ignoreLine: notText });
const PLAN = '2017-ngaidp.en.txt';
const US = '2025-us-americas-ai-action-plan.en.txt';
const CORPUS_NAMES = [PLAN, '2025-china-ai-plus-opinions.en.txt', US, '2017-ngaidp.zh.excerpts.txt', '2017-ngaidp.zh-hant.excerpt.txt'];
const thousands = (n: number): string => n.toLocaleString('en-US');

describeCorpus('token counts the docs give', () => {
  it('counting-rules and lexicon: countTokens agrees with wink-nlp on the English texts, and the lexicon table gives the counts', async () => {
    const docs = await Promise.all(CORPUS_NAMES.map(load));
    const counted = docs.map(countTokens);
    // The English texts, independently through wink-nlp (segment).
    for (const d of docs.slice(0, 3)) expect(countTokens(d)).toBe(segment(d).tokens.filter(isCountedToken).length);
    expect(counted.slice(0, 3)).toEqual([11_813, 3_067, 8_621]);
    expect(says('counting-rules.md', `(${thousands(counted[0]!)} tokens for the 2017 plan, ${thousands(counted[1]!)} for the AI+ Opinions, ${thousands(counted[2]!)} for the US Action Plan)`)).toBe(true);
    expect(doc('lexicon.md')).toContain(`| tokens | ${counted.map(thousands).join(' | ')} |`);
    // What the header and separator lines of the Chinese files would add, read without ignoreLine.
    const [rawHant, rawZh] = await Promise.all([loadDocument(corpusFile(CORPUS_NAMES[4]!)), loadDocument(corpusFile(CORPUS_NAMES[3]!))]);
    const [hant, zh] = [countTokens(rawHant), countTokens(rawZh)];
    expect(
      says('lexicon.md', `add ${hant - counted[4]!} tokens to the traditional-script excerpt (${hant} instead of ${counted[4]}) and ${zh - counted[3]!} to the simplified excerpts (${zh} instead of ${counted[3]})`),
    ).toBe(true);
    // Each category row of the lexicon table: inclusive / exclusive counts per text.
    const inclusive = countDictionary(docs, securitizationLexicon);
    const exclusive = countDictionary(docs, securitizationLexicon, { nested: 'exclusive' });
    for (const category of securitizationLexicon.categories) {
      const cells = docs.map((d) => {
        const pick = (rows: typeof inclusive): number => rows.find((r) => r.docId === d.id && r.category === category.key)!.count;
        return `${pick(inclusive)} / ${pick(exclusive)}`;
      });
      expect(doc('lexicon.md')).toContain(`| \`${category.key}\` | ${cells.join(' | ')} |`);
    }
  });
});

describe('statistics: worked examples', () => {
  it('dfmGroup and termTrend tables', () => {
    const docs = [
      { id: 'a', text: 'Security matters.', meta: { country: 'CN' } },
      { id: 'b', text: 'Safety matters.', meta: { country: 'US' } },
      { id: 'c', text: 'Security first.', meta: {} },
    ];
    const grouped = dfmGroup(dfm(docs, { select: ['security'] }), docs.map((d) => createDocument(d)), 'country');
    expect(grouped.map((r) => [r.group, r.count, r.tokens, r.per10k])).toEqual([['CN', 1, 2, 5000], ['US', 0, 2, 0], [null, 1, 2, 5000]]);
    expect(grouped.ungrouped).toEqual([{ docId: 'c', reason: 'no docvar "country"' }]);
    const trend = termTrend(
      [
        { id: 'd16', text: 'Development, development and innovation.', meta: { year: 2016 } },
        { id: 'd17a', text: 'Security and national security matter.', meta: { year: 2017 } },
        { id: 'd17b', text: 'Security first.', meta: { year: 2017 } },
      ],
      ['security'],
    );
    expect(trend.map((r) => [r.period, r.count, r.tokens, r.documents])).toEqual([[2016, 0, 4, 1], [2017, 3, 7, 2]]);
    expect(trend[1]!.per10k).toBeCloseTo((3 / 7) * 10_000, 9);
    expect(doc('statistics.md')).toContain('|   2017 | security |     3 |      7 | 4285.7 |         2 |');
  });

  it('the critical values of chi-squared with one degree of freedom', () => {
    // Each value is the smallest four-decimal number whose p is below the level.
    for (const [value, level] of [[3.8415, 0.05], [6.6349, 0.01], [10.8276, 0.001], [15.1368, 0.0001]] as const) {
      expect(chiSquareP(value)).toBeLessThan(level);
      expect(chiSquareP(value - 0.0001)).toBeGreaterThan(level);
      expect(says('statistics.md', `≥ ${value} for p < ${level}`)).toBe(true);
    }
    expect(chiSquareP(15.1368)).toBeLessThan(0.0001);
    expect(chiSquareP(15.1367)).toBeGreaterThan(0.0001);
    expect(chiSquareP(15.13)).toBeGreaterThan(0.0001);
    expect(chiSquareP(15.13).toFixed(6)).toBe('0.000100');
  });
});

describeCorpus('statistics: the corpus examples', () => {
  /** G² over the four cells of the 2×2 table, divided by Williams' q: written here from the formulas of the page. */
  function g2Table(a: number, b: number, n1: number, n2: number): { g2: number; q: number; signed: number } {
    const n = n1 + n2;
    const r1 = a + b;
    const r2 = n - r1;
    const cells = [
      [a, (r1 * n1) / n],
      [b, (r1 * n2) / n],
      [n1 - a, (r2 * n1) / n],
      [n2 - b, (r2 * n2) / n],
    ] as const;
    const g2 = 2 * cells.reduce((sum, [o, e]) => sum + (o === 0 ? 0 : o * Math.log(o / e)), 0);
    const q = 1 + ((n / r1 + n / r2 - 1) * (n / n1 + n / n2 - 1)) / (6 * n);
    return { g2, q, signed: (a * n2 >= b * n1 ? 1 : -1) * (g2 / q) };
  }
  const hardie = (a: number, b: number, n1: number, n2: number): number => Math.log2((Math.max(a, 0.5) / n1) / (Math.max(b, 0.5) / n2));

  it('keyness, 2017 plan against the US plan: the table of the page', async () => {
    const [plan, us] = await Promise.all([load(PLAN), load(US)]);
    const [n1, n2] = [countTokens(plan), countTokens(us)];
    const rows = textstatKeyness([plan], [us]);
    const page = doc('statistics.md');
    const section = page.slice(page.indexOf('### On the corpus: the 2017 plan'), page.indexOf('### References for tables'));
    expect(section).toContain(`${thousands(n1)} tokens`);
    expect(section).toContain(`${thousands(n2)} tokens`);
    expect(section).toContain(`${thousands(rows.length)} features`);
    const table = [...section.matchAll(/^\| ([a-z.]+) +\| (\d+) +\| (\d+) +\| ([\d.]+) +\| ([\d.]+) \|$/gm)].map((m) => m.slice(1));
    expect(table).toHaveLength(10);
    table.forEach(([feature, a, b, g2, ratio], i) => {
      const row = rows[i]!;
      expect([row.feature, row.targetCount, row.referenceCount]).toEqual([feature, Number(a), Number(b)]);
      expect(row.g2.toFixed(2)).toBe(g2);
      expect(row.logRatio!.toFixed(2)).toBe(ratio);
      // The page's formulas, computed here independently.
      expect(g2Table(row.targetCount, row.referenceCount, n1, n2).signed).toBeCloseTo(row.g2, 9);
      expect(hardie(row.targetCount, row.referenceCount, n1, n2)).toBeCloseTo(row.logRatio!, 9);
    });
    // The hand check of the first row.
    const first = g2Table(rows[0]!.targetCount, rows[0]!.referenceCount, n1, n2);
    expect(says('statistics.md', `G² over the four cells is ${first.g2.toFixed(2)}, Williams' q = ${first.q.toFixed(4)}, and ${first.g2.toFixed(2)} / ${first.q.toFixed(4)} = ${rows[0]!.g2.toFixed(2)} (p ≈ 1.1 × 10⁻³⁰)`)).toBe(true);
    expect(rows[0]!.p.toExponential(1)).toBe('1.1e-30');
    // The other end, in the order the page lists it.
    const last = rows.slice(-8).reverse();
    expect(last.map((r) => r.feature)).toEqual(['by', 'doc', 'federal', 'led', 'that', 'to', 'this', 'american']);
    expect([last[0]!.targetCount, last[0]!.referenceCount, last[0]!.g2.toFixed(2)]).toEqual([14, 91, '-89.95']);
    expect(says('statistics.md', '`by` (14 vs 91, G² −89.95), `doc` (0 vs 50')).toBe(true);
    // The bullet sign is punctuation: 103 in the US plan, no feature.
    expect(segment(us).tokens.filter((t) => t.text === '•').map((t) => t.kind)).toEqual(Array(103).fill('punctuation'));
    expect(rows.some((r) => r.feature === '•')).toBe(false);
  });

  it('collocates of "security" and multi-word expressions in the 2017 plan', async () => {
    const plan = await load(PLAN);
    const rows = textstatCollocates([plan], 'security');
    const top = rows[0]!;
    expect([top.collocate, top.observed, top.nodeCount, top.windowTokens, top.corpusTokens, rows.length]).toEqual(['national', 10, 34, 327, 11_813, 163]);
    expect([top.expected.toFixed(2), top.ll.toFixed(2)]).toEqual(['1.27', '25.83']);
    expect(rows.slice(0, 10).map((r) => r.collocate)).toEqual(['national', 'evaluation', 'protect', 'privacy', 'protection', 'algorithms', 'detection', 'elevation', 'protecting', 'assessment']);
    expect(says('statistics.md', 'N = 11,813 counted tokens), node `security`, L5–R5: 34 hits, R1 = 327 window slots, 163 collocates; top collocates by `ll`: national (O = 10, E = 1.27, ll = 25.83)')).toBe(true);
    const mwe = textstatCollocations([plan], { size: 2, minCount: 2 });
    expect(mwe.length).toBe(1_325);
    expect(mwe.slice(0, 10).map((r) => r.collocation)).toEqual(['of ai', 'a new', 'other such', 'development of', 'focus on', 'such as', "china 's", 'new generation', 'research and', 'autonomous unmanned']);
    expect(says('statistics.md', 'On the 2017 plan, size 2, minCount 2: 1,325 expressions')).toBe(true);
  });
});

describe('scoring: the worked examples', () => {
  it('§5: the four-sentence profile scores 0.74', () => {
    const text =
      'Hostile states threaten our national security. We must harden the power grid urgently. The ministry also funds new museums in the capital. Terrorist groups have attacked buses in our cities.';
    expect(says('scoring.md', `Worked example (made up): "${text}" — 4 sentences, 30 tokens`)).toBe(true);
    expect(says('scoring.md', 'Score = 0.35 + 0.20 + 0.15 + 0 + 0.04 = 0.74')).toBe(true);
    const p = profile(text);
    expect([p.indicators!.sentences, p.indicators!.tokens]).toEqual([4, 30]);
    const component = Object.fromEntries(p.components.map((c) => [c.name, c]));
    expect(component.securitizing_share!.value).toBe(2 / 4);
    expect(component.security_density!.value).toBeCloseTo((2 / 30) * 10_000, 9);
    expect(component.threat_urgency_density!.value).toBeCloseTo(((3 + 1) / 30) * 10_000, 9);
    expect(component.security_request_share!.value).toBe(0);
    expect(component.referents!.value).toBe(2);
    // By the formula of the page: 0.35 + 0.20 + 0.15 + 0 + 0.1 × 2/5.
    expect(p.score).toBeCloseTo(0.35 + 0.2 + 0.15 + 0 + 0.1 * (2 / 5), 12);
  });

  it('§4: a securitizing sentence without a speech act, alone, gives no move; with a request after it, one', () => {
    const meta = 'This plan treats space security as a domain of national interest.';
    expect(says('scoring.md', `"${meta}") standing alone is securitizing in \`labelSentences\` but yields no move`)).toBe(true);
    const [row] = labelSentences(meta);
    expect([row!.securitizing, row!.acts.length]).toEqual([true, 0]);
    expect(findMoves(`${meta}\n\nThe ministry also funds new museums in the capital.`)).toEqual([]);
    const joined = findMoves(`${meta} We must fund new museums.`);
    expect(joined.map((m) => [m.firstSentence, m.lastSentence, m.move.speechActs.map((a) => a.kind)])).toEqual([[0, 1, ['request']]]);
  });
});
