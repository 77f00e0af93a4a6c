import type { BodyKind, IsoDate } from '@ungcu/core';
import { computeCalendar, daysBetween, type DatedMilestone } from '@ungcu/core/calendar';
import { formatCitation, type Finding, type LocalizedMessage, type RulePack } from '@ungcu/core/rules';
import type { SeasonMove } from './transitions';

export const STEP_LATE_RULE_ID = 'workflow/step-late';

/** A finding of the workflow: a core finding whose `message` carries both languages, and the two texts apart. */
export interface WorkflowFinding extends Finding {
  readonly text: LocalizedMessage;
}

const isNationalAssembly = (kind: BodyKind) => kind === 'national-assembly';

/**
 * The calendar step (milestone id of the vn-2021 / vn-2026 packs) a move answers to: the consultation that
 * decides it, the publication of the official list, the announcement of the results. Withdrawals and
 * removals happen when they happen, and have none.
 */
export function milestoneOf(move: SeasonMove, bodyKind: BodyKind): string | undefined {
  switch (move.to) {
    case 'preliminary':
      return 'consultation-2';
    case 'voter-conference':
    case 'qualified':
      return 'consultation-3';
    case 'official':
      return isNationalAssembly(bodyKind) ? 'official-na-list' : 'official-council-list';
    case 'elected':
    case 'not-elected':
      return isNationalAssembly(bodyKind) ? 'na-results' : 'council-results';
    case 'not-qualified':
      return move.round === 2 ? 'consultation-2' : 'consultation-3';
    default:
      return undefined;
  }
}

/** The last day of a step: its day, or the last day of its window. */
function deadlineOf(m: DatedMilestone): IsoDate {
  return m.endDate ?? m.date;
}

export interface LateCheck {
  readonly pack: RulePack;
  readonly electionDay: IsoDate;
  readonly milestoneId: string;
  readonly on: IsoDate;
  readonly nominee: { readonly id: string; readonly name: string; readonly bodyId: string };
  readonly move: SeasonMove;
}

/**
 * A warning when the move is recorded after its step's deadline (the law's day count from election day);
 * the move itself stands, since the record must say what happened. A pack whose calendar lacks the step
 * yields an info finding instead of silence.
 */
export function lateStepFindings(check: LateCheck): WorkflowFinding[] {
  const { pack, electionDay, milestoneId, on, nominee, move } = check;
  const milestone = pack.calendar === undefined ? undefined : computeCalendar(pack, electionDay).milestones.find((m) => m.id === milestoneId);
  const target = { kind: 'nominee' as const, id: nominee.id, name: nominee.name, bodyId: nominee.bodyId };
  if (milestone === undefined) {
    const text = {
      vi: `Bộ quy tắc "${pack.id}" không có mốc lịch "${milestoneId}": không kiểm tra được hạn của bước "${move.from}" → "${move.to}"`,
      en: `Rule pack "${pack.id}" has no calendar step "${milestoneId}": the deadline of the move "${move.from}" → "${move.to}" was not checked`,
    };
    return [finding('workflow/step-undated', 'info', 'undated', target, { milestone: milestoneId, on }, text, [])];
  }
  const deadline = deadlineOf(milestone);
  const daysLate = daysBetween(deadline, on);
  if (daysLate <= 0) return [];
  const text = {
    vi: `${nominee.name}: bước "${move.from}" → "${move.to}" ghi ngày ${on}, chậm ${daysLate} ngày so với hạn ${deadline} của mốc "${milestone.title.vi}" (${formatCitation(milestone.sources, 'vi')})`,
    en: `${nominee.name}: the move "${move.from}" → "${move.to}" was recorded on ${on}, ${daysLate} day(s) after the deadline ${deadline} of "${milestone.title.en}" (${formatCitation(milestone.sources, 'en')})`,
  };
  return [
    finding(STEP_LATE_RULE_ID, 'warning', 'late', target, { milestone: milestoneId, deadline, on, daysLate }, text, milestone.sources),
  ];
}

function finding(
  ruleId: string,
  severity: Finding['severity'],
  messageId: string,
  target: Finding['target'],
  data: Finding['data'],
  text: LocalizedMessage,
  sources: Finding['sources'],
): WorkflowFinding {
  return { ruleId, severity, messageId, target, data, message: `${text.vi} / ${text.en}`, text, sources };
}
