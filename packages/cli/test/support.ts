/** What the CLI tests share: captured output, and the CLI run in its own process. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../src/index';

export function capture(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

/**
 * The CLI in a child process, as a user's shell or two agencies' scripts run it. pg is CommonJS and loads in
 * plain Node, as it will for users (the test runner's module conditions are not Node's).
 */
export function cliProcess(
  args: readonly string[],
  cwd: string = fileURLToPath(new URL('..', import.meta.url)),
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const entry = JSON.stringify(new URL('../src/index.ts', import.meta.url).href);
  const script = `import(${entry}).then(async (cli) => { process.exitCode = await cli.run(${JSON.stringify(args)}); })`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@ungcu/source', '--input-type=module', '-e', script], { cwd });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}
