/**
 * The static check: counting arguments that prove a problem infeasible without a solver (a minimum above
 * the people the pool has, minimums of one feature adding up to more than the list, fixed members above a
 * maximum, constituency sizes the pool cannot fill). Each conflict it reports is a proof; when it finds none
 * the answer is 'unknown' and the MIP decides.
 */
import { maxPeople, minPeople } from './bounds';
import { compile, type Compiled, type Row } from './compile';
import type { PlanProblem, PlanQuota, QuotaConflict, StaticCheck } from './types';
import { labelOf, scopeWords } from './words';

interface RowCounts {
  readonly availMatch: number;
  readonly fixedMatch: number;
  readonly availOther: number;
}

export function rowCounts(c: Compiled, row: Row): RowCounts {
  let availMatch = 0;
  let fixedMatch = 0;
  for (const i of row.matching) {
    if (c.excluded[i] === 0) availMatch++;
    if (c.fixed[i] === 1) fixedMatch++;
  }
  let availAll = 0;
  for (const i of row.members) if (c.excluded[i] === 0) availAll++;
  return { availMatch, fixedMatch, availOther: availAll - availMatch };
}

/** Conflicts of the sizes alone (no quota can be relaxed to fix them). */
export function sizeConflicts(c: Compiled): QuotaConflict[] {
  const out: QuotaConflict[] = [];
  const size = c.problem.size;
  let fixedTotal = 0;
  for (let i = 0; i < c.pool.length; i++) fixedTotal += c.fixed[i]!;
  if (fixedTotal > size) {
    out.push({
      quotas: [],
      reason: 'size',
      message: {
        vi: `Đã bắt buộc chọn ${fixedTotal} người, nhiều hơn số người cần chọn (${size}).`,
        en: `${fixedTotal} members are fixed, more than the list size (${size}).`,
      },
    });
  }
  const inSized = new Uint8Array(c.pool.length);
  let sumSizes = 0;
  for (const k of c.constituencies) {
    sumSizes += k.size;
    let avail = 0;
    let fixed = 0;
    for (const i of k.members) {
      inSized[i] = 1;
      if (c.excluded[i] === 0) avail++;
      fixed += c.fixed[i]!;
    }
    if (avail < k.size) {
      out.push({
        quotas: [],
        reason: 'size',
        message: {
          vi: `Đơn vị bầu cử ${k.id} cần ${k.size} người ứng cử nhưng nguồn chỉ có ${avail} người: bổ sung nguồn cho đơn vị bầu cử này.`,
          en: `Constituency ${k.id} needs ${k.size} candidates but the pool has only ${avail}: add to its pool.`,
        },
      });
    }
    if (fixed > k.size) {
      out.push({
        quotas: [],
        reason: 'size',
        message: {
          vi: `Đơn vị bầu cử ${k.id} cần ${k.size} người ứng cử nhưng đã bắt buộc chọn ${fixed} người.`,
          en: `Constituency ${k.id} needs ${k.size} candidates but ${fixed} are fixed there.`,
        },
      });
    }
  }
  let freeAvail = 0;
  let freeFixed = 0;
  for (let i = 0; i < c.pool.length; i++) {
    if (inSized[i] === 1) continue;
    if (c.excluded[i] === 0) freeAvail++;
    freeFixed += c.fixed[i]!;
  }
  const rest = size - sumSizes;
  if (rest < 0) {
    out.push({
      quotas: [],
      reason: 'size',
      message: {
        vi: `Tổng số người cần chọn ở các đơn vị bầu cử (${sumSizes}) lớn hơn số người của danh sách (${size}).`,
        en: `The constituency sizes add up to ${sumSizes}, more than the list size (${size}).`,
      },
    });
  } else if (rest > freeAvail) {
    out.push({
      quotas: [],
      reason: 'size',
      message: {
        vi: `Ngoài các đơn vị bầu cử đã định số người, còn phải chọn ${rest} người nhưng nguồn chỉ còn ${freeAvail} người.`,
        en: `Besides the constituencies with a set size, ${rest} more must be chosen but the pool has only ${freeAvail} others.`,
      },
    });
  } else if (rest < freeFixed) {
    out.push({
      quotas: [],
      reason: 'size',
      message: {
        vi: `Ngoài các đơn vị bầu cử đã định số người, chỉ còn chọn ${rest} người nhưng đã bắt buộc chọn ${freeFixed} người.`,
        en: `Besides the constituencies with a set size, only ${rest} more can be chosen but ${freeFixed} others are fixed.`,
      },
    });
  }
  return out;
}

