/**
 * Tables: the header row at the top of every page the table runs over, each cell's text broken into lines
 * in its column, and a row kept on one page: when it does not fit below, the page is turned (and the header
 * drawn again) first. Only a row taller than a whole page is split, between its lines. A row that breaks a
 * rule is printed bold on a light shade; a total row is bold.
 */
import { type TableBlock, type TableRow, tableColumnWidths } from '@ungcu/documents';
import type { FontFace } from './fonts';
import { type Canvas, lineHeight } from './page';
import { type Line, wrapRuns } from './wrap';

/** Type size of a table's text: 10 pt, or 8.5 pt for a wide table (the official list has 19 columns). */
export const TABLE_SIZE = 10;
export const WIDE_TABLE_SIZE = 8.5;
const WIDE_TABLE_COLUMNS = 10;
const PAD_X = 3;
const PAD_Y = 2.5;
const BORDER = 0.5;
const SHADE = '#e3e3e3';

interface LaidRow {
  /** Lines of each cell. */
  readonly cells: readonly (readonly Line[])[];
  readonly lines: number;
  readonly shaded: readonly boolean[];
}

function layRow(canvas: Canvas, size: number, cells: readonly string[], widths: readonly number[], faceOf: (c: number) => FontFace, shadeOf: (c: number) => boolean): LaidRow {
  const laid = widths.map((w, c) => wrapRuns([{ text: cells[c] ?? '', bold: faceOf(c) === 'bold' }], size, w - 2 * PAD_X, canvas.measure));
  return { cells: laid, lines: Math.max(1, ...laid.map((l) => l.length)), shaded: widths.map((_, c) => shadeOf(c)) };
}

const rowHeight = (lines: number, size: number): number => lines * lineHeight(size) + 2 * PAD_Y;

export function drawTable(canvas: Canvas, table: TableBlock): void {
  const { geo, doc } = canvas;
  const size = table.columns.length > WIDE_TABLE_COLUMNS ? WIDE_TABLE_SIZE : TABLE_SIZE;
  // No column narrower than its longest word; what is left shared by relative width and text held (documents).
  const widths = tableColumnWidths(table, canvas.width, (word) => canvas.measure('bold', size, word), 2 * PAD_X + 0.5);
  const xs = widths.map((_, i) => geo.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const lay = (row: TableRow) => layRowOf(canvas, size, row, widths);
  const header = layRow(canvas, size, table.columns.map((c) => c.header), widths, () => 'bold', () => false);
  const headerHeight = rowHeight(header.lines, size);
  const lh = lineHeight(size);

  /** Draws `lines` lines of a row from line `from`, at the canvas's y. */
  const drawRowPart = (row: LaidRow, from: number, lines: number, centerAll: boolean): void => {
    const top = canvas.y;
    const height = rowHeight(lines, size);
    widths.forEach((w, c) => {
      if (row.shaded[c] === true) doc.rect(xs[c]!, top, w, height).fill(SHADE);
    });
    doc.fillColor('black');
    widths.forEach((w, c) => {
      const align = centerAll ? 'center' : (table.columns[c]?.align ?? 'left');
      const cellLines = row.cells[c] ?? [];
      for (let i = from; i < Math.min(cellLines.length, from + lines); i++) {
        canvas.drawLine(cellLines[i]!, xs[c]! + PAD_X, top + PAD_Y + (i - from) * lh, w - 2 * PAD_X, size, align);
      }
    });
    doc.lineWidth(BORDER).rect(geo.left, top, canvas.width, height).stroke();
    for (let c = 1; c < xs.length; c++) doc.moveTo(xs[c]!, top).lineTo(xs[c]!, top + height).stroke();
    canvas.y = top + height;
  };
  const drawHeader = (): void => drawRowPart(header, 0, header.lines, true);

  // The header and the first row start together: never a header alone at the foot of a page.
  const first = table.rows[0];
  const firstHeight = first === undefined ? 0 : rowHeight(lay(first).lines, size);
  canvas.ensure(headerHeight + Math.min(firstHeight, geo.bottom - geo.top - headerHeight));
  drawHeader();
  const previous = canvas.onPageBreak;
  canvas.onPageBreak = drawHeader;
  try {
    for (const source of table.rows) {
      const row = lay(source);
      const height = rowHeight(row.lines, size);
      const pageRoom = geo.bottom - geo.top - headerHeight;
      if (height <= pageRoom) {
        canvas.ensure(height);
        drawRowPart(row, 0, row.lines, false);
        continue;
      }
      // Taller than a page: as many lines as fit on each page.
      let from = 0;
      while (from < row.lines) {
        let fit = Math.floor((canvas.room - 2 * PAD_Y) / lh);
        if (fit < 1) {
          canvas.ensure(Number.POSITIVE_INFINITY);
          fit = Math.floor((canvas.room - 2 * PAD_Y) / lh);
        }
        const count = Math.min(fit, row.lines - from);
        drawRowPart(row, from, count, false);
        from += count;
      }
    }
  } finally {
    canvas.onPageBreak = previous;
  }
  canvas.y += 6;
}

function layRowOf(canvas: Canvas, size: number, row: TableRow, widths: readonly number[]): LaidRow {
  const failing = new Set(row.failingCells ?? []);
  const bold = (c: number) => row.emphasis === 'total' || row.emphasis === 'fail' || failing.has(c);
  const shaded = (c: number) => row.emphasis === 'fail' || failing.has(c);
  return layRow(canvas, size, row.cells, widths, (c) => (bold(c) ? 'bold' : 'regular'), shaded);
}
