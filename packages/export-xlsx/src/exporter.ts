/**
 * XLSX out. A list (the official list, the nominee template) is written by list-workbook.ts as a stream: rows
 * are encoded as the archive is consumed, so memory does not grow with the number of rows, and exceljs is not
 * needed. A validation report (`what: 'report'`) is a small workbook with fills and fonts per failing cell,
 * written with exceljs (report.ts), loaded on first use.
 */
import { PassThrough } from 'node:stream';
import type { Dataset } from '@ungcu/core';
import { type ExportOptions, type Exporter, defineExporter } from '@ungcu/core/export';
import { type RuleColumn, exportLayout } from '@ungcu/tabular';
import { type ExcelJs, loadExcelJs } from './exceljs';
import { listWorkbook } from './list-workbook';
import { writeReportWorkbook } from './report';
import { zipArchive } from './zip-writer';

export interface XlsxExporterOptions {
  /** exceljs, injected (tests, bundlers), for reports; default: imported on first use. Lists do not use it. */
  readonly exceljs?: ExcelJs;
  /**
   * In a report, the composition column each of an agency's own rules measures, by rule id (the rules of
   * @ungcu/rules-vn are known): its findings then fail that column's cells rather than the whole row.
   */
  readonly reportRuleColumns?: Readonly<Record<string, RuleColumn>>;
}

export function xlsxExporter(xlsxOptions: XlsxExporterOptions = {}): Exporter {
  return defineExporter({
    id: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    contents: ['list', 'report'],
    async *stream(input: Dataset, options?: ExportOptions) {
      // defineExporter lets a report export through only with options.report set.
      const report = options?.what === 'report' ? options.report : undefined;
      if (report === undefined) {
        for await (const chunk of zipArchive(listWorkbook(input, exportLayout(options), options?.onProgress))) {
          // A plain Uint8Array, as every exporter yields, rather than node's Buffer subclass.
          yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        }
        return;
      }
      const exceljs = await loadExcelJs(xlsxOptions.exceljs);
      const out = new PassThrough();
      const written = writeReportWorkbook(exceljs, report, { locale: options?.locale, ruleColumns: xlsxOptions.reportRuleColumns }, out);
      const writing = written.catch((error: unknown) => {
        out.destroy(error as Error);
      });
      for await (const chunk of out as AsyncIterable<Buffer>) {
        yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
      await writing;
    },
  });
}
