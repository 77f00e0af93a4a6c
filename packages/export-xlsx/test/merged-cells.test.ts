/**
 * Official forms merge the province, constituency number and description down each constituency's rows;
 * Excel keeps the value in the top cell only. The importer gives it to every cell of the range, so the merged
 * form of the real 2021 list (made here with exceljs, as a spreadsheet program saves it) reads as the same
 * dataset as the list written out in full.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type OutputCell, columnLetter } from '@ungcu/core/export';
import { isDateCell, officialListLayout } from '@ungcu/tabular';
import { readXlsx } from '@ungcu/testkit/export';
import { xlsxImporter } from '../src/index';
import { ELECTION, realDataset } from './support';

const SHEET = officialListLayout.sheetName;
const MERGED_KEYS = ['province', 'constituencyNumber', 'constituencyText'];

function plain(cell: OutputCell): string | number | Date | null {
  if (cell === undefined) return null;
  if (isDateCell(cell)) return new Date(`${cell.date}T00:00:00Z`);
  return cell;
}

/** The real list in one sheet; with `merge`, each constituency's heading columns merged down its rows. */
async function workbook(merge: boolean): Promise<{ bytes: Uint8Array; ranges: string[]; province: number }> {
  const table = officialListLayout.encode(await realDataset());
  const rows = [...table.rows].map((r) => r.map(plain));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow([...table.headers]);
  const merged = MERGED_KEYS.map((key) => table.columns.findIndex((c) => c.key === key));
  const [province, number] = merged as [number, number];
  const ranges: string[] = [];
  let first = 0;
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    if (next !== undefined && next[province] === row[province] && next[number] === row[number]) return;
    // Rows first..i (data rows, so sheet rows first+2..i+2) are one constituency.
    if (merge && i > first) {
      for (let r = first + 1; r <= i; r++) for (const c of merged) rows[r]![c] = null;
      for (const c of merged) ranges.push(`${columnLetter(c)}${first + 2}:${columnLetter(c)}${i + 2}`);
    }
    first = i + 1;
  });
  for (const row of rows) ws.addRow(row);
  for (const range of ranges) ws.mergeCells(range);
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), ranges, province };
}

describe('merged cells', () => {
  it('gives the value of a merged range to every cell of it: the merged real list reads as the full one', async () => {
    const full = await workbook(false);
    const merged = await workbook(true);
    // The merged file really is merged: ranges after the sheet data, and blank cells under each range's top.
    const sheet = readXlsx(merged.bytes).sheet(SHEET)!;
    expect(sheet.xml.indexOf('<mergeCell ')).toBeGreaterThan(sheet.xml.indexOf('</sheetData>'));
    expect(merged.ranges.length).toBeGreaterThan(3 * 150);
    const [top, bottom] = merged.ranges[0]!.split(':').map((ref) => Number(ref.replace(/^[A-Z]+/u, ''))) as [number, number];
    expect(sheet.rows.get(top)?.get(merged.province)).toMatchObject({ type: 'string', value: 'Thành phố Hà Nội' });
    expect(sheet.rows.get(bottom)?.get(merged.province)).toBeUndefined();

    const expected = await xlsxImporter().read({ name: 'danh-sach.xlsx', data: full.bytes }, { election: ELECTION });
    expect(expected.errors).toEqual([]);
    expect(expected.data.nominees).toHaveLength(868);
    const actual = await xlsxImporter().read({ name: 'danh-sach.xlsx', data: merged.bytes }, { election: ELECTION });
    expect(actual.errors).toEqual([]);
    expect(actual.data).toEqual(expected.data);
  });
});
