/**
 * The first pass over a data sheet, made while its size is being verified (limits.ts): counts its rows
 * against the row bound and collects its merged ranges against the merged-cell bound, so that a sheet over
 * a bound is refused before any of its rows is decoded, and merged ranges are known before the row pass.
 */
import { type EntryObserver, mergeLimitExceeded, rowLimitExceeded } from './limits';
import { MarkupScanner, attribute } from './markup-scan';
import { MergedRanges, parseRange } from './merges';

/** Counters shared by the sheets of one read() call (rows) or one file (merged cells). */
export interface ScanBudget {
  rows: number;
  readonly maxRows: number;
  mergedCells: number;
  readonly maxMergedCells: number;
}

export class SheetScan implements EntryObserver {
  readonly merges = new MergedRanges();
  private rowsInSheet = 0;
  private readonly scanner: MarkupScanner;

  constructor(
    readonly sheet: string,
    private readonly budget: ScanBudget,
  ) {
    this.scanner = new MarkupScanner({
      row: () => {
        this.rowsInSheet++;
        // Only the row past the bound is looked at more closely, to say which row it is.
        return ++this.budget.rows > this.budget.maxRows;
      },
      rowAttributes: (attributes) => {
        const r = Number(attribute(attributes, 'r'));
        throw rowLimitExceeded(this.budget.maxRows, this.sheet, Number.isInteger(r) && r > 0 ? r : this.rowsInSheet);
      },
      mergeCell: (attributes) => {
        const range = parseRange(attribute(attributes, 'ref') ?? '');
        if (range === undefined) return;
        this.budget.mergedCells += (range.bottom - range.top + 1) * (range.right - range.left + 1);
        if (this.budget.mergedCells > this.budget.maxMergedCells) throw mergeLimitExceeded(this.budget.maxMergedCells, this.sheet, range.top);
        this.merges.add(range.top, range.left, range.bottom, range.right);
      },
    });
  }

  write(chunk: Uint8Array): void {
    this.scanner.write(chunk);
  }

  end(): void {
    this.scanner.end();
    // A row tag cut off at the end of the XML was counted but never shown: still over the bound.
    if (this.budget.rows > this.budget.maxRows) throw rowLimitExceeded(this.budget.maxRows, this.sheet, this.rowsInSheet);
  }
}
