/**
 * writeSheets(): plain tables (a name, a header row, rows of text and numbers) as one workbook, for reports
 * that are not a dataset: the quarterly review of @ungcu/workflow (`quarterlyReportTables`), an app's own
 * summaries. Numbers stay numbers, so a formula or a pivot table can use them; the header row is bold,
 * wrapped and frozen, and each column is as wide as its longest cell (within bounds).
 */
import { ConfigError } from '@ungcu/core/errors';
import { type ExcelJs, loadExcelJs } from './exceljs';

export interface PlainSheet {
  /** At most 31 characters, and none of \ / ? * [ ] : (Excel's rules for sheet names). */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface WriteSheetsOptions {
  /** exceljs, injected (tests, bundlers); default: imported on first use. */
  readonly exceljs?: ExcelJs;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Excel refuses these names, and a workbook with one opens as corrupt: caught here, with the reason. */
function checkName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/u.test(name)) {
    throw new ConfigError({
      vi: `Tên trang tính không hợp lệ "${name}" (1–31 ký tự, không có \\ / ? * [ ] :)`,
      en: `Invalid sheet name "${name}" (1 to 31 characters, none of \\ / ? * [ ] :)`,
    });
  }
}

export async function writeSheets(sheets: readonly PlainSheet[], options: WriteSheetsOptions = {}): Promise<Uint8Array> {
  for (const sheet of sheets) checkName(sheet.name);
  const exceljs = await loadExcelJs(options.exceljs);
  const workbook = new exceljs.Workbook();
  workbook.creator = 'ungcu';
  for (const { name, header, rows } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const head = sheet.addRow([...header]);
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: 'top' };
    for (const row of rows) sheet.addRow([...row]);
    header.forEach((title, i) => {
      const longest = Math.max(title.length, ...rows.map((r) => String(r[i] ?? '').length));
      sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
