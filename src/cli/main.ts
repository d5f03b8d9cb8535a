import { parseArgs } from 'node:util';
import { SecuritizationError } from '../errors.js';
import { VERSION } from '../version.js';
import { COMMON_OPTIONS, EXIT, UsageError, type CliIO, type Command } from './command.js';
import { commands } from './commands/index.js';

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `securitization ${VERSION}: auditable securitization analysis of policy texts`,
    '',
    'Usage: securitization <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `securitization <command> --help` for a command\'s options.',
    'Exit codes: 0 ok, 1 bad input, 2 usage error.',
    '',
  ].join('\n');
}

/**
 * Runs the command line `args` (without the node and script paths) and returns the exit code.
 * Never throws: errors go to `io.stderr`.
 */
export async function main(args: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`securitization: unknown command "${name}"\n\n${overview()}`);
    return EXIT.usage;
  }
  try {
    const parsed = parseArgs({
      args: [...rest],
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: command.positionals ?? false,
      strict: true,
    });
    if (parsed.values.help === true) {
      io.stdout(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
      return EXIT.ok;
    }
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`securitization ${name}: ${error.message}\nRun \`securitization ${name} --help\` for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof SecuritizationError) {
      io.stderr(`securitization ${name}: ${error.message}\n`);
      return error.code === 'INVALID_OPTION' ? EXIT.usage : EXIT.badInput;
    }
    throw error;
  }
}
