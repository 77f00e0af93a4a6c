/**
 * The independent re-check of a chosen list. It shares nothing with the MIP: it reads the problem as the
 * caller wrote it, groups the selected members by scope itself and applies core's share rounding, so a
 * modelling slip (a dropped row, a wrong rounding) surfaces as an error instead of a list that breaks a quota.
 */
import { allowedForShare, requiredForShare } from '@ungcu/core/rules';
import type { AttributeValue, Bound, PlanProblem, PoolMember } from './types';

export interface Violation {
  readonly what: string;
  readonly expected: string;
  readonly actual: number;
}

function same(a: AttributeValue | undefined, b: AttributeValue): boolean {
  return a !== undefined && String(a) === String(b);
}

function idIn(member: PoolMember, kind: 'constituency' | 'unit' | 'organization'): string | undefined {
  return kind === 'constituency' ? member.constituencyId : kind === 'unit' ? member.unitId : member.organizationId;
}

function lowest(bound: Bound, n: number): number {
  return 'count' in bound ? bound.count : requiredForShare(bound.share, n);
}

function highest(bound: Bound, n: number): number {
  return 'count' in bound ? bound.count : allowedForShare(bound.share, n);
}

export function recheck(problem: PlanProblem, selected: readonly string[]): Violation[] {
  const out: Violation[] = [];
  const byId = new Map(problem.pool.map((m) => [m.id, m]));
  const chosen = new Set(selected);
  if (chosen.size !== selected.length) out.push({ what: 'duplicates', expected: 'none', actual: selected.length - chosen.size });
  const members: PoolMember[] = [];
  for (const id of chosen) {
    const m = byId.get(id);
    if (m === undefined) out.push({ what: `unknown id ${id}`, expected: 'in the pool', actual: 1 });
    else members.push(m);
  }
  if (members.length !== problem.size) out.push({ what: 'size', expected: `= ${problem.size}`, actual: members.length });
  for (const id of problem.fixed ?? []) if (!chosen.has(id)) out.push({ what: `fixed ${id}`, expected: 'selected', actual: 0 });
  for (const id of problem.excluded ?? []) if (chosen.has(id)) out.push({ what: `excluded ${id}`, expected: 'not selected', actual: 1 });
  const perConstituency = new Map<string, number>();
  for (const m of members) if (m.constituencyId !== undefined) perConstituency.set(m.constituencyId, (perConstituency.get(m.constituencyId) ?? 0) + 1);
  for (const [id, size] of Object.entries(problem.constituencySizes ?? {})) {
    const n = perConstituency.get(id) ?? 0;
    if (n !== size) out.push({ what: `constituency ${id} size`, expected: `= ${size}`, actual: n });
  }
  problem.quotas.forEach((quota, q) => {
    const scope = quota.scope ?? { kind: 'body' as const };
    const lists = new Map<string, PoolMember[]>();
    if (scope.kind === 'body') {
      lists.set('body', members);
    } else {
      const kind = scope.kind;
      const ids = new Set<string>();
      if (scope.id !== undefined) ids.add(scope.id);
      else {
        for (const m of problem.pool) {
          const id = idIn(m, kind);
          if (id !== undefined) ids.add(id);
        }
        if (kind === 'constituency') for (const id of Object.keys(problem.constituencySizes ?? {})) ids.add(id);
      }
      for (const id of ids) lists.set(id, []);
      for (const m of members) {
        const id = idIn(m, kind);
        if (id !== undefined) lists.get(id)?.push(m);
      }
    }
    for (const [id, list] of lists) {
      const n = list.length;
      const count = list.filter((m) => same(m.attributes[quota.feature], quota.value)).length;
      const what = `quota ${q + 1} ${quota.feature}=${String(quota.value)} ${scope.kind}${scope.kind === 'body' ? '' : `:${id}`}`;
      if (quota.min !== undefined && count < lowest(quota.min, n)) out.push({ what, expected: `>= ${lowest(quota.min, n)}`, actual: count });
      if (quota.max !== undefined && count > highest(quota.max, n)) out.push({ what, expected: `<= ${highest(quota.max, n)}`, actual: count });
    }
  });
  return out;
}
