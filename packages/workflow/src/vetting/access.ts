/**
 * Vetting cases hold personal data, so an app reaches them through a view bound to who is asking: an assessor
 * sees the cases assigned to them, a unit officer the cases of their units, a supervisor all. Nothing outside
 * the scope is ever returned, a read or write of a case outside it is refused (AccessDeniedError), and every
 * case read through the view is recorded in the store's audit log (when the store can record reads), so who
 * saw which file can be answered later.
 */
import type { VettingCase } from '@ungcu/core';
import { AccessDeniedError, ConfigError } from '@ungcu/core/errors';
import type { Store, StoreSession } from '@ungcu/core/storage';
import { type OverdueStep, type VettingStepKind, overdueSteps } from './due-dates';
import {
  type CompleteStepOptions,
  type ConcludeCaseOptions,
  type OpenVettingCaseInput,
  type OpenVettingCaseOptions,
  type StoredVettingCase,
  type WithdrawCaseOptions,
  completeStep,
  concludeCase,
  openVettingCase,
  withdrawCase,
} from './lifecycle';

export const VETTING_ROLES = ['assessor', 'unit-officer', 'supervisor'] as const;
export type VettingRole = (typeof VETTING_ROLES)[number];

export interface VettingPrincipal {
  /** Who is asking: the audit log's actor, and for an assessor the `assessor` of their cases. */
  readonly actor: string;
  readonly role: VettingRole;
  /** A unit officer's units (their cases' `unitId`). */
  readonly unitIds?: readonly string[];
}

export interface VettingListFilter {
  readonly status?: VettingCase['status'] | readonly VettingCase['status'][];
  readonly purpose?: VettingCase['purpose'] | readonly VettingCase['purpose'][];
}

type Without<T, K extends keyof T> = Omit<T, K>;

/** The vetting operations as one principal may use them; the actor of every write is the principal's. */
export interface VettingAccess {
  readonly principal: VettingPrincipal;
  /** Whether a case is in the principal's scope. */
  inScope(c: Pick<VettingCase, 'assessor' | 'unitId'>): boolean;
  /** The case, or undefined when none is stored; AccessDeniedError when it is outside the scope. */
  get(caseId: string): Promise<StoredVettingCase | undefined>;
  /** The cases in scope that match the filter, in id order. */
  list(filter?: VettingListFilter): Promise<StoredVettingCase[]>;
  /** Overdue steps of the cases in scope (see `overdueSteps`). */
  overdueSteps(asOf: string): Promise<OverdueStep[]>;
  openCase(input: OpenVettingCaseInput, options?: Without<OpenVettingCaseOptions, 'by'>): Promise<StoredVettingCase>;
  completeStep(caseId: string, kind: VettingStepKind, options: Without<CompleteStepOptions, 'by'>): Promise<StoredVettingCase>;
  concludeCase(caseId: string, options: Without<ConcludeCaseOptions, 'by'>): Promise<StoredVettingCase>;
  withdrawCase(caseId: string, options: Without<WithdrawCaseOptions, 'by'>): Promise<StoredVettingCase>;
}

const ROLE_WORDS: Readonly<Record<VettingRole, { readonly vi: string; readonly en: string }>> = {
  assessor: { vi: 'cán bộ thẩm định', en: 'assessor' },
  'unit-officer': { vi: 'cán bộ đơn vị', en: 'unit officer' },
  supervisor: { vi: 'người giám sát', en: 'supervisor' },
};

function checkPrincipal(principal: VettingPrincipal): void {
  const bad = (vi: string, en: string) => new ConfigError({ vi: `vettingAccess: ${vi}`, en: `vettingAccess: ${en}` }, { details: { principal } });
  if (typeof principal.actor !== 'string' || principal.actor.trim() === '') throw bad('cần người dùng (actor)', 'an actor is required');
  if (!VETTING_ROLES.includes(principal.role)) {
    throw bad(`vai trò "${String(principal.role)}" không có (có: ${VETTING_ROLES.join(', ')})`, `there is no role "${String(principal.role)}" (there are: ${VETTING_ROLES.join(', ')})`);
  }
  if (principal.role === 'unit-officer' && (principal.unitIds === undefined || principal.unitIds.length === 0)) {
    throw bad('cán bộ đơn vị cần danh sách đơn vị (unitIds)', 'a unit officer needs their units (unitIds)');
  }
}

