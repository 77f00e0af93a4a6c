/**
 * CSV out: csv-stringify writes the rows of a layout as they are produced, a few rows at a time, into chunks
 * of 64 KiB, so a large list streams. The file starts with a UTF-8 byte order mark (Excel needs it to read Vietnamese
 * text from a CSV). Two guards keep a hostile value from becoming a formula in a spreadsheet: every cell that
 * starts with = + - @, a tab or a carriage return gets a leading apostrophe (the importer removes it again),
 * and every cell holding a line break is quoted whatever the line end, so a value can never start a record of
 * its own. `#csv-stringify/sync` is csv-stringify's Node build under Node and its browser build in a browser
 * bundle (package.json `imports`). With `what: 'report'` it writes one table of the validation report
 * instead (report.ts).
 */
import type { Dataset } from '@ungcu/core';
import { type Exporter, type OutputCell, defineExporter } from '@ungcu/core/export';
import { type RuleColumn, exportLayout, formatDate, isDateCell, neutralizeFormula, rowsWithProgress } from '@ungcu/tabular';
import { stringify } from '#csv-stringify/sync';
import { type CsvExportOptions, csvReportTable } from './report';

export interface CsvExporterOptions {
  /** Write a UTF-8 byte order mark first. Default true. */
  readonly bom?: boolean;
  /** Field delimiter. Default ",". */
  readonly delimiter?: string;
  /** Line ending. Default "\r\n" (RFC 4180). */
  readonly eol?: '\r\n' | '\n';
  /**
   * In a report, the composition column each of an agency's own rules measures, by rule id (the rules of
   * @ungcu/rules-vn are known): its findings then name that column as failing rather than the whole row.
   */
  readonly reportRuleColumns?: Readonly<Record<string, RuleColumn>>;
}

/** Bytes handed on at a time: chunks are neither tiny nor large. */
const CHUNK_BYTES = 64 * 1024;
/**
 * Rows stringified at a time. Small on purpose: csv-stringify builds each record by concatenation and its sync
 * API joins the records of a call, so a large call keeps thousands of rope strings alive until one join
 * flattens them all. Measured on 100,000 official-list rows: 500 rows a call took 2.3 s of CPU, 50 rows 0.9 s,
 * no more than its stream takes for the same rows.
 */
const BATCH_ROWS = 32;

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
  // The synchronous stringify, a few rows at a time, encoded straight into the chunk being filled: the same
  // bytes as its stream, without a stream per file and without a large string ever being built.
  let bom = csvOptions.bom ?? true;
  let batch: string[][] = [headers.map(neutralizeFormula)];
  let chunk = new Uint8Array(CHUNK_BYTES);
  let used = 0;
  const ready: Uint8Array[] = [];
  const write = (): void => {
    let text = stringify(batch, bom ? { ...options, bom } : options);
    bom = false;
    batch = [];
    for (;;) {
      const { read, written } = encoder.encodeInto(text, chunk.subarray(used));
      used += written;
      if (read === text.length) break;
      // The chunk is full (encodeInto never splits a character): it is handed on, the rest goes to a new one.
      text = text.slice(read);
      ready.push(chunk.subarray(0, used));
      chunk = new Uint8Array(CHUNK_BYTES);
      used = 0;
    }
  };
  for (const row of rows) {
    batch.push(row.map(neutralizeFormula));
    if (batch.length < BATCH_ROWS) continue;
    write();
    while (ready.length > 0) yield ready.shift()!;
  }
  if (batch.length > 0) write();
  yield* ready;
  if (used > 0) yield chunk.subarray(0, used);
}

function* textRows(rows: Iterable<readonly OutputCell[]>): Iterable<string[]> {
  for (const row of rows) yield row.map(cellText);
}

export function csvExporter(csvOptions: CsvExporterOptions = {}): Exporter<CsvExportOptions> {
  return defineExporter<CsvExportOptions>({
    id: 'csv',
    mediaType: 'text/csv; charset=utf-8',
    extension: 'csv',
    contents: ['list', 'report'],
    async *stream(input: Dataset, options?: CsvExportOptions) {
      // defineExporter lets a report export through only with options.report set.
      if (options?.what === 'report' && options.report !== undefined) {
        const report = csvReportTable(options.report, options, csvOptions.reportRuleColumns);
        yield* writeCsvTable(report.headers, report.rows, csvOptions);
        return;
      }
      const table = exportLayout(options).encode(input);
      yield* writeCsvTable(table.headers, textRows(rowsWithProgress(table.rows, table.rowCount, options?.onProgress)), csvOptions);
    },
  });
}
