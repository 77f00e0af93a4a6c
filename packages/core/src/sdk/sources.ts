/**
 * Turns what a caller hands `importFiles()` into importer sources: bytes as they are, and file paths as
 * streams from disk. Paths need Node's fs, which core does not import (it runs in browsers): it is reached
 * through `process.getBuiltinModule` (Node ≥ 20.16) at call time, so no bundler sees a `node:` import.
 */
import { ConfigError } from '../errors/classes';
import { importError, type ImportError } from '../export/import-error';
import type { ImportSource } from '../export/ports';

/** A file path (Node only), bytes with a name for messages, or an importer source (bytes, text or a stream). */
export type FileInput = string | { readonly name: string; readonly bytes: Uint8Array } | ImportSource;

interface NodeFs {
  createReadStream(path: string): AsyncIterable<Uint8Array>;
  promises: { stat(path: string): Promise<{ isFile(): boolean; size: number }> };
}

function nodeFs(): NodeFs {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.('node:fs') as NodeFs | undefined;
  if (fs === undefined) {
    throw new ConfigError({
      en: 'File paths can only be read under Node.js 20.16 or later; elsewhere pass { name, bytes }',
      vi: 'Chỉ đọc được đường dẫn tệp khi chạy trên Node.js 20.16 trở lên; ở nơi khác hãy truyền { name, bytes }',
    });
  }
  return fs;
}

export function inputName(input: FileInput): string {
  return typeof input === 'string' ? input : input.name;
}

/** A source for the importer, or the error that says why the file cannot be opened (never thrown: bad input). */
export async function toSource(input: FileInput): Promise<ImportSource | ImportError> {
  if (typeof input !== 'string') return 'bytes' in input ? { name: input.name, data: input.bytes } : input;
  const fs = nodeFs();
  try {
    const stat = await fs.promises.stat(input);
    if (!stat.isFile()) return unreadable(input, 'EISDIR');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'EIO';
    return unreadable(input, code);
  }
  return { name: input, data: fs.createReadStream(input) };
}

function unreadable(file: string, code: string): ImportError {
  const why =
    code === 'ENOENT'
      ? { vi: 'không có tệp này', en: 'no such file' }
      : code === 'EACCES' || code === 'EPERM'
        ? { vi: 'không có quyền đọc tệp', en: 'no permission to read the file' }
        : code === 'EISDIR'
          ? { vi: 'đây là thư mục, không phải tệp', en: 'this is a folder, not a file' }
          : { vi: `không mở được tệp (${code})`, en: `cannot open the file (${code})` };
  return importError({ file, row: 0 }, 'unreadable-file', why);
}

/** The whole text of a source (for JSON, which is read in one piece). */
export async function textOf(source: ImportSource): Promise<string> {
  const { data } = source;
  if (typeof data === 'string') return data;
  if (data instanceof Uint8Array) return new TextDecoder('utf-8').decode(data);
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of data) {
    parts.push(chunk);
    length += chunk.length;
  }
  const all = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return new TextDecoder('utf-8').decode(all);
}
