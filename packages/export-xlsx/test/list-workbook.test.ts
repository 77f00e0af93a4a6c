/**
 * The list workbook is SpreadsheetML written by hand and zipped as a stream (list-workbook.ts, zip-writer.ts).
 * Checked here against readers that share nothing with it: exceljs (a third implementation, as another
 * program would read it), node's zlib on the raw zip records (CRC-32 and sizes of every entry), and the
 * layout's own encoding of the real 2021 list, cell by cell.
 */
import { inflateRawSync, crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@ungcu/core';
import { ConfigError, ModelError } from '@ungcu/core/errors';
import type { Layout } from '@ungcu/core/export';
import { isDateCell, nomineeTemplateLayout, officialListLayout } from '@ungcu/tabular';
import { DATE_FORMAT, GUIDE_SHEET_NAME, LISTS_SHEET_NAME, xlsxExporter, xlsxImporter } from '../src/index';
import { columnIndex, readXlsx, serialToIsoDate } from '@ungcu/testkit/export';
import { ELECTION, realDataset } from './support';

const data = await realDataset();

async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Every entry of the archive from its central directory, with its local record's data inflated. */
function entries(bytes: Uint8Array): { name: string; crc: number; size: number; data: Buffer }[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const crc = buf.readUInt32LE(at + 16);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('ascii', at + 46, at + 46 + nameLength);
    expect(buf.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const inflated = inflateRawSync(buf.subarray(start, start + compressed));
    // The data descriptor after the data repeats the CRC and both sizes.
    expect([buf.readUInt32LE(start + compressed), buf.readUInt32LE(start + compressed + 4), buf.readUInt32LE(start + compressed + 8), buf.readUInt32LE(start + compressed + 12)]).toEqual([
      0x08074b50,
      crc,
      compressed,
      size,
    ]);
    out.push({ name, crc, size, data: inflated });
    at += 46 + skip;
  }
  return out;
}

function expectedValue(cell: ReturnType<Layout['encode']>['rows'] extends Iterable<infer R> ? R extends readonly (infer C)[] ? C : never : never) {
  if (cell === undefined) return null;
  if (isDateCell(cell)) return new Date(`${cell.date}T00:00:00Z`);
  return cell;
}

describe('the list workbook', () => {
  it('is a zip whose every entry has the CRC-32 and sizes its records state', async () => {
    const bytes = await xlsxExporter().write(data, { layout: 'nominee-template' });
    const parts = entries(bytes);
    expect(parts.map((p) => p.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
    for (const part of parts) {
      expect(part.data.length, part.name).toBe(part.size);
      expect(crc32(part.data), part.name).toBe(part.crc);
    }
  });

  it.each([['official-list', officialListLayout] as const, ['nominee-template', nomineeTemplateLayout] as const])(
    'holds the real list as the %s layout encodes it, cell by cell, typed',
    async (id, layout) => {
      const sheet = readXlsx(await xlsxExporter().write(data, { layout: id })).sheet(layout.sheetName)!;
      const table = layout.encode(data);
      expect([...sheet.rows.get(1)!.values()]).toEqual(table.headers.map((value) => ({ type: 'string', value })));
      let r = 1;
      for (const cells of table.rows) {
        r++;
        const row = sheet.rows.get(r)!;
        cells.forEach((cell, i) => {
          const where = `${table.columns[i]!.key}${r}`;
          if (cell === undefined) expect(row.get(i), where).toBeUndefined();
          else if (typeof cell === 'string') expect(row.get(i), where).toEqual({ type: 'string', value: cell });
          else if (typeof cell === 'number') expect(row.get(i), where).toEqual({ type: 'number', value: cell, date: false });
          else {
            expect(row.get(i), where).toMatchObject({ type: 'number', date: true, numFmt: DATE_FORMAT });
            expect(serialToIsoDate((row.get(i) as { value: number }).value), where).toBe(cell.date);
          }
        });
      }
      expect(sheet.rows.size).toBe(table.rowCount + 1);
      expect(r - 1).toBe(data.nominees.length);
    },
  );

  it('reads in exceljs (another implementation) with its header, widths, frozen pane, types and values', async () => {
    const workbook = await excel(await xlsxExporter().write(data, { layout: 'official-list' }));
    const table = officialListLayout.encode(data);
    const sheet = workbook.getWorksheet(officialListLayout.sheetName)!;
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      [officialListLayout.sheetName, 'visible'],
      [LISTS_SHEET_NAME, 'hidden'],
      [GUIDE_SHEET_NAME, 'visible'],
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).values).toEqual([undefined, ...table.headers]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).getCell(1).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    table.columns.forEach((c, i) => expect(sheet.getColumn(i + 1).width, c.key).toBe(c.width));
    let r = 1;
    for (const cells of table.rows) {
      r++;
      const row = sheet.getRow(r);
      cells.forEach((cell, i) => {
        expect(row.getCell(i + 1).value ?? null, `${table.columns[i]!.key}${r}`).toEqual(expectedValue(cell));
        if (isDateCell(cell)) expect(row.getCell(i + 1).numFmt).toBe(DATE_FORMAT);
      });
    }
    expect(sheet.actualRowCount).toBe(table.rowCount + 1);
  });

  it('declares a drop-down on each list column, resolving to the hidden list of that column\'s values', async () => {
    const workbook = readXlsx(await xlsxExporter().write(data, { layout: 'nominee-template' }));
    const lists = workbook.sheet(LISTS_SHEET_NAME)!;
    const sheet = workbook.sheet(nomineeTemplateLayout.sheetName)!;
    const rules = [...sheet.xml.matchAll(/<dataValidation ([^>]*)><formula1>([^<]*)<\/formula1>/gu)].map((m) => m);
    const listColumns = nomineeTemplateLayout.columns.filter((c) => c.list !== undefined);
    expect(rules).toHaveLength(listColumns.length);
    expect(sheet.xml).toContain(`<dataValidations count="${listColumns.length}">`);
    for (const [, attributes, formula] of rules) {
      const attr = (name: string) => new RegExp(` ?${name}="([^"]*)"`, 'u').exec(attributes!)?.[1];
      const [, letter] = /^([A-Z]+)2:[A-Z]+1048576$/u.exec(attr('sqref')!)!;
      const column = nomineeTemplateLayout.columns[columnIndex(letter!)]!;
      expect(attr('type')).toBe('list');
      expect(attr('allowBlank') === '1', column.key).toBe(!column.required);
      expect(attr('errorTitle'), column.key).toBe(column.header.slice(0, 32));
      const [, listLetter, first, last] = /^'[^']+'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/u.exec(formula!)!;
      const values = [];
      for (let row = Number(first); row <= Number(last); row++) values.push(lists.rows.get(row)?.get(columnIndex(listLetter!)));
      expect(values, column.key).toEqual(column.list!.map((value) => ({ type: 'string', value })));
    }
  });

  it('keeps markup characters, a carriage return, edge spaces and formula-like text as written', async () => {
    const tricky = ['A & B <C> "D"', 'dòng 1\r\ndòng 2', ' lề ', '=SUM(A1:A2)', '@mention', '+84 912'];
    const nominee = data.nominees[0]!;
    const dataset: Dataset = { ...data, nominees: tricky.map((occupation, i) => ({ ...nominee, id: `${nominee.id}-${i}`, person: { ...nominee.person, occupation } })) };
    const bytes = await xlsxExporter().write(dataset, { layout: 'official-list' });
    const sheet = (await excel(bytes)).getWorksheet(officialListLayout.sheetName)!;
    const column = officialListLayout.columns.findIndex((c) => c.key === 'occupation') + 1;
    expect(tricky.map((_, i) => sheet.getRow(i + 2).getCell(column).value)).toEqual(tricky);
    expect(tricky.map((_, i) => sheet.getRow(i + 2).getCell(column).formula)).toEqual(tricky.map(() => undefined));
    // Spaces at the ends are marked to be kept: a reader following XML's rules may otherwise drop them.
    expect(readXlsx(bytes).sheet(officialListLayout.sheetName)!.xml).toContain('<is><t xml:space="preserve"> lề </t></is>');
  });

  it('gives the same bytes for the same data', async () => {
    const a = await xlsxExporter().write(data);
    const b = await xlsxExporter().write(data);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('refuses a character XML cannot hold, naming the sheet, row and column, after rows were already streamed', async () => {
    const nominees = data.nominees.map((n, i) => (i === 700 ? { ...n, person: { ...n.person, occupation: `Kỹ sư\u000Bxây dựng` } } : n));
    const exporter = xlsxExporter();
    let chunks = 0;
    const error = await (async () => {
      for await (const chunk of exporter.stream({ ...data, nominees }, { layout: 'nominee-template' })) chunks += chunk.length > 0 ? 1 : 0;
    })().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(chunks).toBeGreaterThan(0);
    expect(error).toBeInstanceOf(ModelError);
    const header = nomineeTemplateLayout.columns.find((c) => c.key === 'occupation')!.header;
    expect((error as ModelError).message).toContain(`${header} cell on row 702 of sheet "${nomineeTemplateLayout.sheetName}" holds U+000B`);
    expect((error as ModelError).text.vi).toContain(`ô ${header} ở dòng 702`);
  });

  it('refuses more rows than a sheet holds, before writing anything', async () => {
    const huge: Layout = {
      ...officialListLayout,
      encode: () => ({ headers: ['A'], columns: [officialListLayout.columns[0]!], rows: [], rowCount: 1_048_576 }),
    };
    const chunks: Uint8Array[] = [];
    const error = await (async () => {
      for await (const chunk of xlsxExporter().stream(data, { layout: huge })) chunks.push(chunk);
    })().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('1048576 rows, over the 1048575 data rows a sheet holds');
    expect(chunks).toEqual([]);
  });

  it('round-trips through the importer in both layouts', async () => {
    for (const layout of ['official-list', 'nominee-template'] as const) {
      const back = await xlsxImporter().read({ name: `${layout}.xlsx`, data: await xlsxExporter().write(data, { layout }) }, { election: ELECTION });
      expect(back.errors).toEqual([]);
      expect(back.data).toEqual(data);
    }
  });
});
