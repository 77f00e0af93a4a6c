/**
 * CSV out: csv-stringify writes the rows of a layout as they are produced, a batch of about 64 KiB at a time,
 * so a large list streams. The file starts with a UTF-8 byte order mark (Excel needs it to read Vietnamese
 * text from a CSV). Two guards keep a hostile value from becoming a formula in a spreadsheet: every cell that
 * starts with = + - @, a tab or a carriage return gets a leading apostrophe (the importer removes it again),
 * and every cell holding a line break is quoted whatever the line end, so a value can never start a record of
 * its own. `#csv-stringify/sync` is csv-stringify's Node build under Node and its browser build in a browser
 * bundle (package.json `imports`).
 */
import type { Dataset } from '@ungcu/core';
import { type ExportOptions, type Exporter, type OutputCell, defineExporter } from '@ungcu/core/export';
import { exportLayout, formatDate, isDateCell, neutralizeFormula } from '@ungcu/tabular';
import { stringify } from '#csv-stringify/sync';

export interface CsvExporterOptions {
  /** Write a UTF-8 byte order mark first. Default true. */
  readonly bom?: boolean;
  /** Field delimiter. Default ",". */
  readonly delimiter?: string;
  /** Line ending. Default "\r\n" (RFC 4180). */
  readonly eol?: '\r\n' | '\n';
}

/** Text gathered before it is encoded and handed on: a few hundred rows, so chunks are neither tiny nor large. */
const CHUNK_CHARS = 64 * 1024;

/** A cell as text before the formula guard, which writeCsvTable applies: dates day first, as lists write them. */
function cellText(cell: OutputCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  if (isDateCell(cell)) return formatDate(cell.date);
  return cell;
}

/** A cell as the text written to the file, formula guard included. */
export function cellToCsv(cell: OutputCell): string {
  return neutralizeFormula(cellText(cell));
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
  const options = {
    delimiter: csvOptions.delimiter ?? ',',
    record_delimiter: csvOptions.eol === '\n' ? 'unix' : 'windows',
    // Spreadsheet programs end a record at a bare CR or LF too, so a cell "x\n=cmd" written unquoted under
    // CRLF would put a formula in column A: every cell holding either is quoted, whatever the line end.
    quote_record_delimiter: true,
  } as const;
  const encoder = new TextEncoder();
  // The synchronous stringify, a batch at a time: the same bytes as its stream, without a stream per file.
  let bom = csvOptions.bom ?? true;
  let batch: string[][] = [headers.map(neutralizeFormula)];
  let chars = 0;
  const flush = (): Uint8Array => {
    const text = stringify(batch, { ...options, bom });
    bom = false;
    batch = [];
    chars = 0;
    return encoder.encode(text);
  };
  for (const row of rows) {
    const cells = row.map(neutralizeFormula);
    batch.push(cells);
    for (const cell of cells) chars += cell.length + 1;
    if (chars >= CHUNK_CHARS) yield flush();
  }
  if (batch.length > 0) yield flush();
}

function* textRows(rows: Iterable<readonly OutputCell[]>): Iterable<string[]> {
  for (const row of rows) yield row.map(cellText);
}

export function csvExporter(csvOptions: CsvExporterOptions = {}): Exporter {
  return defineExporter({
    id: 'csv',
    mediaType: 'text/csv; charset=utf-8',
    extension: 'csv',
    async *stream(input: Dataset, options?: ExportOptions) {
      const table = exportLayout(options).encode(input);
      yield* writeCsvTable(table.headers, textRows(table.rows), csvOptions);
    },
  });
}
