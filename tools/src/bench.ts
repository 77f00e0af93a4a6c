/**
 * The benchmark harness every package's `bench` script uses. Targets are ratios against a baseline measured
 * in the same process on the same data (a bare library, a hand-written loop, a raw driver), so the numbers
 * mean the same on a fast laptop and on a loaded CI machine. Never used in unit tests.
 */
import { performance } from 'node:perf_hooks';

export interface BenchCase {
  readonly name: string;
  /** The work to time; its result is kept alive until timing ends so it cannot be optimised away. */
  readonly run: () => unknown;
}

export interface BenchResult {
  readonly name: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  /** Median CPU time of the process (user + system) while the case ran: steadier than wall time on a shared machine. */
  readonly medianCpuMs: number;
  /** Highest RSS growth seen while the case ran (sampled every 5 ms, so async work is covered best). */
  readonly peakRssMb: number;
}

export interface MeasureOptions {
  readonly runs?: number;
  readonly warmup?: number;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function measure(bench: BenchCase, options: MeasureOptions = {}): Promise<BenchResult> {
  const runs = options.runs ?? 5;
  for (let i = 0; i < (options.warmup ?? 1); i++) await bench.run();
  const times: number[] = [];
  const cpu: number[] = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    gc();
    const base = process.memoryUsage().rss;
    let high = base;
    const timer = setInterval(() => (high = Math.max(high, process.memoryUsage().rss)), 5);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const kept = await bench.run();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    clearInterval(timer);
    high = Math.max(high, process.memoryUsage().rss);
    peak = Math.max(peak, (high - base) / 2 ** 20);
    void kept;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const medianCpuMs = cpu[Math.floor(runs / 2)]!;
  return { name: bench.name, runs, medianMs: times[Math.floor(runs / 2)]!, minMs: times[0]!, medianCpuMs, peakRssMb: peak };
}

/** Measures a baseline and its subjects, prints one table with each subject's ratio to the baseline. */
export async function compare(
  title: string,
  baseline: BenchCase,
  subjects: readonly BenchCase[],
  options: MeasureOptions = {},
): Promise<{ baseline: BenchResult; subjects: BenchResult[] }> {
  const base = await measure(baseline, options);
  const results: BenchResult[] = [];
  for (const subject of subjects) results.push(await measure(subject, options));
  const rows = [base, ...results].map((r) => ({
    case: r.name,
    'median ms': r.medianMs.toFixed(1),
    'min ms': r.minMs.toFixed(1),
    'x baseline': r === base ? '1.00 (baseline)' : (r.medianMs / base.medianMs).toFixed(2),
    'cpu ms': r.medianCpuMs.toFixed(1),
    'x baseline cpu': r === base ? '1.00 (baseline)' : (r.medianCpuMs / base.medianCpuMs).toFixed(2),
    'peak RSS +MB': r.peakRssMb.toFixed(0),
  }));
  console.log(`\n${title}`);
  console.table(rows);
  return { baseline: base, subjects: results };
}
