/**
 * XLSX input is bounded before any row is decoded: file size, entries, unzipped size, expansion ratio, real
 * inflated size, rows and merged cells. A bound crossed is bad input like any other: read() resolves with an
 * 'input-limit' import error naming the file (and sheet and row for the row and merge bounds), saying in both
 * languages which bound and its value, and the dataset is empty.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDataset } from '@ungcu/core';
import type { ImportResult } from '@ungcu/core/export';
import { officialListLayout } from '@ungcu/tabular';
import { type XlsxLimits, readXlsxFiles, xlsxExporter, xlsxImporter } from '../src/index';
import { ELECTION, realDataset } from './support';

const SHEET = officialListLayout.sheetName;

function bomb(): Uint8Array {
  return zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(20 * 2 ** 20) }, { level: 9 });
}

/** An archive whose directory and local header declare 5,000 bytes for an entry of 4 MiB. */
function liar(): Uint8Array {
  const zip = zipSync({ 'xl/workbook.xml': new Uint8Array(4 * 2 ** 20).fill(65) }, { level: 1 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  view.setUint32(22, 5000, true);
  for (let p = zip.byteLength - 22; p >= 0; p--) {
    if (view.getUint32(p, true) === 0x02014b50) {
      view.setUint32(p + 24, 5000, true);
      break;
    }
  }
  return zip;
}

/** The real list with its province, number and description merged down each constituency's rows. */
async function mergedWorkbook(): Promise<Uint8Array> {
  const table = officialListLayout.encode(await realDataset());
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow([...table.headers]);
  for (const row of table.rows) ws.addRow(row.map((c) => (typeof c === 'object' ? c.date : (c ?? null))));
  ws.mergeCells('B2:D4');
  ws.mergeCells('B5:B9');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface Hostile {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array>;
  readonly limits?: XlsxLimits;
  readonly place: { readonly sheet?: string; readonly row: number };
  /** The option named in the message, and the bound's value as each language writes it. */
  readonly bound: readonly [option: string, vi: string, en: string];
}

const realExport = async () => xlsxExporter().write(await realDataset());

const HOSTILE: readonly Hostile[] = [
  { name: 'bomb.xlsx', bytes: async () => bomb(), place: { row: 1 }, bound: ['limits.maxRatio', '100', '100'] },
  { name: 'liar.xlsx', bytes: async () => liar(), place: { row: 1 }, bound: ['xl/workbook.xml', '5.000', '5,000'] },
  { name: 'big.xlsx', bytes: realExport, limits: { maxBytes: 1000 }, place: { row: 1 }, bound: ['limits.maxBytes', '1.000', '1,000'] },
  { name: 'wide.xlsx', bytes: realExport, limits: { maxUncompressedBytes: 100_000 }, place: { row: 1 }, bound: ['limits.maxUncompressedBytes', '100.000', '100,000'] },
  { name: 'many.xlsx', bytes: realExport, limits: { maxEntries: 3 }, place: { row: 1 }, bound: ['limits.maxEntries', '3', '3'] },
  { name: 'long.xlsx', bytes: realExport, limits: { maxRows: 100 }, place: { sheet: SHEET, row: 101 }, bound: ['limits.maxRows', '100', '100'] },
  { name: 'merged.xlsx', bytes: mergedWorkbook, limits: { maxMergedCells: 10 }, place: { sheet: SHEET, row: 5 }, bound: ['limits.maxMergedCells', '10', '10'] },
];

function read(bytes: Uint8Array, name: string, limits: XlsxLimits = {}): Promise<ImportResult> {
  return xlsxImporter({ limits }).read({ name, data: bytes }, { election: ELECTION });
}

describe('XLSX input limits', () => {
  it.each(HOSTILE)('$name: read() resolves with one located input-limit error and no data', async (hostile) => {
    const reading = read(await hostile.bytes(), hostile.name, hostile.limits);
    await expect(reading).resolves.toBeDefined();
    const { data, errors } = await reading;
    expect(errors).toEqual([{ file: hostile.name, ...hostile.place, code: 'input-limit', message: expect.any(Object) }]);
    const [option, vi, en] = hostile.bound;
    expect(errors[0]!.message.vi).toContain(option);
    expect(errors[0]!.message.vi).toContain(vi);
    expect(errors[0]!.message.en).toContain(option);
    expect(errors[0]!.message.en).toContain(en);
    expect(data).toEqual(emptyDataset());
  });

  it('says what a zip bomb is, in both languages', async () => {
    const { errors } = await read(bomb(), 'bomb.xlsx');
    expect(errors[0]!.message.vi).toContain('bom nén');
    expect(errors[0]!.message.en).toContain('zip bomb');
  });

  it('refuses a sheet over the row bound before decoding any of its rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sở Nội vụ');
    const table = officialListLayout.encode(await realDataset());
    ws.addRow([...table.headers]);
    const gender = table.columns.findIndex((c) => c.key === 'gender');
    // Row 2 has a mistake that would be reported if it were decoded.
    for (const row of [...table.rows].slice(0, 5)) ws.addRow(row.map((c, i) => (i === gender ? 'X' : typeof c === 'object' ? c.date : (c ?? null))));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const unbounded = await read(bytes, 'short.xlsx');
    expect(unbounded.errors.map((e) => [e.row, e.code])).toContainEqual([2, 'invalid-gender']);
    const { errors } = await read(bytes, 'short.xlsx', { maxRows: 3 });
    expect(errors.map((e) => [e.file, e.sheet, e.row, e.code])).toEqual([['short.xlsx', 'Sở Nội vụ', 4, 'input-limit']]);
  });

  it('counts rows over all the files of one read(), and names the file that goes past the bound', async () => {
    const bytes = await realExport(); // 869 rows: the header and 868 candidates
    const { errors } = await xlsxImporter({ limits: { maxRows: 1000 } }).read(
      [
        { name: 'a.xlsx', data: bytes },
        { name: 'b.xlsx', data: bytes },
      ],
      { election: ELECTION },
    );
    expect(errors.map((e) => [e.file, e.sheet, e.row, e.code])).toEqual([['b.xlsx', SHEET, 132, 'input-limit']]);
  });

  it('with validRowsOnly, keeps the other files and nothing of the refused one', async () => {
    const bytes = await realExport();
    const { data, errors } = await xlsxImporter({ limits: { maxRows: 1000 } }).read(
      [
        { name: 'a.xlsx', data: bytes },
        { name: 'b.xlsx', data: bytes },
      ],
      { election: ELECTION, validRowsOnly: true },
    );
    expect(errors.map((e) => [e.file, e.code])).toEqual([['b.xlsx', 'input-limit']]);
    expect(data.nominees).toHaveLength(868);
  });

  it('does not read a stream past the size bound', async () => {
    let pulled = 0;
    async function* chunks(): AsyncIterable<Uint8Array> {
      for (let i = 0; i < 10; i++) {
        pulled++;
        yield new Uint8Array(400);
      }
    }
    const { errors } = await xlsxImporter({ limits: { maxBytes: 1000 } }).read({ name: 'upload.xlsx', data: chunks() }, { election: ELECTION });
    expect(errors.map((e) => [e.file, e.row, e.code])).toEqual([['upload.xlsx', 1, 'input-limit']]);
    expect(errors[0]!.message.en).toContain('larger than 1,000 bytes');
    expect(pulled).toBe(3);
  });

  describe('readXlsxFiles', () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'ungcu-xlsx-limits-'));
    });
    afterAll(() => rmSync(dir, { recursive: true }));

    it('reports a file over the size bound by its path, and still reads the others', async () => {
      const bytes = await realExport();
      const big = join(dir, 'big.xlsx');
      const text = join(dir, 'text.xlsx');
      writeFileSync(big, bytes);
      writeFileSync(text, 'hello');
      const { errors } = await readXlsxFiles([big, text], { election: ELECTION }, { limits: { maxBytes: bytes.byteLength - 1 } });
      expect(errors.map((e) => [e.file, e.row, e.code])).toEqual([
        [big, 1, 'input-limit'],
        [text, 1, 'unreadable-file'],
      ]);
      expect(errors[0]!.message.en).toContain(`is ${bytes.byteLength.toLocaleString('en-US')} bytes`);
    });
  });

  it('reports bytes that are not a zip as an unreadable file, as data', async () => {
    const { errors } = await read(strToU8('hello'), 'text.xlsx');
    expect(errors).toEqual([expect.objectContaining({ code: 'unreadable-file', file: 'text.xlsx', row: 1 })]);
    const stored = zipSync({ 'x.txt': deflateRawSync(strToU8('not a workbook')) });
    const second = await read(stored, 'other.zip');
    expect(second.errors.map((e) => e.code)).toEqual(['unreadable-file']);
  });
});
