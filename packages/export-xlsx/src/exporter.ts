/**
 * XLSX out, with exceljs's streaming WorkbookWriter: rows are committed one by one, so memory does not grow
 * with the number of rows. Cells are typed (text as string cells, numbers as numbers, dates as real dates
 * shown dd/mm/yyyy); no value is ever written as a formula, so text starting with = + - @ stays text, exactly
 * as given. The sheet has a frozen, bold header, column widths, and drop-down lists (data validation) for
 * every list column, with the values on a hidden sheet; a guide sheet explains each column in Vietnamese and
 * English. With `what: 'report'` it writes the validation report's workbook instead (report.ts).
 */
import { PassThrough } from 'node:stream';
import type { DataValidation as ExcelDataValidation } from 'exceljs';
import type { Dataset } from '@ungcu/core';
import { type ExportOptions, type Exporter, type Layout, type OutputCell, columnLetter, defineExporter } from '@ungcu/core/export';
import { type RuleColumn, exportLayout, isDateCell } from '@ungcu/tabular';
import { type ExcelJs, loadExcelJs } from './exceljs';
import { writeReportWorkbook } from './report';
import { DATE_FORMAT, GUIDE_SHEET_NAME, LISTS_SHEET_NAME } from './sheets';

export interface XlsxExporterOptions {
  readonly exceljs?: ExcelJs;
  /**
   * In a report, the composition column each of an agency's own rules measures, by rule id (the rules of
   * @ungcu/rules-vn are known): its findings then fail that column's cells rather than the whole row.
   */
  readonly reportRuleColumns?: Readonly<Record<string, RuleColumn>>;
}

/** Rows written between pauses that let the zip stream drain to the consumer. */
const ROWS_PER_TURN = 500;
const LAST_ROW = 1_048_576;

function cellValue(cell: OutputCell): string | number | Date | null {
  if (cell === undefined) return null;
  if (typeof cell === 'number' || typeof cell === 'string') return cell;
  if (isDateCell(cell)) {
    const [y, m, d] = cell.date.split('-').map(Number);
    return new Date(Date.UTC(y!, m! - 1, d!));
  }
  return null;
}

type Workbook = InstanceType<ExcelJs['stream']['xlsx']['WorkbookWriter']>;

function addLists(workbook: Workbook, layout: Layout): Map<string, string> {
  const listColumns = layout.columns.filter((c) => c.list !== undefined);
  const ranges = new Map<string, string>();
  if (listColumns.length === 0) return ranges;
  const sheet = workbook.addWorksheet(LISTS_SHEET_NAME, { state: 'hidden' });
  sheet.columns = listColumns.map((c) => ({ width: Math.max(12, c.width) }));
  const longest = Math.max(...listColumns.map((c) => c.list!.length));
  sheet.addRow(listColumns.map((c) => c.header)).commit();
  for (let i = 0; i < longest; i++) sheet.addRow(listColumns.map((c) => c.list![i] ?? null)).commit();
  listColumns.forEach((c, i) => {
    const letter = columnLetter(i);
    ranges.set(c.key, `'${LISTS_SHEET_NAME}'!$${letter}$2:$${letter}$${c.list!.length + 1}`);
  });
  sheet.commit();
  return ranges;
}

function addGuide(workbook: Workbook, layout: Layout): void {
  const sheet = workbook.addWorksheet(GUIDE_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [8, 30, 28, 10, 30, 60, 60, 40].map((width) => ({ width, style: { alignment: { wrapText: true, vertical: 'top' } } }));
  const header = sheet.addRow(['Cột / Column', 'Tiêu đề cột', 'Column', 'Bắt buộc / Required', 'Trường dữ liệu / Model field', 'Mô tả', 'Description', 'Giá trị / Values']);
  header.font = { bold: true };
  header.commit();
  layout.columns.forEach((c, i) => {
    sheet
      .addRow([
        columnLetter(i),
        c.header,
        c.headerEn,
        c.required ? 'Có / Yes' : 'Không / No',
        c.field,
        c.description.vi,
        c.description.en,
        c.list === undefined ? (c.type === 'date' ? 'dd/mm/yyyy' : '') : c.list.length > 12 ? `${c.list.length} giá trị, xem danh sách / values, see the list` : c.list.join(', '),
      ])
      .commit();
  });
  sheet.commit();
}

async function writeWorkbook(exceljs: ExcelJs, dataset: Dataset, layout: Layout, out: PassThrough): Promise<void> {
  const workbook = new exceljs.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const table = layout.encode(dataset);
  const sheet = workbook.addWorksheet(layout.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ key: c.key, width: c.width }));
  // Validation is declared before rows are written: the streaming writer emits it with the sheet.
  const lists = new Map<string, string>();
  table.columns.forEach((c, i) => {
    if (c.list === undefined) return;
    lists.set(c.key, columnLetter(i));
  });
  const header = sheet.addRow([...table.headers]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.commit();
  const dateColumns = table.columns.flatMap((c, i) => (c.type === 'date' ? [i + 1] : []));
  let written = 0;
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map(cellValue));
    for (const col of dateColumns) {
      const cell = row.getCell(col);
      if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
    }
    row.commit();
    if (++written % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  const ranges = addLists(workbook, layout);
  for (const [key, letter] of lists) {
    const column = table.columns.find((c) => c.key === key)!;
    // The streaming writer's typings omit dataValidations, which it has and writes when the sheet commits.
    (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelDataValidation): void } }).dataValidations.add(`${letter}2:${letter}${LAST_ROW}`, {
      type: 'list',
      allowBlank: !column.required,
      formulae: [ranges.get(key)!],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: column.header,
      error: `Chọn một giá trị trong danh sách. / Pick a value from the list.`,
    });
  }
  sheet.commit();
  addGuide(workbook, layout);
  await workbook.commit();
}

export function xlsxExporter(xlsxOptions: XlsxExporterOptions = {}): Exporter {
  return defineExporter({
    id: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    contents: ['list', 'report'],
    async *stream(input: Dataset, options?: ExportOptions) {
      const exceljs = await loadExcelJs(xlsxOptions.exceljs);
      const out = new PassThrough();
      // defineExporter lets a report export through only with options.report set.
      const report = options?.what === 'report' ? options.report : undefined;
      const written =
        report === undefined ? writeWorkbook(exceljs, input, exportLayout(options), out) : writeReportWorkbook(exceljs, report, { locale: options?.locale, ruleColumns: xlsxOptions.reportRuleColumns }, out);
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
