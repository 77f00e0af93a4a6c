/**
 * Reads the rows of a printed table back from text positions (pdfjs items), knowing only what a reader of
 * the page sees: a row starts where a number stands in the first column, a cell's lines sit between that row's
 * top and the next row's, and the name column starts where the first text right of the number starts.
 */
import type { PdfPage, TextItem } from './read-pdf';

export interface ReadRow {
  readonly number: string;
  /** The second column's text, its lines joined by spaces. */
  readonly name: string;
}

/** The rows of the table on a page: items of the first column holding a number start a row. */
export function tableRows(page: PdfPage): ReadRow[] {
  const numbers = page.items.filter((i) => /^\d+$/u.test(i.text) && i.x < 130 && !/^Trang|^Page/u.test(i.text));
  // Footer and heading numbers are not in the first column's band: keep numbers at the leftmost x seen.
  if (numbers.length === 0) return [];
  const left = Math.min(...numbers.map((n) => n.x));
  const starts = numbers.filter((n) => n.x < left + 15).sort((a, b) => a.y - b.y);
  const rows: ReadRow[] = [];
  starts.forEach((start, r) => {
    const sameLine = page.items.filter((i) => Math.abs(i.y - start.y) < 1 && i.x > start.x + 1).sort((a, b) => a.x - b.x);
    const nameStart = sameLine[0];
    const next = sameLine[1];
    if (nameStart === undefined) return;
    const bottom = starts[r + 1]?.y ?? Number.POSITIVE_INFINITY;
    const inCell = (i: TextItem) => i.x >= nameStart.x - 0.5 && i.x < (next?.x ?? Number.POSITIVE_INFINITY) - 0.5 && i.y >= start.y - 1 && i.y < bottom - 1;
    const name = page.items
      .filter(inCell)
      .sort((a, b) => a.y - b.y || a.x - b.x)
      .map((i) => i.text)
      .join(' ');
    rows.push({ number: start.text, name });
  });
  return rows;
}
