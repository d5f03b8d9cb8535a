import type { Command } from '../command.js';
import { countCommand } from './count.js';
import { kwicCommand } from './kwic.js';

/** Every subcommand, in the order `--help` lists them. Add a command: one file, one line here. */
export const commands: readonly Command[] = [countCommand, kwicCommand];
