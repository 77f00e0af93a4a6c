/**
 * Writes a file beside its name and renames it when whole, as `ungcu export` does with its stream: a reader (a
 * calendar app, a spreadsheet) never opens half a file, and a failed write leaves nothing behind. False after
 * saying why on stderr, in both languages.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import type { CliIo } from './io';

export async function writeWhole(path: string, contents: Uint8Array | string, io: CliIo): Promise<boolean> {
  const partial = `${path}.partial`;
  try {
    await writeFile(partial, contents);
    await rename(partial, path);
    return true;
  } catch (error) {
    await rm(partial, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`Không ghi được tệp "${path}": ${reason} / Cannot write the file "${path}": ${reason}\n`);
    return false;
  }
}
