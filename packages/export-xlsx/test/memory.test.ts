/**
 * A sheet of 1,048,576 rows (Excel's last row) is refused at the row bound before any row is decoded, reading
 * the file as a stream: in a child process whose heap is capped at 400 MB, the import ends with the located
 * 'input-limit' error, and the process's peak RSS stays under 400 MB. Decoding the million rows first (as the
 * importer once did) needs over a gigabyte and dies of the cap. The file is written to a temporary folder by a
 * streaming zip writer and removed afterwards.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportError } from '@ungcu/core/export';
import { officialListLayout } from '@ungcu/tabular';
import { writeBigWorkbook } from './big-workbook';

const EXCEL_ROWS = 1_048_576;
const CEILING_MB = 400;

describe('a million-row sheet', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ungcu-xlsx-memory-'));
  });
  afterAll(() => rmSync(dir, { recursive: true }));

  it(`is refused at the row bound in under ${CEILING_MB} MB, with a located error`, { timeout: 300_000 }, async () => {
    const path = join(dir, 'excel-rows.xlsx');
    await writeBigWorkbook(path, EXCEL_ROWS - 1, { compact: true }); // with the header: every row Excel has
    const child = await promisify(execFile)(
      process.execPath,
      [`--max-old-space-size=${CEILING_MB}`, '--import', 'tsx', '--conditions=@ungcu/source', join(import.meta.dirname, 'import-child.ts'), path],
      { cwd: join(import.meta.dirname, '..'), maxBuffer: 2 ** 20 },
    );
    const { errors, nominees, peakRssMb } = JSON.parse(child.stdout) as { errors: ImportError[]; nominees: number; peakRssMb: number };
    expect(errors.map((e) => [e.file, e.sheet, e.row, e.code])).toEqual([[path, officialListLayout.sheetName, 1_000_001, 'input-limit']]);
    expect(errors[0]!.message.en).toContain('1,000,000 rows');
    expect(errors[0]!.message.vi).toContain('1.000.000 dòng');
    expect(nominees).toBe(0);
    expect(peakRssMb).toBeLessThan(CEILING_MB);
  });
});
