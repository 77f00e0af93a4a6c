/**
 * Sheets typed in the legacy fonts (ABC/.VnTime for TCVN3, VNI): the file holds the legacy bytes as
 * Windows-1252 characters. The real 2021 list (examples/data/vn-na-2021; Vietnam Elections dataset (NA15-2021),
 * CC-BY-4.0) written that way reads as the list itself, with one warning naming the encoding and the sheet.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { OutputCell } from '@ungcu/core/export';
import { isDateCell, officialListLayout } from '@ungcu/tabular';
import { tcvn3, vni, withRealNameCapitals } from '@ungcu/testkit/export';
import { xlsxImporter } from '../src/index';
import { ELECTION, realDataset } from './support';

const SHEET = officialListLayout.sheetName;

/** The real list in one sheet, every text cell passed through `text` (the font's bytes, or what they can say). */
async function workbook(text: (value: string) => string): Promise<Uint8Array> {
  const table = officialListLayout.encode(await realDataset());
  const cell = (c: OutputCell) => (c === undefined ? null : isDateCell(c) ? new Date(`${c.date}T00:00:00Z`) : typeof c === 'string' ? text(c) : c);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(table.headers.map(text));
  for (const row of table.rows) ws.addRow(row.map(cell));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('sheets typed in legacy fonts', () => {
  for (const { name, writer } of [
    { name: 'TCVN3 (ABC)', writer: tcvn3 },
    { name: 'VNI Windows', writer: vni },
  ]) {
    it(`reads a sheet typed in ${name} as the list, with one warning`, async () => {
      // What the font can say: TCVN3 has no upper-case toned letters, and a few characters of the list are in no table.
      const said = await xlsxImporter().read({ name: 'list.xlsx', data: await workbook(writer.representable) }, { election: ELECTION });
      expect(said.errors).toEqual([]);
      // TCVN3 lowers "Ánh"; names get their capitals back, so they carry the real list's capitals.
      const expected = name === 'TCVN3 (ABC)' ? withRealNameCapitals(said, await xlsxImporter().read({ name: 'list.xlsx', data: await workbook((t) => t) }, { election: ELECTION })) : said;
      const result = await xlsxImporter().read({ name: 'list.xlsx', data: await workbook(writer.encode) }, { election: ELECTION });
      expect(result.errors).toEqual([]);
      expect(result.data).toEqual(expected.data);
      expect(result.data.nominees).toHaveLength(868);
      const warnings = result.warnings.filter((w) => w.code === 'legacy-encoding');
      expect(warnings).toEqual([expect.objectContaining({ file: 'list.xlsx', sheet: SHEET, row: 1 })]);
      expect(warnings[0]!.message.vi).toContain(name);
      expect(warnings[0]!.message.en).toContain(name);
    });
  }

  it('leaves a Unicode sheet as it is, with no warning', async () => {
    const result = await xlsxImporter().read({ name: 'list.xlsx', data: await workbook((t) => t) }, { election: ELECTION });
    expect(result.errors).toEqual([]);
    expect(result.warnings.some((w) => w.code === 'legacy-encoding')).toBe(false);
  });
});
