/**
 * Timing and memory of one pipeline stage: wall time, CPU time (user + system of the whole process, so the
 * threads of better-sqlite3, zlib and pg count too) and peak RSS. RSS is sampled by a worker thread every
 * 5 ms rather than by a timer of the main thread: better-sqlite3 and the synchronous parts of the importers
 * block the main thread for seconds, and a timer there would miss the peak of exactly those stages. RSS is
 * process-wide, so the worker sees what the main thread allocates. The peak travels back through a shared
 * buffer, which the worker raises and the main thread resets at the start of each stage.
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

export interface StageResult {
  readonly stage: string;
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Highest RSS during the stage above the RSS at its start, in MiB. */
  readonly peakGrowthMb: number;
  /** Highest RSS of the process during the stage, in MiB. */
  readonly peakMb: number;
  /**
   * JavaScript heap still in use after the stage and a full collection, above the same before it, in MiB: what
   * the stage keeps (a dataset) as opposed to what it passed through. RSS alone cannot tell them apart: V8
   * grows its heap before collecting when the heap is already large, and rarely gives pages back.
   */
  readonly keptMb: number;
  /** Part of the CSV → SQLite → validate → XLSX path the targets are about. */
  readonly onPath: boolean;
}

const MB = 2 ** 20;

// Plain JavaScript, evaluated in the worker: no TypeScript loader needed there. It raises slot 0 to the
// highest RSS seen, with compare-and-swap so a reset by the main thread is never overwritten by a stale max.
const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new BigInt64Array(workerData);
setInterval(() => {
  const rss = BigInt(process.memoryUsage.rss());
  let seen = Atomics.load(peak, 0);
  while (rss > seen) {
    const before = Atomics.compareExchange(peak, 0, seen, rss);
    if (before === seen) break;
    seen = before;
  }
}, 5);
`;

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export class StageTimer {
  readonly results: StageResult[] = [];
  private readonly peak = new BigInt64Array(new SharedArrayBuffer(8));
  // execArgv []: the worker does not need tsx or the source conditions, and stays a few MB.
  private readonly worker = new Worker(SAMPLER, { eval: true, workerData: this.peak.buffer, execArgv: [] });

  constructor() {
    // The sampler must never keep the process alive (a failed run exits without calling close()).
    this.worker.unref();
  }

  /** Runs one stage, prints its line, records it. The stage's result is returned to feed the next one. */
  async run<T>(stage: string, onPath: boolean, work: () => Promise<T> | T): Promise<T> {
    // What earlier stages left as garbage is collected first, so it is not counted against this one.
    gc();
    const startHeap = process.memoryUsage().heapUsed;
    const startRss = process.memoryUsage.rss();
    Atomics.store(this.peak, 0, BigInt(startRss));
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = await work();
    const wallMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    const peak = Math.max(Number(Atomics.load(this.peak, 0)), process.memoryUsage.rss());
    gc();
    const keptMb = (process.memoryUsage().heapUsed - startHeap) / MB;
    const row: StageResult = {
      stage,
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakGrowthMb: (peak - startRss) / MB,
      peakMb: peak / MB,
      keptMb,
      onPath,
    };
    this.results.push(row);
    console.log(
      `  ${stage}: ${(wallMs / 1000).toFixed(1)} s wall, ${(row.cpuMs / 1000).toFixed(1)} s CPU, ` +
        `peak RSS +${row.peakGrowthMb.toFixed(0)} MB (${row.peakMb.toFixed(0)} MB), heap kept ${keptMb >= 0 ? '+' : ''}${keptMb.toFixed(0)} MB`,
    );
    return result;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** The final table: one row per stage, then the target path's total beside its targets. */
export function printTable(results: readonly StageResult[], targets: { readonly seconds: number; readonly mb: number }): boolean {
  const rows = results.map((r) => ({
    stage: r.stage,
    'wall s': (r.wallMs / 1000).toFixed(1),
    'CPU s': (r.cpuMs / 1000).toFixed(1),
    'peak RSS +MB': r.peakGrowthMb.toFixed(0),
    'peak RSS MB': r.peakMb.toFixed(0),
    'heap kept MB': r.keptMb.toFixed(0),
  }));
  const path = results.filter((r) => r.onPath);
  const wall = path.reduce((s, r) => s + r.wallMs, 0) / 1000;
  const cpu = path.reduce((s, r) => s + r.cpuMs, 0) / 1000;
  const peak = Math.max(0, ...path.map((r) => r.peakMb));
  rows.push({
    stage: 'total CSV → SQLite → validate → XLSX (stages marked *)',
    'wall s': wall.toFixed(1),
    'CPU s': cpu.toFixed(1),
    'peak RSS +MB': '',
    'peak RSS MB': peak.toFixed(0),
    'heap kept MB': '',
  });
  console.table(rows);
  const inTime = wall < targets.seconds;
  const inMemory = peak < targets.mb;
  console.log(
    `target path: ${wall.toFixed(1)} s wall (${cpu.toFixed(1)} s CPU) against ${targets.seconds} s: ${inTime ? 'OK' : 'MISSED'}; ` +
      `peak RSS ${peak.toFixed(0)} MB against ${targets.mb} MB: ${inMemory ? 'OK' : 'MISSED'}`,
  );
  return inTime && inMemory;
}
