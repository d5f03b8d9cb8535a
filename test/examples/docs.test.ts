// Keeps the user documentation in step with the code: every CLI command and option is in
// docs/cli.md, and the worked examples of the docs give the numbers they print.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { COMMON_OPTIONS } from '../../src/cli/command.js';
import { countTerms, countTokens, createDocument, kwic, matches, zeng2021Case } from '../../src/index.js';

const doc = (name: string): string => readFileSync(resolve(__dirname, '../../docs', name), 'utf8');

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
    expect(countTokens(createDocument(chinese))).toBe(11);
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
