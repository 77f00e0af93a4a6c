/**
 * @ungcu/apportion: seats and nominee counts shared out among provinces, constituencies and organizations by
 * Hamilton, Jefferson (D'Hondt), Webster (Sainte-Laguë, plain and modified), Huntington–Hill, Adams, Dean and
 * the quota method, in exact arithmetic, with ties reported and every seat logged; Vietnam's seat rules as
 * data. No dependency but @ungcu/core; runs in browsers.
 */
export { apportion } from './apportion';
export { distributeTarget, type DistributeTargetInput, type DistributeTargetUnit } from './distribute';
export {
  APPORTION_METHODS,
  TIE_RULES,
  type ApportionIndices,
  type ApportionInput,
  type ApportionMethod,
  type ApportionResult,
  type ApportionStep,
  type ApportionTie,
  type ApportionUnit,
  type StepReason,
  type TieRule,
} from './types';
export { parseRational, type Rational } from './rational';
export {
  VN_COUNCIL_SEAT_RULES,
  VN_NA_SEAT_RULES,
  VN_NA_SEAT_RULES_2026,
  type SeatRuleField,
  type SeatRules,
  type SurplusStep,
} from './vn-rules';
export { nomineesNeeded, splitIntoConstituencies, surplusFor, type NomineesNeeded } from './constituencies';
export { seatRulesFromPack, type PackSeatRules } from './from-pack';
