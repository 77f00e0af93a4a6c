/**
 * Vetting cases (thẩm tra, xác minh, thẩm định): their lifecycle over a store, their due dates (from the
 * season's calendar for a candidacy), and access by role with every read recorded. Redaction for sharing
 * them is an export option (`redaction: 'sensitive'`, @ungcu/core/export).
 */
export {
  CANDIDACY_MILESTONES,
  DEFAULT_STEP_OFFSETS,
  candidacyStepDueDates,
  offsetStepDueDates,
  overdueSteps,
  type OverdueStep,
  type StepDueDates,
  type StepOffsets,
  type VettingStepKind,
} from './due-dates';
export {
  completeStep,
  concludeCase,
  openVettingCase,
  withdrawCase,
  type CaseGuard,
  type CompleteStepOptions,
  type ConcludeCaseOptions,
  type OpenVettingCaseInput,
  type OpenVettingCaseOptions,
  type StoredVettingCase,
  type WithdrawCaseOptions,
} from './lifecycle';
export {
  VETTING_ROLES,
  vettingAccess,
  type VettingAccess,
  type VettingListFilter,
  type VettingPrincipal,
  type VettingRole,
} from './access';
