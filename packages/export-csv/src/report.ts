/**
 * A validation report as CSV. A CSV file holds one table, and that is what scripts (pandas, R, csvkit) and a
 * spreadsheet's "open" expect, so a report export writes one of three tables, chosen by `reportTable`: the
 * composition (default: every scope's lists in one table, the scope in the first column), the findings, or
 * the rules not checked. Counts are plain integers; shares are percentages written the way the locale writes
 * them ("45,28%" in Vietnamese, "45.28%" in English), which a spreadsheet in that language reads as a
 * percentage number, while a decimal fraction "0.4528" is read as text (or a date) where the decimal mark is a
 * comma; a script has the exact counts beside them. CSV has no highlighting, so the failing cells of a row are
 * named in a last column, with the rules that fail them.
 */
import { ConfigError } from '@ungcu/core/errors';
import type { ExportOptions } from '@ungcu/core/export';
import { formatPercent, type Locale, type Report } from '@ungcu/core/rules';
import {
  type CompositionTableRow,
  type ReportCell,
  type ReportColumn,
  type RuleColumn,
  type TextTable,
  reportTables,
} from '@ungcu/tabular';

/** The table a CSV report holds. */
export type CsvReportTable = 'composition' | 'findings' | 'not-checked';
export const CSV_REPORT_TABLES: readonly CsvReportTable[] = ['composition', 'findings', 'not-checked'];

export interface CsvExportOptions extends ExportOptions {
  /** With `what: 'report'`: which table the file holds. Default `'composition'`. */
  readonly reportTable?: CsvReportTable;
}

const SCOPE_HEADER = { vi: 'Phạm vi', en: 'Scope' } as const;
const FAILING_HEADER = { vi: 'Chỉ tiêu không đạt', en: 'Failing' } as const;

function cellText(cell: ReportCell, column: ReportColumn, locale: Locale): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return column.type === 'share' ? formatPercent(cell, locale) : String(cell);
  return cell;
}

/** "Phụ nữ: vn/na-women-share; Tỷ lệ phụ nữ: vn/na-women-share": each failing column, with its rules. */
function failingText(row: CompositionTableRow, columns: readonly ReportColumn[]): string {
  return [...row.failing]
    .sort(([a], [b]) => a - b)
    .map(([i, rules]) => `${columns[i]!.header}: ${rules.join(', ')}`)
    .join('; ');
}

/**
 * The chosen table as a header and rows of cell texts, in the locale of the options (else the report's);
 * `ruleColumns` as reportTables takes them.
 */
export function csvReportTable(
  report: Report,
  options: Pick<CsvExportOptions, 'locale' | 'reportTable'> = {},
  ruleColumns?: Readonly<Record<string, RuleColumn>>,
): { headers: string[]; rows: string[][] } {
  const tables = reportTables(report, {
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(ruleColumns === undefined ? {} : { ruleColumns }),
  });
  const { locale } = tables;
  const table = options.reportTable ?? 'composition';
  if (!CSV_REPORT_TABLES.includes(table)) {
    throw new ConfigError({
      vi: `reportTable "${String(table)}" không hợp lệ: chọn một trong ${CSV_REPORT_TABLES.join(', ')}`,
      en: `reportTable "${String(table)}" is not a CSV report table: use one of ${CSV_REPORT_TABLES.join(', ')}`,
    });
  }
  if (table === 'composition') {
    const columns = tables.composition[0]!.columns;
    const rows = tables.composition.flatMap((scope) =>
      scope.rows.map((row) => [scope.title, ...row.cells.map((cell, i) => cellText(cell, columns[i]!, locale)), failingText(row, columns)]),
    );
    return { headers: [SCOPE_HEADER[locale], ...columns.map((c) => c.header), FAILING_HEADER[locale]], rows };
  }
  const text: TextTable<unknown> = table === 'findings' ? tables.findings : tables.notChecked;
  return {
    headers: text.columns.map((c) => c.header),
    rows: text.rows.map((row) => row.cells.map((cell, i) => cellText(cell, text.columns[i]!, locale))),
  };
}
