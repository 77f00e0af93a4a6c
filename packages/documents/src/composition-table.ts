/**
 * The composition part of a report: @ungcu/tabular's report tables (reportTables: one table per scope, the
 * columns, the words, and which cells fail), printed for a page. A page has less width than a sheet, so each
 * count is printed with its share in one cell ("393 (45,28%)") and the id and body columns are left out. The
 * failing cells are tabular's, so the PDF, the DOCX and the XLSX report mark the same cells: an error or a
 * warning that targets the list and measures that column; the whole row when its rule measures no known column.
 */
import type { Dataset } from '@ungcu/core';
import type { CompositionRow, Finding, Locale, Report } from '@ungcu/core/rules';
import { formatPercent } from '@ungcu/core/rules';
import { toNfc } from '@ungcu/core/text';
import { reportTables, type CompositionTableRow, type MeasuredColumn, type ReportColumn, type RuleColumn } from '@ungcu/tabular';
import type { Block, TableColumn, TableRow } from './model';

/** The printed columns: name, then nominees, seats and constituencies, then each count with its share. */
function printedColumns(columns: readonly ReportColumn[]): ReportColumn[] {
  return columns.filter((c) => c.key === 'name' || c.type === 'count');
}

/** The printed table's columns in `locale`, with tabular's headers. */
export function compositionTableColumns(columns: readonly ReportColumn[]): TableColumn[] {
  return printedColumns(columns).map((c) => ({
    header: c.header,
    width: c.key === 'name' ? 24 : c.measures === undefined || c.measures === 'nominees' || c.measures === 'seats' ? 8 : 10,
    align: c.key === 'name' ? 'left' : 'right',
  }));
}

/** The index of the printed column showing `column` (in the tables of compositionBlocks). */
export function compositionColumnIndex(columns: readonly ReportColumn[], column: MeasuredColumn): number {
  return printedColumns(columns).findIndex((c) => c.measures === column);
}

/** A list's printed name: its row name, else (a constituency) "province, đơn vị bầu cử số N" from the dataset. */
function namer(dataset: Dataset | undefined, findings: readonly Finding[], locale: Locale): (row: CompositionRow) => string {
  const targetNames = new Map(findings.filter((f) => f.target.name !== undefined).map((f) => [`${f.target.kind}:${f.target.id}`, f.target.name!]));
  const units = new Map(dataset?.administrativeUnits.map((u) => [u.id, u]) ?? []);
  const constituencies = new Map(dataset?.constituencies.map((c) => [c.id, c]) ?? []);
  return (row) => {
    if (row.name !== undefined) return toNfc(row.name);
    const c = row.scope === 'constituency' ? constituencies.get(row.id) : undefined;
    if (c !== undefined) {
      const unit = c.unitId === undefined ? undefined : units.get(c.unitId);
      const province = unit?.name ?? unit?.fullName ?? '';
      return toNfc(locale === 'vi' ? `${province}, đơn vị bầu cử số ${c.number}` : `${province}, constituency no. ${c.number}`);
    }
    return toNfc(targetNames.get(`${row.scope}:${row.id}`) ?? row.id);
  };
}

/** One list's printed cells and marks, from its row of tabular's table. */
function printedRow(row: CompositionTableRow, columns: readonly ReportColumn[], name: string, locale: Locale): TableRow {
  const printed = printedColumns(columns);
  const r = row.source;
  const cells = printed.map((c) => {
    if (c.key === 'name') return name;
    const figure = r[c.measures ?? (c.key as 'constituencies')];
    const withShare = c.measures !== undefined && c.measures !== 'nominees' && c.measures !== 'seats';
    return withShare ? `${figure} (${formatPercent(r.nominees === 0 ? 0 : figure / r.nominees, locale)})` : String(figure);
  });
  const failing = [...row.failing.keys()].map((i) => columns[i]!);
  // A finding whose rule measures no known column marks every cell, the name's included: the whole list fails.
  if (failing.some((c) => c.key === 'name')) return { cells, emphasis: 'fail' };
  const measured = new Set(failing.map((c) => c.measures));
  const failingCells = printed.flatMap((c, i) => (c.measures !== undefined && measured.has(c.measures) ? [i] : []));
  return failingCells.length === 0 ? { cells } : { cells, failingCells };
}

/** The composition part of a report: a level-2 heading and a table per scope that has rows. */
export function compositionBlocks(
  report: Report,
  dataset: Dataset | undefined,
  locale: Locale,
  ruleColumns: Readonly<Record<string, RuleColumn>> | undefined,
): Block[] {
  const tables = reportTables(report, { locale, ...(ruleColumns === undefined ? {} : { ruleColumns }) });
  const nameOf = namer(dataset, report.findings, locale);
  const blocks: Block[] = [];
  for (const table of tables.composition) {
    if (table.rows.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: table.title });
    blocks.push({
      kind: 'table',
      columns: compositionTableColumns(table.columns),
      rows: table.rows.map((row) => printedRow(row, table.columns, nameOf(row.source), locale)),
    });
  }
  return blocks;
}
