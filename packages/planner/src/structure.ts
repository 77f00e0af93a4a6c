/**
 * planStructure(): a StructurePlan (dự kiến cơ cấu, thành phần, phân bổ số lượng) and the dataset's nominees
 * in, a list or the smallest relaxation out; a list is checked again by core's validate() with the pack, on
 * the dataset holding only the chosen nominees of the body, and the findings come with it.
 */
import type { Dataset, StructurePlan } from '@ungcu/core';
import { ConfigError } from '@ungcu/core/errors';
import { validate, type Finding, type RulePack } from '@ungcu/core/rules';
import { plan } from './plan';
import { bodyOf, poolFromDataset } from './pool';
import type { PlanProblem, PlanQuota, PlanResult, QuotaScope, SolverLoading } from './types';

export interface StructureOptions {
  readonly pack: RulePack;
  /** The list size; default: the sum of the plan's allocations' nominee counts. */
  readonly size?: number;
  /**
   * Nominees per constituency; default: each constituency's declared candidate count, when every
   * constituency of the body has one.
   */
  readonly constituencySizes?: Readonly<Record<string, number>>;
  readonly seed?: number;
  readonly locale?: 'vi' | 'en';
  readonly timeLimitMs?: number;
  readonly solver?: SolverLoading;
}

function scopeOf(quota: StructurePlan['quotas'][number]): QuotaScope {
  if (quota.scope === 'body') return { kind: 'body' };
  if (quota.scope === 'unit') return quota.unitId === undefined ? { kind: 'unit' } : { kind: 'unit', id: quota.unitId };
  if (quota.scope === 'organization') {
    return quota.organizationId === undefined ? { kind: 'organization' } : { kind: 'organization', id: quota.organizationId };
  }
  return { kind: 'constituency' };
}

/** A plan's quotas and allocations as planner quotas: an allocation is an exact count of the body's nominees. */
export function problemOf(structure: StructurePlan, dataset: Dataset, options: StructureOptions): PlanProblem {
  const body = bodyOf(dataset, structure.bodyId);
  const pool = poolFromDataset(dataset, { pack: options.pack, bodyId: body.id });
  const quotas: PlanQuota[] = structure.quotas.map((q) => ({
    feature: q.attribute,
    value: true,
    scope: scopeOf(q),
    ...(q.min === undefined ? {} : { min: q.min }),
    ...(q.max === undefined ? {} : { max: q.max }),
  }));
  const label = { vi: 'được giới thiệu', en: 'nominees' };
  for (const a of structure.allocations) {
    if (a.nominees === undefined) continue;
    const scope: QuotaScope = a.unitId !== undefined ? { kind: 'unit', id: a.unitId } : { kind: 'organization', id: a.organizationId! };
    quotas.push({ feature: 'body', value: body.id, scope, min: { count: a.nominees }, max: { count: a.nominees }, label });
  }
  const allocated = structure.allocations.reduce((s, a) => s + (a.nominees ?? 0), 0);
  const size = options.size ?? (allocated > 0 ? allocated : undefined);
  if (size === undefined) {
    throw new ConfigError({
      vi: `Dự kiến cơ cấu "${structure.id}" không có phân bổ số lượng người được giới thiệu ứng cử: hãy truyền size`,
      en: `Structure plan "${structure.id}" allocates no nominee counts: pass a size`,
    });
  }
  let constituencySizes = options.constituencySizes;
  if (constituencySizes === undefined) {
    const own = dataset.constituencies.filter((c) => c.bodyId === body.id);
    if (own.length > 0 && own.every((c) => c.declaredCandidates !== undefined)) {
      constituencySizes = Object.fromEntries(own.map((c) => [c.id, c.declaredCandidates!]));
    }
  }
  return { pool, size, quotas, ...(constituencySizes === undefined ? {} : { constituencySizes }) };
}

export async function planStructure(
  structure: StructurePlan,
  dataset: Dataset,
  options: StructureOptions,
): Promise<PlanResult & { findings?: readonly Finding[] }> {
  const problem = problemOf(structure, dataset, options);
  const result = await plan(problem, {
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.timeLimitMs === undefined ? {} : { timeLimitMs: options.timeLimitMs }),
    ...(options.solver === undefined ? {} : { solver: options.solver }),
  });
  if (!result.feasible) return result;
  const chosen = new Set(result.selected);
  const restricted: Dataset = {
    ...dataset,
    nominees: dataset.nominees.filter((n) => n.nomination.bodyId !== structure.bodyId || chosen.has(n.id)),
  };
  const report = validate(restricted, { packs: [options.pack], locale: options.locale ?? 'vi' });
  return { ...result, findings: report.findings };
}
