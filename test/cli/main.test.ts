import { describe, it, expect } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { VERSION } from '../../src/version.js';
import { cliIn } from '../support/cli.js';

const run = cliIn(process.cwd());

describe('main', () => {
  it('prints the overview listing every command on --help, -h and help (exit 0)', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const { code, stdout, stderr } = await run(flag);
      expect([code, stderr]).toEqual([0, '']);
      expect(stdout).toContain(`securitization ${VERSION}`);
      for (const command of commands) expect(stdout).toContain(`  ${command.name}`);
      expect(stdout).toContain('Exit codes: 0 ok, 1 bad input, 2 usage error.');
    }
  });

  it('prints the overview and exits 2 when no command is given', async () => {
    const { code, stdout } = await run();
    expect(code).toBe(2);
    expect(stdout).toContain('Usage: securitization <command>');
  });

  it('prints the version', async () => {
    expect(await run('--version')).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect((await run('-v')).stdout).toBe(`${VERSION}\n`);
  });

  it('exits 2 for an unknown command, naming it on stderr', async () => {
    const { code, stdout, stderr } = await run('counts', 'a.txt');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^securitization: unknown command "counts"/u);
  });

  it("prints each command's help and exits 0, even without its required options", async () => {
    for (const command of commands) {
      const { code, stdout } = await run(command.name, '--help');
      expect(code).toBe(0);
      expect(stdout.trimEnd()).toBe(command.help.trimEnd());
    }
  });

  it('exits 2 for an unknown option or an option without its value', async () => {
    for (const args of [['count', '--frobnicate'], ['count', 'a.txt', '--terms'], ['kwic', '-z']]) {
      const { code, stderr } = await run(...args);
      expect([args, code]).toEqual([args, 2]);
      expect(stderr).toContain(`Run \`securitization ${args[0]} --help\` for usage.`);
    }
  });
});
