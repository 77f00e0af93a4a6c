/**
 * writeSheets(): plain tables as a workbook, read back with the testkit's own XLSX reader (not exceljs):
 * names, headers, text and numbers as written, numbers typed as numbers, the header frozen.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@ungcu/core/errors';
import { readXlsx } from '@ungcu/testkit/export';
import { writeSheets } from '../src/index';

const SHEETS = [
  {
    name: 'Thẩm định',
    header: ['Mục đích', 'Diện Trung ương', 'Diện địa phương', 'Cộng'],
    rows: [
      ['Phân công', 25, 3, 28],
      ['Giới thiệu ứng cử', 43, 0, 43],
    ],
  },
  { name: 'Đề án', header: ['Cơ quan', 'Kế hoạch'], rows: [['Ban Chấp hành Trung ương', 12]] },
] as const;

describe('writeSheets', () => {
  it('writes each table as a sheet: names, header, text and numbers as numbers, the header frozen', async () => {
    const book = readXlsx(await writeSheets(SHEETS));
    expect(book.sheets.map((s) => s.name)).toEqual(['Thẩm định', 'Đề án']);
    const sheet = book.sheet('Thẩm định')!;
    const row = (n: number) => [...sheet.rows.get(n)!.values()];
    expect(row(1).map((c) => ('value' in c ? c.value : undefined))).toEqual(['Mục đích', 'Diện Trung ương', 'Diện địa phương', 'Cộng']);
    expect(row(2)).toEqual([
      { type: 'string', value: 'Phân công' },
      expect.objectContaining({ type: 'number', value: 25 }),
      expect.objectContaining({ type: 'number', value: 3 }),
      expect.objectContaining({ type: 'number', value: 28 }),
    ]);
    expect(sheet.rows.size).toBe(3);
    expect(sheet.xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/u);
    expect(book.sheet('Đề án')!.rows.get(2)!.get(1)).toEqual(expect.objectContaining({ type: 'number', value: 12 }));
  });

  it('refuses a sheet name Excel would refuse, before writing anything, in both languages', async () => {
    for (const name of ['', 'a'.repeat(32), 'Quý I/2021', 'Đề án [2021]']) {
      const error = await writeSheets([{ name, header: ['a'], rows: [] }]).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).text.vi).toContain('Tên trang tính không hợp lệ');
      expect((error as ConfigError).text.en).toContain('Invalid sheet name');
    }
  });
});
