import type { Command } from '../command.js';
import { countCommand } from './count.js';
import { kwicCommand } from './kwic.js';
import { reproduceCommand } from './reproduce.js';
import { demoCommand } from './demo.js';
import { reportCommand } from './report.js';
import { scoreCommand } from './score.js';
import { movesCommand } from './moves.js';
import { evalCommand } from './eval.js';
import { tableCommand } from './table.js';
import { trendCommand } from './trend.js';
import { keynessCommand } from './keyness.js';
import { collocationsCommand } from './collocations.js';

/** Every subcommand, in the order `--help` lists them. Add a command: one file, one line here. */
export const commands: readonly Command[] = [countCommand, kwicCommand, tableCommand, trendCommand, keynessCommand, collocationsCommand, reportCommand, reproduceCommand, demoCommand, scoreCommand, movesCommand, evalCommand];
