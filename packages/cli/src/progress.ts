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
 * The one drawing of both kinds: the bar starts on the first update (nothing shows for a step that never
 * reports), then moves its total and value. `format` is cli-progress's, with {unit} and {rate} filled here.
 */
function drawn(stream: ProgressStream, format: string, barsize: number | undefined, now: () => number) {
  const startedAt = now();
  let bar: SingleBar | undefined;
  const draw = (value: number, total: number, unit: { readonly vi: string; readonly en: string }): void => {
    const payload = { unit: `${unit.vi} / ${unit.en}`, rate: rate(value, startedAt, now()) };
    if (bar === undefined) {
      bar = new SingleBar({
        stream: stream as unknown as NodeJS.WritableStream,
        format,
        ...(barsize === undefined ? {} : { barsize }),
        hideCursor: false,
        clearOnComplete: true,
        etaBuffer: 20,
        fps: 5,
      });
      bar.start(total, value, payload);
      return;
    }
    bar.setTotal(total);
    bar.update(value, payload);
  };
  const stop = (): void => {
    bar?.stop();
    bar = undefined;
  };
  return { draw, stop };
}

/**
 * A bar for `label` ("Đang xuất / Exporting"), or none (undefined) when `stream` is not a terminal or the
 * caller asked for quiet output.
 */
export function progressBar(label: string, stream: ProgressStream | undefined, now: () => number = Date.now): ProgressBar | undefined {
  if (stream?.isTTY !== true) return undefined;
  const { draw, stop } = drawn(stream, `${label} [{bar}] {value}/{total} {unit} · {rate}/s · còn / left {eta_formatted}`, 24, now);
  return { update: (progress) => draw(progress.done, progress.total, progress.unit), stop };
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
  const { draw, stop } = drawn(stream, `${label} {value} {unit} · {rate}/s`, undefined, now);
  return { update: (count) => draw(count, count, unit), stop };
}
