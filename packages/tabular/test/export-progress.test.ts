/**
 * rowsWithProgress: what a CSV or XLSX export reports as its rows are written (a CLI draws its bar from it).
 */
import { describe, expect, it } from 'vitest';
import type { ExportProgress } from '@ungcu/core/export';
import { ROWS_UNIT, rowsWithProgress } from '../src/index';

describe('rowsWithProgress', () => {
  it('hands the rows over unchanged, and the same iterable when nobody listens', () => {
    const rows = [[1], [2], [3]];
    expect(rowsWithProgress(rows, 3, undefined)).toBe(rows);
    expect([...rowsWithProgress(rows, 3, () => undefined)]).toEqual(rows);
  });

  it('reports at most once per interval as rows are pulled, then the final count once', () => {
    let clock = 0;
    const seen: ExportProgress[] = [];
    const rows = Array.from({ length: 2000 }, (_, i) => i);
    const pulled: number[] = [];
    for (const row of rowsWithProgress(rows, 2000, (p) => seen.push(p), 256, () => clock)) {
      pulled.push(row);
      clock += 1; // one millisecond a row: the clock is read every 256 rows, exactly one interval apart
      // What is reported is what has been pulled, never ahead of the writer.
      if (seen.length > 0) expect(seen.at(-1)!.done).toBeLessThanOrEqual(pulled.length);
    }
    expect(pulled).toEqual(rows);
    expect(seen.map((p) => p.done)).toEqual([256, 512, 768, 1024, 1280, 1536, 1792, 2000]);
    expect(seen.every((p) => p.total === 2000 && p.unit === ROWS_UNIT)).toBe(true);
  });

  it('reports nothing before the interval has passed, and never a total below the rows done', () => {
    const seen: ExportProgress[] = [];
    const clock = 0;
    const rows = Array.from({ length: 1000 }, (_, i) => i);
    for (const _ of rowsWithProgress(rows, 10, (p) => seen.push(p), 200, () => clock)) void _;
    expect(seen).toEqual([{ done: 1000, total: 1000, unit: { vi: 'dòng', en: 'rows' } }]);
  });
});
