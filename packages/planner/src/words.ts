/**
 * How messages name quotas and lists, in the words of a personnel officer: "người ứng cử là nữ", "ở đơn vị
 * bầu cử số 3". Every message the planner returns is built from these.
 */
import type { Bilingual, PlanQuota, QuotaScope } from './types';

/** vi: a predicate after "người" ("là nữ"); en: a plural noun ("women"). */
const KNOWN: Readonly<Record<string, Bilingual>> = {
  women: { vi: 'là nữ', en: 'women' },
  'gender=female': { vi: 'là nữ', en: 'women' },
  'gender=male': { vi: 'là nam', en: 'men' },
  'ethnic-minority': { vi: 'là người dân tộc thiểu số', en: 'ethnic-minority people' },
  'non-party': { vi: 'là người ngoài Đảng', en: 'non-party people' },
  young: { vi: 'trẻ tuổi', en: 'young people' },
  incumbent: { vi: 'tái cử', en: 're-running incumbents' },
  'self-nominated': { vi: 'tự ứng cử', en: 'self-nominated people' },
  central: { vi: 'do trung ương giới thiệu', en: 'centrally nominated people' },
  local: { vi: 'do địa phương giới thiệu', en: 'locally nominated people' },
  'full-time': { vi: 'dự kiến là đại biểu chuyên trách', en: 'expected full-time deputies' },
};

export function labelOf(quota: Pick<PlanQuota, 'feature' | 'value' | 'label'>): Bilingual {
  if (quota.label !== undefined) return quota.label;
  const byValue = KNOWN[`${quota.feature}=${String(quota.value)}`];
  if (byValue !== undefined) return byValue;
  if (quota.value === true || quota.value === 'true') {
    const known = KNOWN[quota.feature];
    if (known !== undefined) return known;
  }
  return { vi: `có ${quota.feature} = ${String(quota.value)}`, en: `people with ${quota.feature} = ${String(quota.value)}` };
}

/** " trên danh sách" / " on the list": the list a number is about, with a leading space. */
export function scopeWords(scope: QuotaScope): Bilingual {
  switch (scope.kind) {
    case 'body':
      return { vi: 'trên danh sách', en: 'on the list' };
    case 'constituency':
      return scope.id === undefined
        ? { vi: 'ở mỗi đơn vị bầu cử', en: 'in each constituency' }
        : { vi: `ở đơn vị bầu cử ${scope.id}`, en: `in constituency ${scope.id}` };
    case 'unit':
      return scope.id === undefined
        ? { vi: 'ở mỗi đơn vị hành chính', en: 'in each unit' }
        : { vi: `ở đơn vị hành chính ${scope.id}`, en: `in unit ${scope.id}` };
    case 'organization':
      return scope.id === undefined
        ? { vi: 'của mỗi cơ quan, tổ chức, đơn vị giới thiệu', en: 'from each nominating organization' }
        : { vi: `của cơ quan, tổ chức, đơn vị giới thiệu ${scope.id}`, en: `from nominating organization ${scope.id}` };
  }
}

export function people(n: number): Bilingual {
  return { vi: `${n} người`, en: n === 1 ? '1 person' : `${n} people` };
}
