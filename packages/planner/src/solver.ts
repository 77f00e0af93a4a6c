/**
 * HiGHS, loaded on the first solve and kept. The import is dynamic, so importing @ungcu/planner loads no wasm:
 * an app pays the ~30 ms instantiation (and the 2.6 MB binary) only when it plans.
 */
import type { SolverLoading } from './types';
import type { LinearModel } from './lp';
import { writeLp } from './lp';
import { PlannerError } from './errors';

export interface Solution {
  readonly status: 'optimal' | 'infeasible' | 'time-limit';
  /** Values by variable name (absent variables are 0); empty when there is no solution. */
  readonly values: ReadonlyMap<string, number>;
  readonly objective: number;
}

interface HighsLike {
  solve(problem: string, options?: Readonly<Record<string, unknown>>): {
    Status: string;
    ObjectiveValue: number;
    Columns: Record<string, { Primal?: number }>;
  };
}

let loading: Promise<HighsLike> | undefined;
let loadingKey: SolverLoading | undefined;

/** Whether the solver has been asked for in this process (for tests of lazy loading). */
export function solverLoaded(): boolean {
  return loading !== undefined;
}

async function load(options: SolverLoading | undefined): Promise<HighsLike> {
  // A new locateFile or binary means a new instance; the same (or none) reuses the first.
  if (loading === undefined || (options !== undefined && options !== loadingKey)) {
    loadingKey = options;
    loading = import('highs').then(async (module) => {
      const loader = (module as unknown as { default: (o?: object) => Promise<HighsLike> }).default;
      return loader({
        ...(options?.locateFile === undefined ? {} : { locateFile: options.locateFile }),
        ...(options?.wasmBinary === undefined ? {} : { wasmBinary: options.wasmBinary }),
      });
    });
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

export interface SolveOptions {
  readonly timeLimitMs?: number | undefined;
  /**
   * 'relaxation': a proved optimum (gap 0), HiGHS's defaults otherwise. 'plan': HiGHS's default gap, and no
   * presolve, symmetry detection or feasibility-jump heuristic: on the planner's models (a partition into
   * constituencies plus a few quota rows, nearly integral already) these cost more than they save; measured
   * on the national and council-scale benchmark models: 2 to 4 times faster, the same optimum.
   */
  readonly profile: 'plan' | 'relaxation';
  readonly solver?: SolverLoading | undefined;
}

export async function solve(model: LinearModel, options: SolveOptions): Promise<Solution> {
  const highs = await load(options.solver);
  const text = writeLp(model);
  const result = highs.solve(text, {
    output_flag: false,
    random_seed: 0,
    ...(options.profile === 'relaxation'
      ? { mip_rel_gap: 0, mip_abs_gap: 0.5 }
      : { presolve: 'off', mip_detect_symmetry: false, mip_heuristic_run_feasibility_jump: false }),
    ...(options.timeLimitMs === undefined ? {} : { time_limit: options.timeLimitMs / 1000 }),
  });
  const values = new Map<string, number>();
  const status = result.Status;
  if (status === 'Infeasible' || status === 'Primal infeasible or unbounded') {
    return { status: 'infeasible', values, objective: Number.NaN };
  }
  for (const [name, column] of Object.entries(result.Columns ?? {})) {
    if (typeof column.Primal === 'number') values.set(name, Math.round(column.Primal));
  }
  if (status === 'Optimal' || status === 'Empty') return { status: 'optimal', values, objective: result.ObjectiveValue };
  if (status === 'Time limit reached') return { status: 'time-limit', values, objective: result.ObjectiveValue };
  throw new PlannerError(
    { vi: `Bộ giải HiGHS dừng với trạng thái "${status}"`, en: `The HiGHS solver stopped with status "${status}"` },
    { status },
  );
}
