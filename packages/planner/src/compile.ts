/**
 * Turns a PlanProblem into rows: one per quota and per list it applies to ("each constituency" becomes one
 * row per constituency), with the pool indices in the list and those matching the quota. The static check,
 * the MIP and the explanations all read the same rows, so they never disagree on what a quota covers.
 */
import { ConfigError } from '@ungcu/core/errors';
import type { AttributeValue, Bound, PlanProblem, PlanQuota, PoolMember, QuotaScope, ScopeKind } from './types';

/** A share also as the fraction p/q (q ≤ 10^6), so a share row in the MIP has integer coefficients. */
export type Limit =
  | { readonly kind: 'count'; readonly count: number }
  | { readonly kind: 'share'; readonly share: number; readonly p: number; readonly q: number };

export interface Row {
  readonly quotaIndex: number;
  readonly quota: PlanQuota;
  /** The one list: the body, or a kind with its id. */
  readonly scope: QuotaScope;
  /** Pool indices in the list, and those among them with the quota's value. */
  readonly members: readonly number[];
  readonly matching: readonly number[];
  /** How many are selected in the list when that is fixed (the body's size, a constituency's size). */
  readonly size: number | undefined;
  readonly min: Limit | undefined;
  readonly max: Limit | undefined;
}

export interface SizedConstituency {
  readonly id: string;
  readonly size: number;
  readonly members: readonly number[];
}

export interface Compiled {
  readonly problem: PlanProblem;
  readonly pool: readonly PoolMember[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** 1 for a member that must be selected (fixed) or must not be (excluded). */
  readonly fixed: Uint8Array;
  readonly excluded: Uint8Array;
  readonly constituencies: readonly SizedConstituency[];
  readonly rows: readonly Row[];
}

/** Attribute values from a CSV are text: "true" matches true and "3" matches 3. */
export function matches(actual: AttributeValue | undefined, wanted: AttributeValue): boolean {
  if (actual === undefined) return false;
  return actual === wanted || String(actual) === String(wanted);
}

export function scopeIdOf(member: PoolMember, kind: ScopeKind): string | undefined {
  if (kind === 'constituency') return member.constituencyId;
  if (kind === 'unit') return member.unitId;
  return member.organizationId;
}

/**
 * The simplest fraction within 1e-9 of x with a denominator up to 10^6 (continued fractions): 1/3 stays
 * 1/3, where rounding to six decimals would make a third of 3 people 0.999999 and move every bound by one.
 */
export function fraction(x: number): { p: number; q: number } {
  let [p0, q0, p1, q1] = [0, 1, 1, 0];
  let rest = x;
  for (let k = 0; k < 64; k++) {
    const a = Math.floor(rest);
    const [p2, q2] = [a * p1 + p0, a * q1 + q0];
    if (q2 > 1_000_000) break;
    [p0, q0, p1, q1] = [p1, q1, p2, q2];
    if (Math.abs(x - p1 / q1) < 1e-9 || rest - a < 1e-12) break;
    rest = 1 / (rest - a);
  }
  return { p: p1, q: q1 };
}

function toLimit(bound: Bound | undefined, where: string): Limit | undefined {
  if (bound === undefined) return undefined;
  if ('count' in bound) {
    if (!Number.isInteger(bound.count) || bound.count < 0) {
      throw new ConfigError({
        vi: `${where}: số người phải là số nguyên không âm, nhận được ${bound.count}`,
        en: `${where}: a head count must be a non-negative integer, got ${bound.count}`,
      });
    }
    return { kind: 'count', count: bound.count };
  }
  if (!(bound.share >= 0 && bound.share <= 1)) {
    throw new ConfigError({
      vi: `${where}: tỷ lệ phải từ 0 đến 1, nhận được ${bound.share}`,
      en: `${where}: a share must be between 0 and 1, got ${bound.share}`,
    });
  }
  const { p, q } = fraction(bound.share);
  return { kind: 'share', share: bound.share, p, q };
}

function describeQuota(quota: PlanQuota, index: number): string {
  return `quota ${index + 1} (${quota.feature}=${String(quota.value)})`;
}

function checkCount(value: number, vi: string, en: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigError({ vi: `${vi} phải là số nguyên không âm, nhận được ${value}`, en: `${en} must be a non-negative integer, got ${value}` });
  }
}

function idsOf(
  problem: PlanProblem,
  list: readonly string[] | undefined,
  indexOf: ReadonlyMap<string, number>,
  name: { vi: string; en: string },
): Uint8Array {
  const flags = new Uint8Array(problem.pool.length);
  for (const id of list ?? []) {
    const i = indexOf.get(id);
    if (i === undefined) {
      throw new ConfigError({
        vi: `${name.vi}: không có "${id}" trong nguồn người được giới thiệu ứng cử`,
        en: `${name.en}: "${id}" is not in the pool`,
      });
    }
    flags[i] = 1;
  }
  return flags;
}

