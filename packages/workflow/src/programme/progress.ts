/**
 * programmeProgress(): how the work programme stands in one quarter, per recipient body: what the programme
 * planned for the quarter, what was submitted in it, what the recipient adopted, what slipped to a later
 * quarter. The numbers the quarterly review (hội nghị giao ban quý) quotes as "trình 5/6 đề án".
 */
import { PROPOSAL_RECIPIENTS, type Proposal, type WorkProgramme } from '@ungcu/core';
import { inQuarter, toQuarter, type Quarter } from './quarter';

export type ProposalRecipient = (typeof PROPOSAL_RECIPIENTS)[number];

export interface ProgrammeCounts {
  /** Planned for the quarter (plannedQuarter equals it). */
  readonly planned: number;
  /** Of those planned, submitted by the quarter's last day (early ones included). */
  readonly delivered: number;
  /** Submitted in the quarter though not planned for it (another quarter's, or outside any plan). */
  readonly submittedOutsidePlan: number;
  /** Every proposal whose submittedOn falls in the quarter. */
  readonly submitted: number;
  /** Adopted by the recipient with decidedOn in the quarter. */
  readonly adopted: number;
  /** Planned for the quarter, not withdrawn and not submitted by its last day: moves to a later quarter. */
  readonly carriedOver: number;
  /** Planned for the quarter and withdrawn from the programme. */
  readonly withdrawn: number;
}

export interface ProgrammeProgressRow extends ProgrammeCounts {
  readonly recipient: ProposalRecipient;
  /** The proposal ids behind each count, so a reader can check a number. */
  readonly ids: { readonly [K in keyof ProgrammeCounts]: readonly string[] };
}

export interface ProgrammeProgress {
  readonly quarter: Quarter;
  /** Recipients with at least one proposal counted, in PROPOSAL_RECIPIENTS order. */
  readonly rows: readonly ProgrammeProgressRow[];
  readonly totals: ProgrammeCounts;
}

export interface ProgrammeProgressInput {
  /**
   * The programmes to report on. A proposal tied to another programme is left out; one tied to none is
   * counted when submitted in the quarter (work outside the programme).
   */
  readonly programmes: readonly Pick<WorkProgramme, 'id'>[];
  readonly proposals: Iterable<Proposal>;
}

const COUNT_KEYS = ['planned', 'delivered', 'submittedOutsidePlan', 'submitted', 'adopted', 'carriedOver', 'withdrawn'] as const;

/** A proposal whose status says it went to the recipient, even if its day was not recorded. */
function deliveredBy(p: Proposal, end: string): boolean {
  if (p.submittedOn !== undefined) return p.submittedOn <= end;
  return p.status === 'submitted' || p.status === 'adopted';
}

/** Which counts one proposal adds to, for one quarter. */
export function classifyProposal(p: Proposal, q: Quarter): Set<keyof ProgrammeCounts> {
  const out = new Set<keyof ProgrammeCounts>();
  const planned = p.plannedQuarter === q.id;
  const submittedInQuarter = inQuarter(p.submittedOn, q);
  if (planned) out.add('planned');
  if (planned && p.status === 'withdrawn') out.add('withdrawn');
  else if (planned && deliveredBy(p, q.end)) out.add('delivered');
  else if (planned) out.add('carriedOver');
  if (submittedInQuarter) out.add('submitted');
  if (submittedInQuarter && !planned) out.add('submittedOutsidePlan');
  if (p.status === 'adopted' && inQuarter(p.decidedOn, q)) out.add('adopted');
  return out;
}

function emptyIds(): Record<keyof ProgrammeCounts, string[]> {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, [] as string[]])) as Record<keyof ProgrammeCounts, string[]>;
}

function countsOf(ids: Readonly<Record<keyof ProgrammeCounts, readonly string[]>>): ProgrammeCounts {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, ids[k].length])) as unknown as ProgrammeCounts;
}

export function programmeProgress(input: ProgrammeProgressInput, quarter: string | Quarter): ProgrammeProgress {
  const q = toQuarter(quarter);
  const programmeIds = new Set(input.programmes.map((p) => p.id));
  const byRecipient = new Map<ProposalRecipient, Record<keyof ProgrammeCounts, string[]>>();
  for (const p of input.proposals) {
    if (p.workProgrammeId !== undefined && !programmeIds.has(p.workProgrammeId)) continue;
    const counts = classifyProposal(p, q);
    if (counts.size === 0) continue;
    let ids = byRecipient.get(p.submittedTo);
    if (ids === undefined) byRecipient.set(p.submittedTo, (ids = emptyIds()));
    for (const key of counts) ids[key].push(p.id);
  }
  const rows = PROPOSAL_RECIPIENTS.flatMap((recipient): ProgrammeProgressRow[] => {
    const ids = byRecipient.get(recipient);
    if (ids === undefined) return [];
    for (const list of Object.values(ids)) list.sort();
    return [{ recipient, ...countsOf(ids), ids }];
  });
  const totals = Object.fromEntries(
    COUNT_KEYS.map((k) => [k, rows.reduce((sum, row) => sum + row[k], 0)]),
  ) as unknown as ProgrammeCounts;
  return { quarter: q, rows, totals };
}
