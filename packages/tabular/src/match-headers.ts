/**
 * Which layout a header row is in, and where each of its columns is: headers are matched blind to case,
 * NFC/NFD and tone placement, by the header, the English name, the key or an alias.
 */
import type { CellValue, Layout } from '@ungcu/core/export';
import { comparisonKey } from '@ungcu/core/text';

/** Maps each header cell to a layout column; returns the column index of each key found. */
export function matchHeaders<K extends string>(
  layout: Layout<K>,
  headers: readonly CellValue[],
): { indexOf: Map<K, number>; unknown: { index: number; header: string }[] } {
  const byKey = new Map<string, K>();
  for (const column of layout.columns) {
    for (const name of [column.header, column.headerEn, column.key, ...(column.aliases ?? [])]) {
      byKey.set(comparisonKey(name), column.key);
    }
  }
  const indexOf = new Map<K, number>();
  const unknown: { index: number; header: string }[] = [];
  headers.forEach((cell, index) => {
    const header = typeof cell === 'string' ? cell : cell === null || cell === undefined ? '' : String(cell);
    if (header.trim() === '') return;
    const key = byKey.get(comparisonKey(header));
    if (key === undefined || indexOf.has(key)) unknown.push({ index, header: header.trim() });
    else indexOf.set(key, index);
  });
  return { indexOf, unknown };
}

/**
 * The layout whose headers a header row matches best, if at least half of that layout's columns are there:
 * a file that matches less is not in any known layout, and guessing would report every row as wrong.
 */
export function detectLayout(layouts: readonly Layout[], headers: readonly CellValue[]): Layout | undefined {
  let best: { layout: Layout; score: number } | undefined;
  for (const layout of layouts) {
    const score = matchHeaders(layout, headers).indexOf.size / layout.columns.length;
    if (score >= 0.5 && (best === undefined || score > best.score)) best = { layout, score };
  }
  return best?.layout;
}
