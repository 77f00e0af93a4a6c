/**
 * plan(): the static check first; then the plan MIP; when that is infeasible (or the static check proved
 * it), the relaxation MIP for the smallest change. A list is returned only after the independent re-check.
 */
import { maxPeople, minPeople } from './bounds';
import { compile, countKey, type Compiled, type Row } from './compile';
import { PlannerError } from './errors';
import { explanation, mipConflict, relaxationMessage } from './explain';
import { planModel, relaxModel, xName, type Slack } from './model';
import { recheck } from './recheck';
import { solve } from './solver';
import { sizeConflicts, staticConflicts } from './static-check';
import type { PlanOptions, PlanProblem, PlanResult, QuotaConflict, Relaxation } from './types';

type Infeasible = Extract<PlanResult, { feasible: false }>;

function selectedIn(c: Compiled, values: ReadonlyMap<string, number>, list: readonly number[]): number {
  let n = 0;
  for (const i of list) if (c.excluded[i] === 0 && (values.get(xName(i)) ?? 0) === 1) n++;
  return n;
}

/** The bound in people a slack moved: fixed lists use their size, others the size the relaxed list has. */
function boundOf(c: Compiled, slack: Slack, values: ReadonlyMap<string, number>): number {
  const { row, bound } = slack;
  const n = row.size ?? selectedIn(c, values, row.members);
  return bound === 'min' ? minPeople(row.min!, n) : maxPeople(row.max!, n);
}

/** Quotas that are at their bound in the relaxed list and count some of the same people. */
function holding(c: Compiled, row: Row, values: ReadonlyMap<string, number>, changed: ReadonlySet<Row>): Row[] {
  const mine = new Set(row.members);
  const out: Row[] = [];
  for (const other of c.rows) {
    if (other === row || changed.has(other) || !other.members.some((i) => mine.has(i))) continue;
    const n = other.size ?? selectedIn(c, values, other.members);
    const count = selectedIn(c, values, other.matching);
    const tight =
      (other.min !== undefined && count === minPeople(other.min, n) && count > 0) ||
      (other.max !== undefined && count === maxPeople(other.max, n) && count < other.matching.length);
    if (tight) out.push(other);
  }
  return out;
}

async function relax(c: Compiled, options: PlanOptions, known: QuotaConflict[], decidedBy: 'static' | 'mip'): Promise<Infeasible> {
  const { model, slacks } = relaxModel(c);
  const solution = await solve(model, { profile: 'relaxation', timeLimitMs: options.timeLimitMs, solver: options.solver });
  if (solution.status === 'infeasible' || solution.values.size === 0) {
    // Only the sizes can be at fault, and the static check names them.
    const conflicts = known.length > 0 ? known : sizeConflicts(c);
    return { feasible: false, conflicts, relaxation: [], explanation: explanation(conflicts, []), decidedBy };
  }
  const { values } = solution;
  const relaxation: Relaxation[] = [];
  const moved: { slack: Slack; from: number; to: number }[] = [];
  for (const slack of slacks) {
    const s = values.get(slack.name) ?? 0;
    if (s <= 0) continue;
    const from = boundOf(c, slack, values);
    const to = slack.bound === 'min' ? from - s : from + s;
    moved.push({ slack, from, to });
    const { row } = slack;
    relaxation.push({
      feature: row.quota.feature,
      value: row.quota.value,
      scope: row.scope,
      bound: slack.bound,
      from,
      to,
      message: relaxationMessage(row, slack.bound, from, to),
    });
  }
  let conflicts = known;
  if (conflicts.length === 0) {
    const changed = new Set(moved.map((m) => m.slack.row));
    conflicts = moved.map(({ slack, from, to }) => mipConflict(slack.row, slack.bound, from, to, holding(c, slack.row, values, changed)));
  }
  return { feasible: false, conflicts, relaxation, explanation: explanation(conflicts, relaxation), decidedBy };
}

function countsOf(c: Compiled, chosen: ReadonlySet<number>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of c.rows) {
    let n = 0;
    for (const i of row.matching) if (chosen.has(i)) n++;
    counts[countKey(row.quota, row.scope)] = n;
  }
  return counts;
}

/** Picks a list meeting every quota, or explains why none does and the smallest change that makes one. */
export async function plan(problem: PlanProblem, options: PlanOptions = {}): Promise<PlanResult> {
  const c = compile(problem);
  const found = staticConflicts(c);
  if (found.length > 0) {
    // Sizes no quota can fix (sizes are set by law) need no solver; a quota conflict still needs the MIP for the smallest change.
    if (found.some((f) => f.reason === 'size' && f.quotas.length === 0)) {
      return { feasible: false, conflicts: found, relaxation: [], explanation: explanation(found, []), decidedBy: 'static' };
    }
    return relax(c, options, found, 'static');
  }
  const solution = await solve(planModel(c, options.seed ?? 1), { profile: 'plan', timeLimitMs: options.timeLimitMs, solver: options.solver });
  if (solution.status === 'infeasible') return relax(c, options, [], 'mip');
  if (solution.values.size === 0 && problem.size > 0) {
    throw new PlannerError(
      {
        vi: `Không tìm được danh sách trong thời gian cho phép (${options.timeLimitMs ?? 0} ms)`,
        en: `No list was found within the time limit (${options.timeLimitMs ?? 0} ms)`,
      },
      { timeLimitMs: options.timeLimitMs },
      options.locale,
    );
  }
  const chosen = new Set<number>();
  for (let i = 0; i < c.pool.length; i++) if (c.excluded[i] === 0 && solution.values.get(xName(i)) === 1) chosen.add(i);
  const selected = [...chosen].sort((a, b) => a - b).map((i) => c.pool[i]!.id);
  const violations = recheck(problem, selected);
  if (violations.length > 0) {
    throw new PlannerError(
      {
        vi: `Danh sách bộ giải chọn không qua được kiểm tra lại: ${violations.map((v) => `${v.what} (cần ${v.expected}, có ${v.actual})`).join('; ')}`,
        en: `The solver's list failed the re-check: ${violations.map((v) => `${v.what} (expected ${v.expected}, got ${v.actual})`).join('; ')}`,
      },
      { violations },
      options.locale,
    );
  }
  let score = 0;
  for (const i of chosen) score += c.pool[i]!.score ?? 0;
  return { feasible: true, selected, counts: countsOf(c, chosen), score, decidedBy: 'mip' };
}
