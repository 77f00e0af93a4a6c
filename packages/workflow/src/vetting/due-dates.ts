/**
 * When each step of a vetting case is due. A case serving a candidacy follows the season's calendar (the
 * consultation conferences cannot wait for it); any other case counts days from the day it was opened.
 */
import { VETTING_STEP_KINDS, type VettingCase } from '@ungcu/core';
import { computeCalendar, daysBetween, shiftDate } from '@ungcu/core/calendar';
import { ConfigError } from '@ungcu/core/errors';
import type { RulePack } from '@ungcu/core/rules';

export type VettingStepKind = (typeof VETTING_STEP_KINDS)[number];
export type StepDueDates = Readonly<Record<VettingStepKind, string>>;
/** Days after `openedOn` each step is due, for cases that do not serve a candidacy. */
export type StepOffsets = Readonly<Record<VettingStepKind, number>>;

/**
 * 15, 30 and 45 days after opening: a working default (no statute fixes them for appointments, rotations or
 * Party admission), with room for the verification, which often needs answers from other units. Pass your
 * organisation's own offsets to `openVettingCase`.
 */
export const DEFAULT_STEP_OFFSETS: StepOffsets = { review: 15, verification: 30, appraisal: 45 };

/**
 * The calendar milestones a candidacy's steps must be done by, first choice first:
 * - review (thẩm tra hồ sơ) before the second consultation ('consultation-2'), which draws up the preliminary
 *   list from the dossiers: a dossier not reviewed by then cannot be weighed for the list;
 * - verification (xác minh) by the day the competent bodies must have checked and answered what voters raised
 *   ('voter-issues-resolved', Điều 46(4), 55(4), in packs that date it), else by the third consultation;
 * - appraisal (thẩm định, the conclusion) before the third consultation ('consultation-3'), which settles the
 *   list of qualified candidates on the strength of that conclusion.
 */
export const CANDIDACY_MILESTONES: Readonly<Record<VettingStepKind, readonly string[]>> = {
  review: ['consultation-2'],
  verification: ['voter-issues-resolved', 'consultation-3'],
  appraisal: ['consultation-3'],
};

/** The steps' due dates for a candidacy in an election held on `electionDay` under `pack`. */
export function candidacyStepDueDates(pack: RulePack, electionDay: string): StepDueDates {
  const calendar = computeCalendar(pack, electionDay);
  const dateOf = (kind: VettingStepKind): string => {
    for (const id of CANDIDACY_MILESTONES[kind]) {
      const milestone = calendar.milestones.find((m) => m.id === id);
      if (milestone !== undefined) return milestone.date;
    }
    const wanted = CANDIDACY_MILESTONES[kind].join(', ');
    throw new ConfigError(
      {
        vi: `Bộ quy tắc "${pack.id}" không có mốc lịch ${wanted} để tính hạn bước ${kind} của hồ sơ thẩm định`,
        en: `Rule pack "${pack.id}" has no calendar milestone ${wanted} to date the ${kind} step of a vetting case`,
      },
      { details: { pack: pack.id, step: kind, milestones: [...CANDIDACY_MILESTONES[kind]] } },
    );
  };
  return { review: dateOf('review'), verification: dateOf('verification'), appraisal: dateOf('appraisal') };
}

/** The steps' due dates counted from the day the case was opened. */
export function offsetStepDueDates(openedOn: string, offsets: Partial<StepOffsets> = {}): StepDueDates {
  const days = { ...DEFAULT_STEP_OFFSETS, ...offsets };
  let previous = -1;
  for (const kind of VETTING_STEP_KINDS) {
    const n = days[kind];
    // Steps run in order, so their deadlines must too.
    if (!Number.isInteger(n) || n < 0 || n < previous) {
      throw new ConfigError(
        {
          vi: `Số ngày của bước ${kind} phải là số nguyên không âm, không nhỏ hơn bước trước (nhận được ${String(n)})`,
          en: `The days of the ${kind} step must be a whole number, not negative and not less than the step before (got ${String(n)})`,
        },
        { details: { step: kind, offsets: days } },
      );
    }
    previous = n;
  }
  return {
    review: shiftDate(openedOn, days.review),
    verification: shiftDate(openedOn, days.verification),
    appraisal: shiftDate(openedOn, days.appraisal),
  };
}

/** A step not done by its due date. */
export interface OverdueStep {
  readonly caseId: string;
  readonly personName: string;
  readonly kind: VettingStepKind;
  readonly dueDate: string;
  /** Whole days from the due date to `asOf`, at least 1. */
  readonly daysOverdue: number;
  readonly assessor?: string;
  readonly unitId?: string;
}

/**
 * The steps of open cases (open or in review) not done and past their due date on `asOf` (a step due on
 * `asOf` is not yet overdue), the most overdue first, then by case id and step order.
 */
export function overdueSteps(cases: readonly VettingCase[], asOf: string): OverdueStep[] {
  const out: OverdueStep[] = [];
  for (const c of cases) {
    if (c.status !== 'open' && c.status !== 'in-review') continue;
    for (const step of c.steps ?? []) {
      if (step.doneOn !== undefined || step.dueDate === undefined || step.dueDate >= asOf) continue;
      out.push({
        caseId: c.id,
        personName: c.personName,
        kind: step.kind,
        dueDate: step.dueDate,
        daysOverdue: daysBetween(step.dueDate, asOf),
        ...(c.assessor === undefined ? {} : { assessor: c.assessor }),
        ...(c.unitId === undefined ? {} : { unitId: c.unitId }),
      });
    }
  }
  const order = (k: VettingStepKind) => VETTING_STEP_KINDS.indexOf(k);
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : order(a.kind) - order(b.kind)));
}
