/**
 * How wide each column of a printed table is: the model's relative widths, except that no column is narrower
 * than its longest word (header included), so a date, a name or "Không" is never broken between letters; and
 * what is left is shared half by the relative widths, half by how much text the column holds (as a browser's
 * automatic table layout does), so a column of long positions is not starved. One rule for every renderer:
 * the PDF measures words with its embedded font, the DOCX with the same font's advance widths, and both
 * lay the official list's 19 columns out alike.
 */
import type { TableBlock } from './model';

/** A column's longest word sets its least width, but no column takes more than this share of the table for it. */
const MAX_WORD_SHARE = 0.25;

/**
 * Widths summing to `total`: columns held at their least width keep it; the others share what is left in
 * proportion to `weights`. When the least widths cannot all fit, the columns of long words share what is left
 * at one width.
 */
export function columnWidths(total: number, weights: readonly number[], least: readonly number[]): number[] {
  let cap = total * MAX_WORD_SHARE;
  const sumAt = (c: number) => least.reduce((a, l) => a + Math.min(l, c), 0);
  if (sumAt(cap) > total) {
    // Too many long words to fit them all: the level where the least widths add up to the table's.
    let low = 0;
    let high = cap;
    for (let i = 0; i < 40; i++) {
      const mid = (low + high) / 2;
      if (sumAt(mid) > total) high = mid;
      else low = mid;
    }
    cap = low;
  }
  const floor = least.map((l) => Math.min(l, cap));
  const fixed = new Set<number>();
  for (;;) {
    const room = total - [...fixed].reduce((a, c) => a + floor[c]!, 0);
    const weight = weights.reduce((a, w, c) => (fixed.has(c) ? a : a + w), 0);
    const widths = weights.map((w, c) => (fixed.has(c) ? floor[c]! : (room * w) / weight));
    const under = widths.findIndex((w, c) => !fixed.has(c) && w < floor[c]!);
    if (under < 0) return widths;
    widths.forEach((w, c) => {
      if (!fixed.has(c) && w < floor[c]!) fixed.add(c);
    });
  }
}

/**
 * The widths of a table's columns in a renderer's unit: `measure(word)` gives a word's width in bold (the
 * wider face: failing cells are bold), `padding` the space a cell adds to its text.
 */
export function tableColumnWidths(table: TableBlock, total: number, measure: (word: string) => number, padding: number): number[] {
  const least: number[] = [];
  const holds: number[] = [];
  const longest = (text: string): number => {
    let widest = 0;
    for (const word of text.normalize('NFC').split(/\s+/u)) if (word !== '') widest = Math.max(widest, measure(word));
    return widest;
  };
  table.columns.forEach((column, i) => {
    let widest = longest(column.header);
    let sum = 0;
    for (const row of table.rows) {
      const text = row.cells[i] ?? '';
      widest = Math.max(widest, longest(text));
      sum += text.length;
    }
    least.push(widest + padding);
    holds.push(table.rows.length === 0 ? 0 : sum / table.rows.length);
  });
  const weightSum = table.columns.reduce((s, c) => s + c.width, 0);
  const holdSum = holds.reduce((s, h) => s + h, 0);
  const weights = table.columns.map((c, i) => c.width / weightSum + (holdSum === 0 ? c.width / weightSum : holds[i]! / holdSum));
  return columnWidths(total, weights, least);
}
