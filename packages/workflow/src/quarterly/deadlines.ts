/**
 * Deadlines met and missed: the calendar steps of the election's rule pack whose deadline falls in the
 * quarter, held against the moves the nominees' history records. A step is judged only where a move shows
 * it (the second consultation puts nominees on the preliminary list, the third on the qualified list...);
 * the other steps are listed as not tracked rather than guessed.
 */
import type { BodyKind, IsoDate, NominationOrigin, SeasonStage, StageChange } from '@ungcu/core';
import type { DatedMilestone } from '@ungcu/core/calendar';
import type { LocalizedMessage, MilestoneBound } from '@ungcu/core/rules';
import { inQuarter, type Quarter } from '../programme/quarter';

/** Which moves show that a step was done. */
export interface MilestoneEvidence {
  readonly stages: readonly SeasonStage[];
  /** Only nominees of these bodies (absent: any). */
  readonly bodyKinds?: readonly BodyKind[];
  /** Only nominees of this origin (absent: any). */
  readonly origin?: NominationOrigin;
}

const COUNCILS: readonly BodyKind[] = ['provincial-council', 'district-council', 'commune-council'];

/** Milestone ids of the vn-2021 and vn-2026 calendars that a nominee's history can show. */
export const MILESTONE_EVIDENCE: Readonly<Record<string, MilestoneEvidence>> = {
  'consultation-2': { stages: ['preliminary'] },
  'self-nominated-voter-conferences': { stages: ['voter-conference'], origin: 'self' },
  'consultation-3': { stages: ['qualified', 'not-qualified'] },
  'official-na-list': { stages: ['official'], bodyKinds: ['national-assembly'] },
  'official-council-list': { stages: ['official'], bodyKinds: COUNCILS },
  'na-results': { stages: ['elected', 'not-elected'], bodyKinds: ['national-assembly'] },
  'council-results': { stages: ['elected', 'not-elected'], bodyKinds: COUNCILS },
};

export type DeadlineStatus = 'met' | 'missed' | 'pending' | 'not-tracked';
export type MissedReason = 'late' | 'early' | 'not-recorded';

export interface DeadlineItem {
  readonly milestoneId: string;
  readonly title: LocalizedMessage;
  readonly bound: MilestoneBound;
  readonly date: IsoDate;
  readonly endDate?: IsoDate;
  /** The day the step is judged by: a window's last day, otherwise its day. */
  readonly due: IsoDate;
  readonly status: DeadlineStatus;
  readonly reason?: MissedReason;
  /** Moves recorded for the step (up to asOf), and how many of them fell outside its days. */
  readonly moves: number;
  readonly lateMoves: number;
  readonly earlyMoves: number;
  readonly lastMove?: IsoDate;
}

export interface DeadlineReport {
  readonly electionId: string;
  readonly pack: string;
  readonly electionDay: IsoDate;
  readonly asOf: IsoDate;
  /** Steps whose judged day falls in the quarter, in calendar order. */
  readonly items: readonly DeadlineItem[];
  readonly met: number;
  readonly missed: number;
  readonly pending: number;
  readonly notTracked: number;
}

export function dueDay(m: DatedMilestone): IsoDate {
  return m.bound === 'window' ? (m.endDate ?? m.date) : m.date;
}

/** The calendar's steps judged in the quarter. */
export function milestonesInQuarter(milestones: readonly DatedMilestone[], q: Quarter): DatedMilestone[] {
  return milestones.filter((m) => inQuarter(dueDay(m), q));
}

/** Whether a step concerns the nominee at all (its body kind and origin). */
export function nomineeConcerned(
  evidence: MilestoneEvidence,
  nominee: { readonly bodyKind: BodyKind | undefined; readonly origin: NominationOrigin },
): boolean {
  if (evidence.origin !== undefined && nominee.origin !== evidence.origin) return false;
  return evidence.bodyKinds === undefined || (nominee.bodyKind !== undefined && evidence.bodyKinds.includes(nominee.bodyKind));
}

export function evidenceMatches(
  evidence: MilestoneEvidence,
  move: StageChange,
  nominee: { readonly bodyKind: BodyKind | undefined; readonly origin: NominationOrigin },
): boolean {
  return evidence.stages.includes(move.to) && nomineeConcerned(evidence, nominee);
}

/**
 * Judges one step from the days of the moves that show it (moves after asOf already left out); `undefined`
 * when no nominee's history can show it (a step of no tracked kind, or no nominee it concerns).
 */
export function judgeMilestone(m: DatedMilestone, moveDays: readonly IsoDate[] | undefined, asOf: IsoDate): DeadlineItem {
  const due = dueDay(m);
  const base = {
    milestoneId: m.id,
    title: m.title,
    bound: m.bound,
    date: m.date,
    ...(m.endDate === undefined ? {} : { endDate: m.endDate }),
    due,
  };
  if (moveDays === undefined) return { ...base, status: 'not-tracked', moves: 0, lateMoves: 0, earlyMoves: 0 };
  const earliest = m.bound === 'no-later-than' ? undefined : m.date;
  const latest = m.bound === 'no-earlier-than' ? undefined : due;
  const earlyMoves = earliest === undefined ? 0 : moveDays.filter((d) => d < earliest).length;
  const lateMoves = latest === undefined ? 0 : moveDays.filter((d) => d > latest).length;
  const lastMove = moveDays.reduce<IsoDate | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);
  const counts = { moves: moveDays.length, lateMoves, earlyMoves, ...(lastMove === undefined ? {} : { lastMove }) };
  if (lateMoves > 0) return { ...base, ...counts, status: 'missed', reason: 'late' };
  if (earlyMoves > 0) return { ...base, ...counts, status: 'missed', reason: 'early' };
  if (moveDays.length > 0) return { ...base, ...counts, status: 'met' };
  // Nothing recorded: missed once the deadline has passed by asOf (a deadline on asOf itself counts as passed,
  // since the report is written at the close of that day).
  if (latest !== undefined && latest <= asOf) return { ...base, ...counts, status: 'missed', reason: 'not-recorded' };
  return { ...base, ...counts, status: 'pending' };
}
