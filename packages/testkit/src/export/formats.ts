/**
 * How the export suite looks inside one file format: an independent reader of the written bytes (never the
 * adapter under test), and what a layout's cell must look like there. The suite knows no format by name; CSV
 * and XLSX are two sets of hooks, and an adapter for another format passes its own (or none, and only the
 * format-free checks run).
 */
import { expect } from 'vitest';
import type { Layout, OutputCell } from '@ungcu/core/export';
import { formatDate, isDateCell } from '@ungcu/tabular';
import { readCsv } from './csv-reader';
import { type XlsxCell, readXlsx, serialToIsoDate } from './xlsx-reader';

export interface ExportFormat<Cell = unknown> {
  /** Shown in test names: "CSV". */
  readonly name: string;
  /** The extension the exporter must declare, without the dot. */
  readonly extension?: string;
  /** What the exporter's media type must match. */
  readonly mediaType?: RegExp;
  /**
   * The same dataset written twice gives the same bytes (false for zip containers, whose entries carry
   * timestamps: the suite then compares what an independent reader sees).
   */
  readonly deterministic: boolean;
  /** The rows of the file as an independent reader sees them, header first, for the layout written. */
  rows(bytes: Uint8Array, layout: Layout): readonly (readonly (Cell | undefined)[])[];
  /** The text of a cell as read (headers and names are compared as text). */
  text(cell: Cell | undefined): string;
  /** Checks one cell as read against the cell the layout meant to write. */
  expectCell(seen: Cell | undefined, meant: OutputCell, where: string): void;
}

const FORMULA_START = /^[=+\-@\t\r]/u;

/** CSV read by papaparse: a UTF-8 byte order mark, cells as text, formula starts neutralised by an apostrophe. */
export const csvFormat: ExportFormat<string> = {
  name: 'CSV',
  extension: 'csv',
  mediaType: /^text\/csv/u,
  deterministic: true,
  rows(bytes) {
    const { hasBom, rows } = readCsv(bytes);
    expect(hasBom, 'a CSV starts with a UTF-8 byte order mark, so spreadsheet programs read Vietnamese').toBe(true);
    return rows;
  },
  text: (cell) => cell ?? '',
  expectCell(seen, meant, where) {
    const raw = seen ?? '';
    expect(raw, `${where}: no cell may start like a formula`).not.toMatch(FORMULA_START);
    if (meant === undefined) expect(raw, where).toBe('');
    else if (typeof meant === 'number') expect(raw, where).toBe(String(meant));
    else if (isDateCell(meant)) expect(raw, where).toBe(formatDate(meant.date));
    else {
      // A leading apostrophe marks neutralised text; anything else must be written exactly.
      const needsMark = FORMULA_START.test(meant) || meant.startsWith("'");
      expect(raw, where).toBe(needsMark ? `'${meant}` : meant);
    }
  },
};

/** XLSX read by the fflate-based reader of this package: typed cells, dates as date-formatted numbers, no formulas. */
export const xlsxFormat: ExportFormat<XlsxCell> = {
  name: 'XLSX',
  extension: 'xlsx',
  mediaType: /spreadsheetml\.sheet$/u,
  deterministic: false,
  rows(bytes, layout) {
    const sheet = readXlsx(bytes).sheet(layout.sheetName);
    expect(sheet, `the workbook has the sheet "${layout.sheetName}"`).toBeDefined();
    const out: (XlsxCell | undefined)[][] = [];
    const last = Math.max(0, ...sheet!.rows.keys());
    for (let r = 1; r <= last; r++) {
      const cells = sheet!.rows.get(r);
      const width = cells === undefined ? 0 : Math.max(-1, ...cells.keys()) + 1;
      out.push(Array.from({ length: width }, (_, c) => cells?.get(c)));
    }
    // Trailing empty rows are not data.
    while (out.length > 1 && out[out.length - 1]!.every((c) => c === undefined)) out.pop();
    return out;
  },
  text: (cell) => (cell?.type === 'string' ? cell.value : ''),
  expectCell(cell, meant, where) {
    if (cell?.type === 'formula') expect.fail(`${where}: a cell was written as a formula (${cell.formula})`);
    if (meant === undefined) {
      expect(cell === undefined || (cell.type === 'string' && cell.value === ''), where).toBe(true);
    } else if (typeof meant === 'number') {
      expect(cell, where).toEqual({ type: 'number', value: meant, date: false });
    } else if (isDateCell(meant)) {
      expect(cell?.type, `${where}: a date is a number cell`).toBe('number');
      const number = cell as Extract<XlsxCell, { type: 'number' }>;
      expect(number.date, `${where}: a date cell has a date format`).toBe(true);
      expect(serialToIsoDate(number.value), where).toBe(meant.date);
    } else {
      expect(cell, where).toEqual({ type: 'string', value: meant });
    }
  },
};
