/**
 * Filling merged ranges as rows stream past: the top-left value goes to every cell of the range, across and
 * down; a range whose top row is not in the file leaves its cells blank; a range ends at its bottom row.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '@ungcu/core/export';
import { MergeFiller, MergedRanges, parseRange } from '../src/merges';

function filler(...refs: string[]): MergeFiller {
  const ranges = new MergedRanges();
  for (const ref of refs) {
    const r = parseRange(ref)!;
    ranges.add(r.top, r.left, r.bottom, r.right);
  }
  return new MergeFiller(ranges);
}

describe('merged ranges, row by row', () => {
  it('spreads the top-left value across and down, and stops after the bottom row', () => {
    const fill = filler('B2:C3', 'A2:A4');
    const rows: [number, CellValue[]][] = [
      [2, ['Hà Nội', 'Số 1', 'stale']],
      [3, [undefined, 'stale', undefined, 'x']],
      [4, [undefined, 'y']],
      [5, [undefined, undefined, 'z']],
    ];
    for (const [n, cells] of rows) fill.fill(cells, n);
    expect(rows.map(([, cells]) => cells)).toEqual([
      ['Hà Nội', 'Số 1', 'Số 1'],
      ['Hà Nội', 'Số 1', 'Số 1', 'x'],
      ['Hà Nội', 'y'],
      [undefined, undefined, 'z'],
    ]);
  });

  it('leaves a range blank when its top row is not in the file', () => {
    const fill = filler('A2:A4');
    const cells: CellValue[] = ['stale', 'b'];
    fill.fill(cells, 3);
    expect(cells).toEqual([undefined, 'b']);
  });
});
