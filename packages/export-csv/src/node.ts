/**
 * @ungcu/export-csv/node: reading CSV files from disk, for Node. Kept off the main entry, which imports nothing
 * of Node so that the importer and exporter run in a browser too.
 */
import { createReadStream } from 'node:fs';
import type { ImportOptions, ImportResult } from '@ungcu/core/export';
import { type CsvImporterOptions, csvImporter } from './importer';

/** Reads CSV files (streamed from disk) into one dataset; errors name each file by the path given. */
export function readCsvFiles(
  paths: readonly string[],
  options: ImportOptions,
  csvOptions?: CsvImporterOptions,
): Promise<ImportResult> {
  return csvImporter(csvOptions).read(
    paths.map((path) => ({ name: path, data: createReadStream(path) as AsyncIterable<Uint8Array> })),
    options,
  );
}
