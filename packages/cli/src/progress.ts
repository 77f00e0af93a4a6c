/**
 * A progress bar for long steps (a 184-constituency PDF, a national export), drawn on stderr only when
 * stderr is a terminal: piped or redirected output gets none, so logs and scripts see only the result line.
 * cli-progress draws it (the common Node progress bar: throttled redraws, ETA, terminal width handled).
 */
import { SingleBar } from 'cli-progress';
import type { ExportProgress } from '@ungcu/core/export';

/** Where a bar can be drawn: stderr, or a test's stand-in. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): boolean;
  readonly columns?: number;
}

export interface ProgressBar {
  /** Give it to an exporter as `onProgress`. */
  readonly update: (progress: ExportProgress) => void;
  /** Clears the line; safe to call when nothing was drawn. */
  readonly stop: () => void;
}

/** Rows (or constituencies) per second since the start, as the bar prints it. */
function rate(done: number, startedAt: number, now: number): string {
  const seconds = (now - startedAt) / 1000;
  return seconds <= 0 ? '…' : Math.round(done / seconds).toLocaleString('vi-VN');
}

/**
 * A bar for `label` ("Đang xuất / Exporting"), or none (undefined) when `stream` is not a terminal or the
 * caller asked for quiet output.
 */
export function progressBar(label: string, stream: ProgressStream | undefined, now: () => number = Date.now): ProgressBar | undefined {
  if (stream?.isTTY !== true) return undefined;
  const startedAt = now();
  let bar: SingleBar | undefined;
  const update = (progress: ExportProgress): void => {
    const payload = { unit: `${progress.unit.vi} / ${progress.unit.en}`, rate: rate(progress.done, startedAt, now()) };
    if (bar === undefined) {
      bar = new SingleBar({
        stream: stream as unknown as NodeJS.WritableStream,
        format: `${label} [{bar}] {value}/{total} {unit} · {rate}/s · còn / left {eta_formatted}`,
        barsize: 24,
        hideCursor: false,
        clearOnComplete: true,
        etaBuffer: 20,
        fps: 5,
      });
      bar.start(progress.total, progress.done, payload);
      return;
    }
    bar.setTotal(progress.total);
    bar.update(progress.done, payload);
  };
  const stop = (): void => {
    bar?.stop();
    bar = undefined;
  };
  return { update, stop };
}

/** A running count for a step whose total is not known in advance (rows read from files): the count and its rate. */
export interface ProgressCounter {
  /** The count so far. */
  readonly update: (count: number) => void;
  readonly stop: () => void;
}

/**
 * A counter for `label` ("Đang đọc / Reading") in `unit`, or none when `stream` is not a terminal: a file's
 * rows are known only once it is read, so it shows how many and how fast, not how long is left.
 */
export function progressCounter(
  label: string,
  unit: { readonly vi: string; readonly en: string },
  stream: ProgressStream | undefined,
  now: () => number = Date.now,
): ProgressCounter | undefined {
  if (stream?.isTTY !== true) return undefined;
  const startedAt = now();
  let bar: SingleBar | undefined;
  const update = (count: number): void => {
    const payload = { unit: `${unit.vi} / ${unit.en}`, rate: rate(count, startedAt, now()) };
    if (bar === undefined) {
      bar = new SingleBar({
        stream: stream as unknown as NodeJS.WritableStream,
        format: `${label} {value} {unit} · {rate}/s`,
        hideCursor: false,
        clearOnComplete: true,
        fps: 5,
      });
      bar.start(count, count, payload);
      return;
    }
    bar.setTotal(count);
    bar.update(count, payload);
  };
  const stop = (): void => {
    bar?.stop();
    bar = undefined;
  };
  return { update, stop };
}