function scopeWords(p: VettingPrincipal): { vi: string; en: string } {
  if (p.role === 'assessor') return { vi: `các hồ sơ giao cho ${p.actor}`, en: `the cases assigned to ${p.actor}` };
  if (p.role === 'unit-officer') {
    const units = (p.unitIds ?? []).join(', ');
    return { vi: `các hồ sơ của đơn vị ${units}`, en: `the cases of units ${units}` };
  }
  return { vi: 'mọi hồ sơ', en: 'every case' };
}

/** The view of vetting cases `principal` may use over `store`. */
export function vettingAccess(store: Store, principal: VettingPrincipal): VettingAccess {
  checkPrincipal(principal);
  const units = new Set(principal.unitIds ?? []);
  const actor = principal.actor;
  const inScope = (c: Pick<VettingCase, 'assessor' | 'unitId'>): boolean => {
    if (principal.role === 'supervisor') return true;
    if (principal.role === 'assessor') return c.assessor === actor;
    return c.unitId !== undefined && units.has(c.unitId);
  };
  const denied = (caseId: string, action: { vi: string; en: string }) => {
    const scope = scopeWords(principal);
    const role = ROLE_WORDS[principal.role];
    return new AccessDeniedError(
      {
        vi: `${actor} (${role.vi}) không được ${action.vi} hồ sơ thẩm định "${caseId}": hồ sơ nằm ngoài phạm vi (${scope.vi})`,
        en: `${actor} (${role.en}) may not ${action.en} vetting case "${caseId}": it is outside their scope (${scope.en})`,
      },
      { details: { actor, role: principal.role, caseId, scope: { role: principal.role, actor, unitIds: [...units] } } },
    );
  };
  const guard = (action: { vi: string; en: string }) => (c: StoredVettingCase) => {
    if (!inScope(c)) throw denied(c.id, action);
  };
  const WRITE = { vi: 'sửa', en: 'change' };
  const READ = { vi: 'xem', en: 'read' };

  /** Reads in one transaction, so each read entry names the version that was returned. */
  async function reading<T>(fn: (tx: StoreSession, record: (c: StoredVettingCase) => Promise<void>) => Promise<T>): Promise<T> {
    const audits = store.info.capabilities.auditsReads;
    return store.transaction(
      (tx) => fn(tx, async (c) => (audits ? tx.audit.recordRead('vettingCases', c.id, { actor }) : undefined)),
      { actor },
    );
  }

  async function inScopeCases(tx: StoreSession, filter: VettingListFilter): Promise<StoredVettingCase[]> {
    const where = {
      ...(filter.status === undefined ? {} : { status: filter.status }),
      ...(filter.purpose === undefined ? {} : { purpose: filter.purpose }),
    };
    const out: StoredVettingCase[] = [];
    for await (const c of tx.vettingCases.iterate({ where })) if (inScope(c)) out.push(c);
    return out;
  }

  return {
    principal,
    inScope,
    get: (caseId) =>
      reading(async (tx, record) => {
        const c = await tx.vettingCases.get(caseId);
        if (c === undefined) return undefined;
        if (!inScope(c)) throw denied(caseId, READ);
        await record(c);
        return c;
      }),
    list: (filter = {}) =>
      reading(async (tx, record) => {
        const cases = await inScopeCases(tx, filter);
        for (const c of cases) await record(c);
        return cases;
      }),
    overdueSteps: (asOf) =>
      reading(async (tx, record) => {
        const cases = await inScopeCases(tx, { status: ['open', 'in-review'] });
        const late = overdueSteps(cases, asOf);
        // What is returned names the person: each case it names counts as read.
        const named = new Set(late.map((s) => s.caseId));
        for (const c of cases) if (named.has(c.id)) await record(c);
        return late;
      }),
    openCase: (input, options = {}) =>
      openVettingCase(store, input, { ...options, by: actor }, (i) => {
        if (!inScope(i)) throw denied(i.id, { vi: 'mở', en: 'open' });
      }),
    completeStep: (caseId, kind, options) => completeStep(store, caseId, kind, { ...options, by: actor }, guard(WRITE)),
    concludeCase: (caseId, options) => concludeCase(store, caseId, { ...options, by: actor }, guard(WRITE)),
    withdrawCase: (caseId, options) => withdrawCase(store, caseId, { ...options, by: actor }, guard(WRITE)),
  };
}
