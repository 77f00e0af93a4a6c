/**
 * CSV in: csv-parse reads each source as a stream (a 100,000-row file is never held as one string), and every
 * record goes to the core import engine, which decodes it with the layout its header row matches.
 */
import { once } from 'node:events';
import { type CsvError, parse } from 'csv-parse';
import {
  type ImportOptions,
  type ImportResult,
  type ImportSource,
  type Importer,
  TableImport,
  restoreFormula,
} from '@ungcu/core/export';
import { chunksOf, toArray } from './chunks';

export interface CsvImporterOptions {
  /** Field delimiter. Default ",". */
  readonly delimiter?: string;
}

export function csvImporter(csvOptions: CsvImporterOptions = {}): Importer {
  return {
    id: 'csv',
    async read(input: ImportSource | readonly ImportSource[], options: ImportOptions = {}): Promise<ImportResult> {
      const engine = new TableImport(options);
      for (const source of toArray(input)) await readSource(engine, source, csvOptions);
      return engine.finish();
    },
  };
}

async function readSource(engine: TableImport, source: ImportSource, csvOptions: CsvImporterOptions): Promise<void> {
  const sheet = engine.beginSheet(source.name);
  const parser = parse({
    bom: true,
    delimiter: csvOptions.delimiter ?? ',',
    relax_column_count: true,
    skip_empty_lines: false,
  });
  // Feeding runs beside the loop below, which drains the parser; awaiting 'drain' keeps memory bounded.
  const feeding = (async () => {
    try {
      for await (const chunk of chunksOf(source.data)) {
        if (!parser.write(chunk)) await once(parser, 'drain');
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      // Cells written by a formula-safe exporter carry a leading apostrophe; spreadsheet programs drop it too.
      sheet.row(record.map(restoreFormula), row);
    }
  } catch (error) {
    // csv-parse counts the records it completed; the one it stopped in is the next row.
    const records = (error as Partial<CsvError> & { records?: number }).records;
    const at = (typeof records === 'number' ? Math.max(records, row) : row) + 1;
    const detail = error instanceof Error ? error.message : String(error);
    engine.fileError(
      source.name,
      'unreadable-file',
      {
        vi: `Không đọc được tệp CSV từ dòng ${at}: ${detail}`,
        en: `Cannot read the CSV file from row ${at} on: ${detail}`,
      },
      { row: at },
    );
  }
  await feeding;
}
