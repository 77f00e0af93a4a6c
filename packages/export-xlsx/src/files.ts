/**
 * Node helpers: read XLSX files from disk one at a time. A file over the size bound is not read at all: its
 * source throws the bound as it is opened, and the importer reports it as an 'input-limit' import error.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ImportOptions, ImportResult, ImportSource } from '@ungcu/core/export';
import { type XlsxImporterOptions, xlsxImporter } from './importer';
import { DEFAULT_XLSX_LIMITS, fileTooLarge } from './limits';

async function* fileBytes(path: string, size: number, max: number): AsyncIterable<Uint8Array> {
  if (size > max) throw fileTooLarge(size, max, true);
  yield new Uint8Array(await readFile(path));
}

/** Reads XLSX files into one dataset; errors name each file by the path given. */
export async function readXlsxFiles(
  paths: readonly string[],
  options: ImportOptions,
  xlsxOptions: XlsxImporterOptions = {},
): Promise<ImportResult> {
  const max = xlsxOptions.limits?.maxBytes ?? DEFAULT_XLSX_LIMITS.maxBytes;
  const sources: ImportSource[] = [];
  // A missing path is a fault of the call, refused before any file is read.
  for (const path of paths) sources.push({ name: path, data: fileBytes(path, (await stat(path)).size, max) });
  return xlsxImporter(xlsxOptions).read(sources, options);
}