/** The fixed size of a unit's or organization's list: known when it is made of whole sized constituencies. */
function derivedSize(
  members: readonly number[],
  pool: readonly PoolMember[],
  sizes: Readonly<Record<string, number>>,
  byConstituency: ReadonlyMap<string, readonly number[]>,
): number | undefined {
  const inScope = new Set(members);
  const seen = new Set<string>();
  let total = 0;
  for (const i of members) {
    const c = pool[i]!.constituencyId;
    if (c === undefined || sizes[c] === undefined) return undefined;
    if (seen.has(c)) continue;
    seen.add(c);
    for (const j of byConstituency.get(c) ?? []) if (!inScope.has(j)) return undefined;
    total += sizes[c];
  }
  return total;
}

export function compile(problem: PlanProblem): Compiled {
  const { pool } = problem;
  checkCount(problem.size, 'Số người cần chọn', 'The list size');
  const indexOf = new Map<string, number>();
  pool.forEach((m, i) => {
    if (indexOf.has(m.id)) {
      throw new ConfigError({
        vi: `Mã "${m.id}" xuất hiện hai lần trong nguồn (dòng ${indexOf.get(m.id)! + 1} và ${i + 1})`,
        en: `The id "${m.id}" appears twice in the pool (rows ${indexOf.get(m.id)! + 1} and ${i + 1})`,
      });
    }
    indexOf.set(m.id, i);
  });
  const fixed = idsOf(problem, problem.fixed, indexOf, { vi: 'Danh sách bắt buộc chọn', en: 'Fixed members' });
  const excluded = idsOf(problem, problem.excluded, indexOf, { vi: 'Danh sách loại trừ', en: 'Excluded members' });
  for (let i = 0; i < pool.length; i++) {
    if (fixed[i] === 1 && excluded[i] === 1) {
      throw new ConfigError({
        vi: `"${pool[i]!.id}" vừa được bắt buộc chọn vừa bị loại trừ`,
        en: `"${pool[i]!.id}" is both fixed and excluded`,
      });
    }
  }

  const sizes = problem.constituencySizes ?? {};
  const byConstituency = new Map<string, number[]>();
  pool.forEach((m, i) => {
    if (m.constituencyId === undefined) return;
    let list = byConstituency.get(m.constituencyId);
    if (list === undefined) byConstituency.set(m.constituencyId, (list = []));
    list.push(i);
  });
  const constituencies: SizedConstituency[] = Object.keys(sizes)
    .sort()
    .map((id) => {
      checkCount(sizes[id]!, `Số người của đơn vị bầu cử ${id}`, `The size of constituency ${id}`);
      return { id, size: sizes[id]!, members: byConstituency.get(id) ?? [] };
    });

  const rows: Row[] = [];
  problem.quotas.forEach((quota, quotaIndex) => {
    const where = describeQuota(quota, quotaIndex);
    const min = toLimit(quota.min, where);
    const max = toLimit(quota.max, where);
    if (min === undefined && max === undefined) {
      throw new ConfigError({
        vi: `${where}: chỉ tiêu cần mức tối thiểu, tối đa hoặc cả hai`,
        en: `${where}: a quota needs a min, a max or both`,
      });
    }
    const scope = quota.scope ?? { kind: 'body' };
    const lists: { scope: QuotaScope; members: number[] }[] = [];
    if (scope.kind === 'body') {
      lists.push({ scope, members: pool.map((_, i) => i) });
    } else {
      const kind = scope.kind;
      const groups = new Map<string, number[]>();
      if (kind === 'constituency' && scope.id === undefined) for (const id of Object.keys(sizes)) groups.set(id, []);
      if (scope.id !== undefined) groups.set(scope.id, []);
      pool.forEach((m, i) => {
        const id = scopeIdOf(m, kind);
        if (id === undefined || (scope.id !== undefined && id !== scope.id)) return;
        let list = groups.get(id);
        if (list === undefined) groups.set(id, (list = []));
        list.push(i);
      });
      for (const id of [...groups.keys()].sort()) lists.push({ scope: { kind, id }, members: groups.get(id)! });
    }
    for (const list of lists) {
      const matching = list.members.filter((i) => matches(pool[i]!.attributes[quota.feature], quota.value));
      let size: number | undefined;
      if (list.scope.kind === 'body') size = problem.size;
      else if (list.scope.kind === 'constituency') size = sizes[list.scope.id!];
      else size = list.members.length === 0 ? 0 : derivedSize(list.members, pool, sizes, byConstituency);
      rows.push({ quotaIndex, quota, scope: list.scope, members: list.members, matching, size, min, max });
    }
  });
  return { problem, pool, indexOf, fixed, excluded, constituencies, rows };
}

/** A list's key in `counts`: "women=true" for the body, "women=true@constituency:c1" for one list. */
export function countKey(quota: PlanQuota, scope: QuotaScope): string {
  const base = `${quota.feature}=${String(quota.value)}`;
  return scope.kind === 'body' ? base : `${base}@${scope.kind}:${scope.id ?? ''}`;
}