function rowConflicts(c: Compiled, row: Row): QuotaConflict[] {
  const out: QuotaConflict[] = [];
  const label = labelOf(row.quota);
  const where = scopeWords(row.scope);
  const { availMatch, fixedMatch, availOther } = rowCounts(c, row);
  const n = row.size;
  const quotas = [row.quota];
  // A share of a list whose size the sizes do not fix is only bounded in people by counts.
  const minReq = row.min === undefined ? undefined : n !== undefined ? minPeople(row.min, n) : row.min.kind === 'count' ? row.min.count : undefined;
  const maxAll = row.max === undefined ? undefined : n !== undefined ? maxPeople(row.max, n) : row.max.kind === 'count' ? row.max.count : undefined;
  if (minReq !== undefined && n !== undefined && minReq > n) {
    out.push({
      quotas,
      reason: 'size',
      message: {
        vi: `Cần ít nhất ${minReq} người ứng cử ${label.vi} ${where.vi} nhưng ${where.vi} chỉ chọn ${n} người: hạ mức tối thiểu từ ${minReq} xuống ${n}.`,
        en: `At least ${minReq} ${label.en} are required ${where.en} but only ${n} are chosen ${where.en}: lower the minimum from ${minReq} to ${n}.`,
      },
    });
  } else if (minReq !== undefined && minReq > availMatch) {
    out.push({
      quotas,
      reason: 'pool',
      message: {
        vi: `Cần ít nhất ${minReq} người ứng cử ${label.vi} ${where.vi} nhưng nguồn chỉ có ${availMatch} người ${label.vi}: hạ mức tối thiểu từ ${minReq} xuống ${availMatch}, hoặc bổ sung nguồn.`,
        en: `At least ${minReq} ${label.en} are required ${where.en} but the pool has only ${availMatch} ${label.en}: lower the minimum from ${minReq} to ${availMatch}, or add to the pool.`,
      },
    });
  }
  if (minReq !== undefined && maxAll !== undefined && minReq > maxAll) {
    out.push({
      quotas,
      reason: 'bounds',
      message: {
        vi: `Mức tối thiểu (${minReq} người) lớn hơn mức tối đa (${maxAll} người) đối với người ứng cử ${label.vi} ${where.vi}.`,
        en: `The minimum (${minReq}) is above the maximum (${maxAll}) for ${label.en} ${where.en}.`,
      },
    });
  }
  if (maxAll !== undefined && fixedMatch > maxAll) {
    out.push({
      quotas,
      reason: 'bounds',
      message: {
        vi: `Đã bắt buộc chọn ${fixedMatch} người ${label.vi} ${where.vi}, vượt mức tối đa ${maxAll} người: nâng mức tối đa từ ${maxAll} lên ${fixedMatch}, hoặc bỏ bớt người bắt buộc chọn.`,
        en: `${fixedMatch} fixed members are ${label.en} ${where.en}, above the maximum of ${maxAll}: raise the maximum from ${maxAll} to ${fixedMatch}, or fix fewer.`,
      },
    });
  } else if (maxAll !== undefined && n !== undefined && n - availOther > maxAll && n <= availMatch + availOther) {
    const forced = n - availOther;
    out.push({
      quotas,
      reason: 'pool',
      message: {
        vi: `Cần chọn ${n} người ${where.vi} nhưng nguồn chỉ có ${availOther} người không ${label.vi}, nên phải có ít nhất ${forced} người ${label.vi}, vượt mức tối đa ${maxAll}: nâng mức tối đa từ ${maxAll} lên ${forced}, hoặc bổ sung nguồn.`,
        en: `${n} must be chosen ${where.en} but the pool has only ${availOther} who are not ${label.en}, so at least ${forced} ${label.en} must be, above the maximum of ${maxAll}: raise the maximum from ${maxAll} to ${forced}, or add to the pool.`,
      },
    });
  }
  return out;
}

function scopeKey(row: Row): string {
  return row.scope.kind === 'body' ? 'body' : `${row.scope.kind}:${row.scope.id ?? ''}`;
}

/** Minimums of different values of one feature in one list count different people: their sum must fit. */
function valueSumConflicts(c: Compiled): QuotaConflict[] {
  const groups = new Map<string, Map<string, { row: Row; req: number }>>();
  for (const row of c.rows) {
    if (row.min === undefined || row.size === undefined) continue;
    const key = `${row.quota.feature}\u0000${scopeKey(row)}`;
    let byValue = groups.get(key);
    if (byValue === undefined) groups.set(key, (byValue = new Map()));
    const req = minPeople(row.min, row.size);
    const value = String(row.quota.value);
    if ((byValue.get(value)?.req ?? -1) < req) byValue.set(value, { row, req });
  }
  const out: QuotaConflict[] = [];
  for (const byValue of groups.values()) {
    if (byValue.size < 2) continue;
    const entries = [...byValue.values()];
    const sum = entries.reduce((s, e) => s + e.req, 0);
    const n = entries[0]!.row.size!;
    if (sum <= n) continue;
    const where = scopeWords(entries[0]!.row.scope);
    const listVi = entries.map((e) => `${e.req} người ${labelOf(e.row.quota).vi}`).join(', ');
    const listEn = entries.map((e) => `${e.req} ${labelOf(e.row.quota).en}`).join(', ');
    out.push({
      quotas: entries.map((e) => e.row.quota),
      reason: 'joint',
      message: {
        vi: `Tổng các mức tối thiểu ${where.vi} (${listVi}) là ${sum} người, nhiều hơn số người cần chọn (${n}).`,
        en: `The minimums ${where.en} (${listEn}) add up to ${sum}, more than the ${n} to be chosen.`,
      },
    });
  }
  return out;
}

