import type { Command } from '../command.js';
import { countCommand } from './count.js';
import { kwicCommand } from './kwic.js';
import { reproduceCommand } from './reproduce.js';
import { demoCommand } from './demo.js';
import { reportCommand } from './report.js';

/** Every subcommand, in the order `--help` lists them. Add a command: one file, one line here. */
export const commands: readonly Command[] = [countCommand, kwicCommand, reportCommand, reproduceCommand, demoCommand];
