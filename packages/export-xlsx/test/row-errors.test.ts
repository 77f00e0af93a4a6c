/**
 * A workbook typed by hand (built here with exceljs's in-memory writer, as another program would save it):
 * dates as real date cells and as text, and rows with mistakes. Errors name the sheet, row and column.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { NOMINEE_TEMPLATE_COLUMNS } from '@ungcu/tabular';
import { xlsxImporter } from '../src/index';

const ELECTION = { electionDay: '2026-03-15', rulePack: 'vn-2026' };

function rowOf(values: Record<string, unknown>): unknown[] {
  return NOMINEE_TEMPLATE_COLUMNS.map((c) => values[c.key] ?? null);
}

const base = {
  bodyKind: 'Quốc hội',
  term: 'XVI',
  province: 'Tỉnh Đắk Lắk',
  constituencyNumber: 1,
  constituencySeats: 3,
  gender: 'Nữ',
  ethnicity: 'Ê Đê',
  origin: 'Địa phương',
  stage: 'Danh sách sơ bộ',
};

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sở Nội vụ');
  ws.addRow(NOMINEE_TEMPLATE_COLUMNS.map((c) => c.header));
  ws.addRow(rowOf({ ...base, fullName: 'H’ Linh Niê', dateOfBirth: new Date(Date.UTC(1985, 6, 19)), partyJoinDate: '03/02/2010' }));
  ws.addRow(rowOf({ ...base, fullName: 'Y Biêr Niê', gender: 'Nam', dateOfBirth: '30/02/1980' }));
  ws.addRow(rowOf({ ...base, fullName: 'Nguyễn Thị Hà', dateOfBirth: '1/1/1990', gender: 'X' }));
  ws.addRow(rowOf({ ...base, fullName: 'H’ LINH NIÊ', dateOfBirth: '19/07/1985' }));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('XLSX row-level errors', () => {
  it('reports each mistake with its sheet, row and column, and reads real date cells as dates', async () => {
    const bytes = await workbook();
    const { data, errors } = await xlsxImporter().read({ name: 'danh-sach.xlsx', data: bytes }, { election: ELECTION });
    expect(errors.map((e) => [e.sheet, e.row, e.code, e.column?.letter, e.value])).toEqual([
      ['Sở Nội vụ', 3, 'invalid-date', 'N', '30/02/1980'],
      ['Sở Nội vụ', 4, 'invalid-gender', 'O', 'X'],
      ['Sở Nội vụ', 5, 'duplicate-row', 'L', 'H’ LINH NIÊ'],
    ]);
    expect(errors.every((e) => e.file === 'danh-sach.xlsx' && e.message.vi !== e.message.en)).toBe(true);
    expect(data.nominees).toEqual([]);

    const valid = await xlsxImporter().read({ name: 'danh-sach.xlsx', data: bytes }, { election: ELECTION, validRowsOnly: true });
    expect(valid.data.nominees.map((n) => [n.person.fullName, n.person.dateOfBirth, n.person.partyJoinDate])).toEqual([
      ['H’ Linh Niê', '1985-07-19', '2010-02-03'],
    ]);
    expect(valid.data.bodies[0]).toMatchObject({ kind: 'national-assembly', term: 'XVI', totalSeats: 3 });
  });

  it('refuses text input as a programming error', async () => {
    await expect(xlsxImporter().read({ name: 'x.xlsx', data: 'PK' }, { election: ELECTION })).rejects.toMatchObject({
      code: 'invalid-option',
    });
  });
});