/** The constituencies' counts of one value add up to the list's: their minimums against its maximum and back. */
function constituencySumConflicts(c: Compiled): QuotaConflict[] {
  const out: QuotaConflict[] = [];
  const sizes = c.problem.constituencySizes ?? {};
  for (const body of c.rows) {
    if (body.scope.kind !== 'body') continue;
    const value = String(body.quota.value);
    const parts = c.rows.filter(
      (r) => r.scope.kind === 'constituency' && r.size !== undefined && r.quota.feature === body.quota.feature && String(r.quota.value) === value,
    );
    if (parts.length === 0) continue;
    const reqBy = new Map<string, number>();
    const capBy = new Map<string, number>();
    for (const r of parts) {
      const id = r.scope.kind === 'constituency' ? r.scope.id! : '';
      if (r.min !== undefined) reqBy.set(id, Math.max(reqBy.get(id) ?? 0, minPeople(r.min, r.size!)));
      const { availMatch } = rowCounts(c, r);
      const cap = Math.min(r.size!, availMatch, r.max === undefined ? Number.POSITIVE_INFINITY : maxPeople(r.max, r.size!));
      capBy.set(id, Math.min(capBy.get(id) ?? Number.POSITIVE_INFINITY, cap));
    }
    const quotas = [...new Set([body.quota, ...parts.map((r) => r.quota)])];
    const label = labelOf(body.quota);
    const sumReq = [...reqBy.values()].reduce((s, v) => s + v, 0);
    const bodyMax = body.max === undefined ? undefined : maxPeople(body.max, c.problem.size);
    if (bodyMax !== undefined && sumReq > bodyMax) {
      out.push({
        quotas,
        reason: 'joint',
        message: {
          vi: `Tổng mức tối thiểu ở các đơn vị bầu cử là ${sumReq} người ${label.vi}, vượt mức tối đa ${bodyMax} người của cả danh sách.`,
          en: `The constituencies' minimums add up to ${sumReq} ${label.en}, above the list's maximum of ${bodyMax}.`,
        },
      });
    }
    if (body.min === undefined) continue;
    // The most the list can hold: each sized constituency's cap, plus every match outside them.
    let most = 0;
    const isMatch = new Uint8Array(c.pool.length);
    for (const i of body.matching) if (c.excluded[i] === 0) isMatch[i] = 1;
    for (const k of c.constituencies) {
      const cap = capBy.get(k.id);
      let match = 0;
      for (const i of k.members) {
        match += isMatch[i]!;
        isMatch[i] = 0;
      }
      most += Math.min(k.size, match, cap ?? Number.POSITIVE_INFINITY);
    }
    // Matches outside every sized constituency are still marked.
    for (const i of body.matching) most += isMatch[i]!;
    const bodyReq = minPeople(body.min, c.problem.size);
    const anyCap = [...capBy.keys()].some((id) => sizes[id] !== undefined);
    if (anyCap && bodyReq > most) {
      out.push({
        quotas,
        reason: 'joint',
        message: {
          vi: `Cần ít nhất ${bodyReq} người ứng cử ${label.vi} trên danh sách nhưng với số người và mức tối đa ở từng đơn vị bầu cử, nhiều nhất chỉ chọn được ${most} người.`,
          en: `At least ${bodyReq} ${label.en} are required on the list but the constituencies' sizes and maximums allow at most ${most}.`,
        },
      });
    }
  }
  return out;
}

export function staticConflicts(c: Compiled): QuotaConflict[] {
  const out = sizeConflicts(c);
  for (const row of c.rows) out.push(...rowConflicts(c, row));
  out.push(...valueSumConflicts(c), ...constituencySumConflicts(c));
  return out;
}

/** Proves infeasibility by counting, without the solver; 'unknown' when counting cannot decide. */
export function checkStatic(problem: PlanProblem): StaticCheck {
  const compiled = compile(problem);
  const conflicts = staticConflicts(compiled);
  if (conflicts.length > 0) return { feasible: false, conflicts };
  return { feasible: problem.quotas.length === 0 ? true : 'unknown', conflicts };
}

export function uniqueQuotas(conflicts: readonly QuotaConflict[]): PlanQuota[] {
  return [...new Set(conflicts.flatMap((c) => c.quotas))];
}
