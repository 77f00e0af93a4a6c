/**
 * CSV out: csv-stringify writes the rows of a layout as they are produced, so a large list streams. The file
 * starts with a UTF-8 byte order mark (Excel needs it to read Vietnamese text from a CSV). Two guards keep a
 * hostile value from becoming a formula in a spreadsheet: every cell that starts with = + - @, a tab or a
 * carriage return gets a leading apostrophe (the importer removes it again), and every cell holding a line
 * break is quoted whatever the line end, so a value can never start a record of its own.
 */
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import { type Dataset } from '@ungcu/core';
import {
  type ExportOptions,
  type Exporter,
  type OutputCell,
  formatDate,
  isDateCell,
  layoutById,
  neutralizeFormula,
} from '@ungcu/core/export';
import { join } from './start';

export interface CsvExporterOptions {
  /** Write a UTF-8 byte order mark first. Default true. */
  readonly bom?: boolean;
  /** Field delimiter. Default ",". */
  readonly delimiter?: string;
  /** Line ending. Default "\r\n" (RFC 4180). */
  readonly eol?: '\r\n' | '\n';
}

/** A cell as the text written to the file, formula guard included. */
export function cellToCsv(cell: OutputCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  if (isDateCell(cell)) return formatDate(cell.date);
  return neutralizeFormula(cell);
}

/**
 * Writes a header and rows of cell texts as CSV chunks. Every cell, the header's included, goes through the
 * formula guard here, so no caller can skip it.
 */
export async function* writeCsvTable(
  headers: readonly string[],
  rows: Iterable<readonly string[]>,
  csvOptions: CsvExporterOptions = {},
): AsyncIterable<Uint8Array> {
  const stringifier = stringify({
    bom: csvOptions.bom ?? true,
    delimiter: csvOptions.delimiter ?? ',',
    record_delimiter: csvOptions.eol === '\n' ? 'unix' : 'windows',
    // csv-stringify quotes only the chosen line end once one is chosen; spreadsheet programs end a record at
    // a bare CR or LF too, so a cell "x\n=cmd" written unquoted under CRLF would put a formula in column A.
    quote_record_delimiter: true,
  });
  const writing = (async () => {
    try {
      if (!stringifier.write(headers.map(neutralizeFormula))) await once(stringifier, 'drain');
      for (const row of rows) {
        if (!stringifier.write(row.map(neutralizeFormula))) await once(stringifier, 'drain');
      }
      stringifier.end();
    } catch (error) {
      stringifier.destroy(error as Error);
    }
  })();
  for await (const chunk of stringifier as AsyncIterable<Buffer | string>) {
    yield typeof chunk === 'string' ? new TextEncoder().encode(chunk) : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
  await writing;
}

/** A cell as text before the formula guard, which writeCsvTable applies. */
function cellText(cell: OutputCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  if (isDateCell(cell)) return formatDate(cell.date);
  return cell;
}

function* textRows(rows: Iterable<readonly OutputCell[]>): Iterable<string[]> {
  for (const row of rows) yield row.map(cellText);
}

export function csvExporter(csvOptions: CsvExporterOptions = {}): Exporter {
  async function* stream(input: Dataset, options: ExportOptions = {}): AsyncIterable<Uint8Array> {
    const table = layoutById(options.layout ?? 'official-list').encode(input);
    yield* writeCsvTable(table.headers, textRows(table.rows), csvOptions);
  }

  return {
    id: 'csv',
    mediaType: 'text/csv; charset=utf-8',
    extension: 'csv',
    stream,
    async write(input, options) {
      const parts: Uint8Array[] = [];
      let length = 0;
      for await (const chunk of stream(input, options)) {
        parts.push(chunk);
        length += chunk.byteLength;
      }
      return join(parts, length);
    },
  };
}
