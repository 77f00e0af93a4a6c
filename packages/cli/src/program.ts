import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index';
import { HELP_CONFIGURATION, translateFrameworkError } from './framework-text';
import { type CliIo, processIo } from './io';
import { cliVersion } from './version';

/** Exit codes every command shares: 0 ok, 1 the data broke a rule, 2 the input or the call was wrong. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * Builds the `ungcu` program. Each capability of the SDK adds its command here as it lands, so everything
 * can be run from a terminal. Help is bilingual: agencies read Vietnamese, integrators often English.
 */
export function createProgram(io: CliIo, exit: (code: number) => void = () => {}): Command {
  const program = new Command('ungcu')
    .description(
      'Chuẩn bị nhân sự ứng cử đại biểu Quốc hội và Hội đồng nhân dân.\n' +
        "Prepare nominations for Vietnam's National Assembly and People's Councils.",
    )
    .version(cliVersion(), '-v, --version', 'In phiên bản / print the version')
    .helpOption('-h, --help', 'Hướng dẫn / show help')
    .helpCommand('help [command]', 'Hướng dẫn về một lệnh / show help for a command')
    .configureHelp(HELP_CONFIGURATION)
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(translateFrameworkError(text)),
    })
    .exitOverride()
    .showHelpAfterError();
  for (const register of COMMANDS) register(program, io, exit);
  program.addHelpText(
    'after',
    '\nTài liệu / docs: https://github.com/ungcu/ungcu/tree/main/docs',
  );
  return program;
}

/** Runs the CLI with the given arguments (without "node" and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  // A command reports its outcome (0, 1 or 2) through `exit`; commander itself never ends the process.
  let code: number = EXIT.ok;
  const program = createProgram(io, (c) => void (code = c));
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT.ok;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through exitOverride with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
}
