/**
 * Progress of a tabular export (CSV, XLSX): the rows written against the rows the layout encodes, reported as
 * the rows are pulled by the writer, so what is reported is what has gone into the file. A call per row
 * would cost more than the bar it draws: the clock is read every 256 rows, and a report made at most every
 * `interval` ms, then once at the end with the final count.
 */
import type { ExportProgress } from '@ungcu/core/export';

export const ROWS_UNIT = { vi: 'dòng', en: 'rows' } as const;

const CHECK_EVERY = 256;

/** `rows` as they are, counted into `onProgress`; `rows` itself when nobody listens. */
export function rowsWithProgress<T>(
  rows: Iterable<T>,
  total: number,
  onProgress: ((progress: ExportProgress) => void) | undefined,
  interval = 200,
  now: () => number = Date.now,
): Iterable<T> {
  if (onProgress === undefined) return rows;
  return (function* () {
    let done = 0;
    let last = now();
    for (const row of rows) {
      yield row;
      done++;
      if (done % CHECK_EVERY === 0 && now() - last >= interval) {
        last = now();
        onProgress({ done, total: Math.max(total, done), unit: ROWS_UNIT });
      }
    }
    onProgress({ done, total: Math.max(total, done), unit: ROWS_UNIT });
  })();
}
