/**
 * The two MIPs, one binary x_i per pool member (excluded members get no variable):
 * - the plan: the sizes and every quota as rows, the objective the scores (or the seed's tie weights), and
 *   the spread of one value across constituencies first when asked;
 * - the relaxation: the same rows with a slack in people on every quota bound, minimising the total slack
 *   first and the number of bounds changed second.
 */
import { maxPeople, minPeople } from './bounds';
import type { Compiled, Limit, Row } from './compile';
import { matches } from './compile';
import type { LinearModel, LinearRow, Term } from './lp';
import { tieWeights } from './prng';

export const xName = (i: number): string => `x${i}`;

export interface Slack {
  readonly name: string;
  readonly row: Row;
  readonly bound: 'min' | 'max';
}

function available(c: Compiled, list: readonly number[]): number[] {
  return list.filter((i) => c.excluded[i] === 0);
}

export function hardRows(c: Compiled): LinearRow[] {
  const all = available(c, c.pool.map((_, i) => i));
  const rows: LinearRow[] = [{ name: 'size', terms: all.map((i) => [1, xName(i)] as const), op: '=', rhs: c.problem.size }];
  c.constituencies.forEach((k, n) => {
    rows.push({ name: `k${n}`, terms: available(c, k.members).map((i) => [1, xName(i)] as const), op: '=', rhs: k.size });
  });
  return rows;
}

/** A share of a list whose size is not fixed: q·count − p·n ≥ 0 (min) or ≤ 0 (max), exact in integers. */
function shareTerms(c: Compiled, row: Row, limit: Extract<Limit, { kind: 'share' }>): Term[] {
  const matching = new Set(row.matching);
  return available(c, row.members).map((i) => [matching.has(i) ? limit.q - limit.p : -limit.p, xName(i)] as const);
}

/** The quota rows; with `slack`, each bound gets a slack variable, returned with its upper bound. */
export function quotaRows(c: Compiled, slack: boolean): { rows: LinearRow[]; slacks: (Slack & { upper: number })[] } {
  const rows: LinearRow[] = [];
  const slacks: (Slack & { upper: number })[] = [];
  c.rows.forEach((row, r) => {
    const matchTerms = available(c, row.matching).map((i) => [1, xName(i)] as const);
    for (const bound of ['min', 'max'] as const) {
      const limit = bound === 'min' ? row.min : row.max;
      if (limit === undefined) continue;
      const name = `${bound === 'min' ? 'l' : 'u'}${r}`;
      const sName = `s${name}`;
      const sign = bound === 'min' ? 1 : -1;
      const op = bound === 'min' ? '>=' : '<=';
      if (row.size !== undefined || limit.kind === 'count') {
        const n = row.size ?? 0;
        const rhs = bound === 'min' ? minPeople(limit, n) : maxPeople(limit, n);
        // A bound the pool cannot reach either way needs no row (and no slack).
        if (bound === 'min' ? rhs <= 0 : rhs >= matchTerms.length) continue;
        const terms = slack ? [...matchTerms, [sign, sName] as const] : matchTerms;
        rows.push({ name, terms, op, rhs });
        if (slack) slacks.push({ name: sName, row, bound, upper: bound === 'min' ? rhs : matchTerms.length - rhs });
      } else {
        if (bound === 'min' ? limit.p === 0 : limit.p === limit.q) continue;
        const base = shareTerms(c, row, limit);
        const terms = slack ? [...base, [sign * limit.q, sName] as const] : base;
        rows.push({ name, terms, op, rhs: 0 });
        if (slack) slacks.push({ name: sName, row, bound, upper: available(c, row.members).length });
      }
    }
  });
  return { rows, slacks };
}

function binaries(c: Compiled): { names: string[]; bounds: [string, number, number][] } {
  const names: string[] = [];
  const bounds: [string, number, number][] = [];
  for (let i = 0; i < c.pool.length; i++) {
    if (c.excluded[i] === 1) continue;
    names.push(xName(i));
    if (c.fixed[i] === 1) bounds.push([xName(i), 1, 1]);
  }
  return { names, bounds };
}

/** Objective weights: the scores when any member has one, else the seed's tie weights. */
export function weightsOf(c: Compiled, seed: number): Float64Array {
  const out = new Float64Array(c.pool.length);
  if (c.pool.some((m) => m.score !== undefined)) {
    c.pool.forEach((m, i) => (out[i] = m.score ?? 0));
  } else {
    const w = tieWeights(c.pool.length, seed);
    for (let i = 0; i < out.length; i++) out[i] = w[i]!;
  }
  return out;
}

export function planModel(c: Compiled, seed: number): LinearModel {
  const { names, bounds } = binaries(c);
  const weights = weightsOf(c, seed);
  const objective: Term[] = [];
  let total = 1;
  for (let i = 0; i < c.pool.length; i++) {
    if (c.excluded[i] === 1 || weights[i] === 0) continue;
    objective.push([weights[i]!, xName(i)]);
    total += Math.abs(weights[i]!);
  }
  const rows = [...hardRows(c), ...quotaRows(c, false).rows];
  const integers: string[] = [];
  const spread = c.problem.spread;
  if (spread !== undefined) {
    // Evenness first: the widest gap between two constituencies' counts, weighted above any tie-break.
    const groups = new Map<string, number[]>();
    const sized = new Set(c.constituencies.map((k) => k.id));
    c.pool.forEach((m, i) => {
      const id = m.constituencyId;
      if (id === undefined || c.excluded[i] === 1 || (sized.size > 0 && !sized.has(id))) return;
      let list = groups.get(id);
      if (list === undefined) groups.set(id, (list = []));
      if (matches(m.attributes[spread.feature], spread.value)) list.push(i);
    });
    let most = 0;
    [...groups.keys()].sort().forEach((id, g) => {
      const list = groups.get(id)!;
      most = Math.max(most, list.length);
      const terms = list.map((i) => [1, xName(i)] as const);
      rows.push({ name: `hi${g}`, terms: [...terms, [-1, 'spreadhi']], op: '<=', rhs: 0 });
      rows.push({ name: `lo${g}`, terms: [...terms, [-1, 'spreadlo']], op: '>=', rhs: 0 });
    });
    if (groups.size > 0) {
      objective.push([-total, 'spreadhi'], [total, 'spreadlo']);
      integers.push('spreadhi', 'spreadlo');
      bounds.push(['spreadhi', 0, most], ['spreadlo', 0, most]);
    }
  }
  return { sense: 'maximize', objective, rows, bounds, binaries: names, integers };
}

export function relaxModel(c: Compiled): { model: LinearModel; slacks: Slack[] } {
  const { names, bounds } = binaries(c);
  const { rows: quota, slacks } = quotaRows(c, true);
  const rows = [...hardRows(c), ...quota];
  const weight = slacks.length + 1;
  const objective: Term[] = [];
  const integers: string[] = [];
  const flags: string[] = [];
  for (const s of slacks) {
    const z = `z${s.name}`;
    objective.push([weight, s.name], [1, z]);
    integers.push(s.name);
    flags.push(z);
    bounds.push([s.name, 0, s.upper]);
    rows.push({ name: `c${s.name}`, terms: [[1, s.name], [-s.upper, z]], op: '<=', rhs: 0 });
  }
  return { model: { sense: 'minimize', objective, rows, bounds, binaries: [...names, ...flags], integers }, slacks };
}
