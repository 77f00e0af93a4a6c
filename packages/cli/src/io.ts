/** Where the CLI writes. Injected so tests capture output without spawning a process. */
import type { ProgressStream } from './progress';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Where progress bars go (stderr); absent or not a terminal: no bar. */
  readonly progress?: ProgressStream;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progress: process.stderr,
};
