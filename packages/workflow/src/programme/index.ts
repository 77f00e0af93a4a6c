export {
  formatQuarter,
  inQuarter,
  nextQuarter,
  parseQuarter,
  quarterBounds,
  quarterOfDate,
  quarterOfYear,
  toQuarter,
  toRomanNumeral,
  type Quarter,
  type QuarterNumber,
} from './quarter';
export {
  classifyProposal,
  programmeProgress,
  type ProgrammeCounts,
  type ProgrammeProgress,
  type ProgrammeProgressInput,
  type ProgrammeProgressRow,
  type ProposalRecipient,
} from './progress';
export { overdueProposals, type OverdueProposal } from './overdue';
