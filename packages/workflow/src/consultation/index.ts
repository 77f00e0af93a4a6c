/**
 * The consultation workflow: nominees moved through the season (the consultation rounds, the voters'
 * conference, the official list, the result), the four-eyes lock on a constituency's list, and the counts.
 */
export { seasonStage } from './season-stage';
export {
  SEASON_MOVES,
  allowedMoves,
  findMove,
  stageName,
  type ConsultationRoundNumber,
  type MoveKind,
  type SeasonMove,
} from './transitions';
export { moveNominee, moveNominees, type MoveOptions, type MoveResult } from './move';
export { editNominee, type EditResult } from './edit';
export { STEP_LATE_RULE_ID, milestoneOf, type WorkflowFinding } from './calendar-step';
export { canonicalJson, isOnList, listContentHash, listContentOf, type ListSource } from './list-content';
export {
  approveList,
  listApprovalState,
  type ApprovalState,
  type ApprovalStateReport,
  type ApproveOptions,
  type ApproveOutcome,
  type ApproveResult,
} from './approval';
export { prospectiveOfficialList } from './official-gate';
export { stageCounts, type StageCounts, type StepCount } from './stage-counts';
