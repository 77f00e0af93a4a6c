export { quarterlyReport, type PipelineTally, type QuarterlyReport, type QuarterlyReportOptions, type StageMoves } from './report';
export { isAppraisedIn, vettingTallier, type VettingOutcome, type VettingPurposeRow, type VettingTally } from './vetting';
export {
  dueDay,
  evidenceMatches,
  judgeMilestone,
  MILESTONE_EVIDENCE,
  milestonesInQuarter,
  nomineeConcerned,
  type DeadlineItem,
  type DeadlineReport,
  type DeadlineStatus,
  type MilestoneEvidence,
  type MissedReason,
} from './deadlines';
export { deadlineSentence, pipelineSentence, proposalSentences, quarterlyNarrative, vettingSentence } from './narrative';
export { quarterlyReportTables, type Cell, type ReportSheet } from './tables';
export { formatCount, formatSmallCount, MAX_COUNT_IN_WORDS } from './numbers';
export {
  joinList,
  LEVEL_LABELS,
  NARRATIVE_PURPOSE_ORDER,
  PURPOSE_LABELS,
  RECIPIENT_GROUPS,
  RECIPIENT_LABELS,
  STAGE_LABELS,
  type LevelKey,
  type VettingPurpose,
} from './labels';
