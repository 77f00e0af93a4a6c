/**
 * @ungcu/planner: pick a list of nominees that meets every composition quota, or say which quotas conflict
 * and the smallest change that makes them hold. The solver (HiGHS, wasm) loads on the first plan().
 */
export type {
  AttributeValue,
  Bilingual,
  Bound,
  Locale,
  PlanOptions,
  PlanProblem,
  PlanQuota,
  PlanResult,
  PoolMember,
  QuotaConflict,
  QuotaScope,
  Relaxation,
  ScopeKind,
  SolverLoading,
  StaticCheck,
} from './types';
export { checkStatic } from './static-check';
export { plan } from './plan';
export { PlannerError } from './errors';
export { recheck, type Violation } from './recheck';
export { solverLoaded } from './solver';
export { poolFromDataset, attributesOf, type PoolOptions } from './pool';
export { planStructure, problemOf, type StructureOptions } from './structure';
