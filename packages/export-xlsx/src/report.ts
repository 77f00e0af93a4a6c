/**
 * A validation report as a workbook, written with exceljs's streaming WorkbookWriter as the list is: a summary
 * sheet, the findings (severity and citation columns, an autofilter, a frozen header), one sheet per scope with
 * the composition of its lists, and the rules not checked when there are any. Counts are numbers and shares
 * are numbers with a percentage format, so a formula or a chart can use them; a cell an error or a warning
 * fails is filled and bold, and its note names the rules. The tables come from @ungcu/tabular's reportTables,
 * the same as the CSV report's.
 */
import type { PassThrough } from 'node:stream';
import type { Cell, Fill, Font } from 'exceljs';
import { columnLetter } from '@ungcu/core/export';
import type { Locale, Report } from '@ungcu/core/rules';
import { type ReportCell, type ReportColumn, type ReportTables, type RuleColumn, type TextTable, reportTables } from '@ungcu/tabular';
import type { ExcelJs } from './exceljs';

/** Two decimals, as the composition tables officials publish print a share ("45,28%" in a Vietnamese Excel). */
export const PERCENT_FORMAT = '0.00%';
/** Excel's own "bad" style: light red fill, dark red bold text. */
export const FAILING_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
export const FAILING_FONT: Partial<Font> = { bold: true, color: { argb: 'FF9C0006' } };

const NOTE_WORDS = { vi: 'Không đạt theo quy tắc', en: 'Fails rule' } as const;
const LEGEND = {
  vi: 'Ô tô đỏ, chữ đậm trên các trang cơ cấu: chỉ tiêu không đạt theo một lỗi hoặc cảnh báo; ghi chú của ô nêu quy tắc.',
  en: 'Red, bold cells on the composition sheets: figures an error or a warning fails; the cell note names the rule.',
} as const;

type Workbook = InstanceType<ExcelJs['stream']['xlsx']['WorkbookWriter']>;
type Sheet = ReturnType<Workbook['addWorksheet']>;

const ROWS_PER_TURN = 500;
const turn = () => new Promise((resolve) => setImmediate(resolve));

function value(cell: ReportCell): string | number | null {
  return cell === undefined ? null : cell;
}

/** A sheet with a bold, frozen, wrapped header row and the columns' widths. */
function tableSheet(workbook: Workbook, name: string, columns: readonly ReportColumn[], frozenColumns = 0): Sheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: frozenColumns }] });
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.commit();
  return sheet;
}

function styleCell(cell: Cell, column: ReportColumn): void {
  if (column.type === 'share') cell.numFmt = PERCENT_FORMAT;
  else if (column.type === 'text' && column.width >= 40) cell.alignment = { wrapText: true, vertical: 'top' };
}

async function writeTextTable(workbook: Workbook, table: TextTable<unknown>, autoFilter: boolean): Promise<void> {
  const sheet = tableSheet(workbook, table.title, table.columns);
  if (autoFilter) sheet.autoFilter = `A1:${columnLetter(table.columns.length - 1)}${table.rows.length + 1}`;
  let written = 0;
  for (const { cells } of table.rows) {
    const row = sheet.addRow(cells.map(value));
    table.columns.forEach((column, i) => styleCell(row.getCell(i + 1), column));
    row.commit();
    if (++written % ROWS_PER_TURN === 0) await turn();
  }
  sheet.commit();
}

function writeSummary(workbook: Workbook, tables: ReportTables, locale: Locale): void {
  const sheet = workbook.addWorksheet(tables.summary.title);
  sheet.columns = [{ width: 32 }, { width: 40 }];
  for (const [label, cell] of tables.summary.rows) {
    const row = sheet.addRow([label, cell]);
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  sheet.addRow([]).commit();
  sheet.addRow([LEGEND[locale]]).commit();
  sheet.commit();
}

async function writeComposition(workbook: Workbook, tables: ReportTables, locale: Locale): Promise<void> {
  for (const table of tables.composition) {
    // The id, name and body columns stay in view while the counts scroll.
    const sheet = tableSheet(workbook, table.title, table.columns, 3);
    let written = 0;
    for (const { cells, failing } of table.rows) {
      const row = sheet.addRow(cells.map(value));
      table.columns.forEach((column, i) => {
        const cell = row.getCell(i + 1);
        styleCell(cell, column);
        const rules = failing.get(i);
        if (rules === undefined) return;
        cell.fill = FAILING_FILL;
        cell.font = FAILING_FONT;
        cell.note = `${NOTE_WORDS[locale]}: ${rules.join(', ')}`;
      });
      row.commit();
      if (++written % ROWS_PER_TURN === 0) await turn();
    }
    sheet.commit();
  }
}

/** Writes the report workbook into `out`; the caller streams `out` as the export's chunks. */
export async function writeReportWorkbook(
  exceljs: ExcelJs,
  report: Report,
  options: { readonly locale: Locale | undefined; readonly ruleColumns: Readonly<Record<string, RuleColumn>> | undefined },
  out: PassThrough,
): Promise<void> {
  const tables = reportTables(report, {
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.ruleColumns === undefined ? {} : { ruleColumns: options.ruleColumns }),
  });
  const workbook = new exceljs.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  writeSummary(workbook, tables, tables.locale);
  await writeTextTable(workbook, tables.findings, true);
  await writeComposition(workbook, tables, tables.locale);
  if (tables.notChecked.rows.length > 0) await writeTextTable(workbook, tables.notChecked, false);
  await workbook.commit();
}
