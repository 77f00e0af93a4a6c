/** Node helpers: read XLSX files from disk, checking their size before reading them. */
import { readFile, stat } from 'node:fs/promises';
import { InputLimitError } from '@ungcu/core/errors';
import type { ImportOptions, ImportResult } from '@ungcu/core/export';
import { type XlsxImporterOptions, xlsxImporter } from './importer';
import { DEFAULT_XLSX_LIMITS } from './limits';

/** Reads XLSX files into one dataset; errors name each file by the path given. */
export async function readXlsxFiles(
  paths: readonly string[],
  options?: ImportOptions,
  xlsxOptions: XlsxImporterOptions = {},
): Promise<ImportResult> {
  const max = xlsxOptions.limits?.maxBytes ?? DEFAULT_XLSX_LIMITS.maxBytes;
  const sources = [];
  for (const path of paths) {
    const { size } = await stat(path);
    if (size > max) {
      throw new InputLimitError(
        { vi: `${path}: nặng ${size} byte, vượt giới hạn ${max}.`, en: `${path}: ${size} bytes, over the limit of ${max}.` },
        { details: { file: path, bytes: size, limit: max } },
      );
    }
    sources.push({ name: path, data: new Uint8Array(await readFile(path)) });
  }
  return xlsxImporter(xlsxOptions).read(sources, options);
}
