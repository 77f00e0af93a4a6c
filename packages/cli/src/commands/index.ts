import type { Command } from 'commander';
import type { CliIo } from '../io';
import { registerApportion } from './apportion';
import { registerCalendar } from './calendar';
import { registerExport } from './export';
import { registerImport } from './import';
import { registerPlan } from './plan';
import { registerReport } from './report';
import { registerValidate } from './validate';

/**
 * A command registers itself on the program. Each capability of the SDK adds one module in this folder
 * and one line to COMMANDS, so every command is built and tested on its own.
 */
export type RegisterCommand = (program: Command, io: CliIo, exit: (code: number) => void) => void;

export const COMMANDS: readonly RegisterCommand[] = [
  registerValidate,
  registerCalendar,
  registerImport,
  registerExport,
  registerApportion,
  registerPlan,
  registerReport,
];
