/**
 * CSV out: csv-stringify writes the rows of a layout as they are produced, so a large list streams. The file
 * starts with a UTF-8 byte order mark (Excel needs it to read Vietnamese text from a CSV), and any cell that
 * starts with = + - @, a tab or a carriage return gets a leading apostrophe so spreadsheet programs never run
 * it as a formula (the importer removes it again).
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

export interface CsvExporterOptions {
  /** Write a UTF-8 byte order mark first. Default true. */
  readonly bom?: boolean;
  /** Field delimiter. Default ",". */
  readonly delimiter?: string;
  /** Line ending. Default "\r\n" (RFC 4180). */
  readonly eol?: '\r\n' | '\n';
}

export function cellToCsv(cell: OutputCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  if (isDateCell(cell)) return formatDate(cell.date);
  return neutralizeFormula(cell);
}

export function csvExporter(csvOptions: CsvExporterOptions = {}): Exporter {
  async function* stream(input: Dataset, options: ExportOptions = {}): AsyncIterable<Uint8Array> {
    const table = layoutById(options.layout ?? 'official-list').encode(input);
    const stringifier = stringify({
      bom: csvOptions.bom ?? true,
      delimiter: csvOptions.delimiter ?? ',',
      record_delimiter: csvOptions.eol === '\n' ? 'unix' : 'windows',
    });
    const writing = (async () => {
      try {
        if (!stringifier.write(table.headers.map((h) => neutralizeFormula(h)))) await once(stringifier, 'drain');
        for (const row of table.rows) {
          if (!stringifier.write(row.map(cellToCsv))) await once(stringifier, 'drain');
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
      const out = new Uint8Array(length);
      let offset = 0;
      for (const part of parts) {
        out.set(part, offset);
        offset += part.byteLength;
      }
      return out;
    },
  };
}
