/**
 * Merged cells. Official forms merge the province and constituency headings across the rows of a
 * constituency (and sometimes a value down several rows); Excel keeps the value in the range's top-left cell
 * only and shows it over the whole range. The importer gives that value to every cell of the range, so a
 * merged form reads as the same rows written out in full. Ranges come from <mergeCell ref="A2:A9"/>, after
 * <sheetData>, so they are collected by the cheap first pass (sheet-scan.ts) and applied row by row here.
 */
import type { CellValue } from '@ungcu/core/export';

/** Ranges as flat integers (top row, bottom row: 1-based; left, right column: 0-based), four per range. */
export class MergedRanges {
  private data = new Int32Array(64);
  private size = 0;

  get count(): number {
    return this.size / 4;
  }

  add(top: number, left: number, bottom: number, right: number): void {
    if (this.size + 4 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data.set([top, left, bottom, right], this.size);
    this.size += 4;
  }

  /** [top, left, bottom, right] of range i. */
  range(i: number): readonly [number, number, number, number] {
    const d = this.data;
    return [d[4 * i]!, d[4 * i + 1]!, d[4 * i + 2]!, d[4 * i + 3]!];
  }
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/u;

function cellRef(ref: string): { col: number; row: number } | undefined {
  const m = CELL.exec(ref);
  if (m === null) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) };
}

/**
 * "A2:B9" → rows 2 to 9, columns 0 to 1. Undefined for a ref that is not a range of at least two cells: a
 * single cell merged with itself changes nothing, and an unreadable ref is ignored as Excel would repair it.
 */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [from, to, extra] = ref.trim().toUpperCase().split(':');
  if (from === undefined || to === undefined || extra !== undefined) return undefined;
  const a = cellRef(from);
  const b = cellRef(to);
  if (a === undefined || b === undefined) return undefined;
  const range = { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  return range.top === range.bottom && range.left === range.right ? undefined : range;
}

/**
 * Fills merged ranges as rows stream past, in row order. Only the ranges over the current row are held;
 * work is bounded by the cells the ranges cover (limits.maxMergedCells).
 */
export class MergeFiller {
  private readonly order: number[];
  private next = 0;
  private active: { range: readonly [number, number, number, number]; value: CellValue }[] = [];

  constructor(private readonly ranges: MergedRanges) {
    this.order = Array.from({ length: ranges.count }, (_, i) => i).sort((x, y) => ranges.range(x)[0] - ranges.range(y)[0]);
  }

  /** Gives row `rowNumber` the values of the ranges over it; called once per row, in increasing row order. */
  fill(cells: CellValue[], rowNumber: number): void {
    while (this.next < this.order.length && this.ranges.range(this.order[this.next]!)[0] <= rowNumber) {
      const range = this.ranges.range(this.order[this.next++]!);
      // A range whose top row is not in the file has a blank top-left cell: its cells are blank.
      if (range[2] >= rowNumber) this.active.push({ range, value: undefined });
    }
    if (this.active.length === 0) return;
    for (const merge of this.active) {
      const [top, left, , right] = merge.range;
      if (top === rowNumber) merge.value = cells[left];
      for (let c = top === rowNumber ? left + 1 : left; c <= right; c++) cells[c] = merge.value;
    }
    this.active = this.active.filter((m) => m.range[2] > rowNumber);
  }
}
