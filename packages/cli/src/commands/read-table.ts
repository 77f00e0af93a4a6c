/**
 * Reads the small tables the planning commands take (units to apportion, a pool of nominees, quotas): a CSV
 * file with a header row, as text cells with their spreadsheet row numbers. The official list itself goes
 * through the SDK's importers; these tables have no fixed layout, so they are read here, by csv-parse.
 * Every fault is a located, bilingual `TableError`: the file, and the row and column where there is one.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { detectLegacyVietnamese, LEGACY_VIETNAMESE_DECODERS, LEGACY_VIETNAMESE_NAMES, toNfc } from '@ungcu/core/text';

/** A table of a few thousand rows is a few hundred KiB; a file far larger is not one of these tables. */
export const MAX_TABLE_BYTES: number = 64 * 1024 * 1024;

export class TableError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'TableError';
  }
}

/** The id column of a table, as integrators and officials name it. */
export const ID_COLUMNS: readonly string[] = ['id', 'mã', 'ma'];

export interface TableRow {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  readonly row: number;
  /** Cells by lower-cased, trimmed header. */
  readonly cells: Readonly<Record<string, string>>;
}

export interface Table {
  readonly file: string;
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
}

/** A cell's place in the words officials and integrators use: "units.csv, dòng 4, cột weight". */
export function place(file: string, row?: number, column?: string): { vi: string; en: string } {
  const name = basename(file);
  return {
    vi: [name, row === undefined ? '' : `dòng ${row}`, column === undefined ? '' : `cột ${column}`].filter((s) => s !== '').join(', '),
    en: [name, row === undefined ? '' : `row ${row}`, column === undefined ? '' : `column ${column}`].filter((s) => s !== '').join(', '),
  };
}

/** UTF-8 (with or without a byte order mark), else a legacy Vietnamese encoding when one clearly reads as Vietnamese. */
function decode(bytes: Uint8Array, file: string): string {
  try {
    return toNfc(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    let latin1 = '';
    for (let at = 0; at < bytes.byteLength; at += 0x2000) latin1 += String.fromCharCode(...bytes.subarray(at, at + 0x2000));
    const guess = detectLegacyVietnamese(latin1);
    if (guess.encoding !== undefined) return toNfc(LEGACY_VIETNAMESE_DECODERS[guess.encoding](latin1));
    const known = Object.values(LEGACY_VIETNAMESE_NAMES).join(', ');
    throw new TableError(
      `${basename(file)}: tệp không ở bảng mã UTF-8 và không đọc được như ${known}; hãy lưu lại dưới dạng CSV UTF-8`,
      `${basename(file)}: the file is not UTF-8 and does not read as ${known}; save it again as CSV UTF-8`,
    );
  }
}

/** The delimiter the header row uses: a comma, else a semicolon or a tab (Excel's regional CSV). */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/u));
  for (const candidate of [',', ';', '\t']) if (header.includes(candidate)) return candidate;
  return ',';
}

export async function readTable(file: string): Promise<Table> {
  let bytes: Uint8Array;
  try {
    const size = (await stat(file)).size;
    if (size > MAX_TABLE_BYTES) {
      throw new TableError(
        `${basename(file)}: tệp lớn ${(size / 1048576).toFixed(0)} MiB, quá giới hạn ${MAX_TABLE_BYTES / 1048576} MiB của một bảng`,
        `${basename(file)}: the file is ${(size / 1048576).toFixed(0)} MiB, over a table's limit of ${MAX_TABLE_BYTES / 1048576} MiB`,
      );
    }
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof TableError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new TableError(`Không đọc được tệp "${file}": ${reason}`, `Cannot read the file "${file}": ${reason}`);
  }
  const text = decode(bytes, file);
  let records: string[][];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const where = place(file, typeof error.lines === 'number' ? error.lines : undefined);
    throw new TableError(`${where.vi}: tệp CSV hỏng (${error.code})`, `${where.en}: the CSV is malformed (${error.code})`);
  }
  const [header, ...body] = records;
  if (header === undefined || header.every((c) => c === '')) {
    throw new TableError(`${basename(file)}: tệp trống, thiếu dòng tiêu đề`, `${basename(file)}: the file is empty, with no header row`);
  }
  const columns = header.map((c) => c.toLowerCase());
  const rows: TableRow[] = [];
  body.forEach((record, index) => {
    if (record.every((c) => c === '')) return; // a blank line between rows, as spreadsheets leave
    rows.push({ row: index + 2, cells: Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ''])) });
  });
  return { file, columns, rows };
}

/** The first of `names` the table has, or a located error listing what it has. */
export function column(table: Table, names: readonly string[]): string {
  const found = names.find((n) => table.columns.includes(n));
  if (found !== undefined) return found;
  throw new TableError(
    `${basename(table.file)}: thiếu cột ${names.join(' hoặc ')} (có: ${table.columns.join(', ')})`,
    `${basename(table.file)}: missing the column ${names.join(' or ')} (has: ${table.columns.join(', ')})`,
  );
}

/** A whole number ≥ 0 in a cell, or a located error. Empty cells are `undefined`. */
export function wholeNumber(table: Table, row: TableRow, name: string): number | undefined {
  const raw = row.cells[name] ?? '';
  if (raw === '') return undefined;
  if (!/^\d{1,15}$/u.test(raw)) {
    const where = place(table.file, row.row, name);
    throw new TableError(`${where.vi}: "${raw}" không phải là số nguyên không âm`, `${where.en}: "${raw}" is not a whole, non-negative number`);
  }
  return Number(raw);
}
