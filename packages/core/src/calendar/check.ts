/**
 * checkCalendar(): compares what was done, and when, with the dated steps, and reports as findings (the same
 * shape as validate()'s) the steps done late, done early, not done by their deadline, and an election day that
 * is not a Sunday.
 */
import type { IsoDate, LegalReference } from '../model/primitives';
import { compareStrings } from '../rules/composition';
import { renderMessage } from '../rules/render';
import type { Finding, FindingData, Locale, LocalizedMessage, RulePack, Severity } from '../rules/types';
import { assertIsoDate, computeCalendar, daysBetween, type CalendarOptions, type DatedMilestone } from './compute';

/** A step as it happened: the milestone id and the day it was done (or the first and last day of a window). */
export interface CalendarEvent {
  readonly milestoneId: string;
  readonly date: IsoDate;
  readonly endDate?: IsoDate;
}

export interface CheckCalendarOptions extends CalendarOptions {
  /** Today: deadlines before it with no event are reported as missed. Without it, only events are checked. */
  readonly asOf?: IsoDate;
  readonly locale?: Locale;
}

export const CALENDAR_RULE_IDS = {
  weekday: 'calendar/election-day-weekday',
  late: 'calendar/step-late',
  early: 'calendar/step-early',
  offDay: 'calendar/step-not-on-day',
  missed: 'calendar/step-missed',
  unknown: 'calendar/unknown-step',
} as const;

const MESSAGES: Readonly<Record<keyof typeof CALENDAR_RULE_IDS, LocalizedMessage>> = {
  weekday: {
    vi: 'Ngày bầu cử {electionDay} là {weekday:weekday}, không phải {requiredWeekday:weekday}',
    en: 'Election day {electionDay} is a {weekday:weekday}, not a {requiredWeekday:weekday}',
  },
  late: {
    vi: '{title}: thực hiện ngày {actual}, chậm {days} ngày so với hạn {due}',
    en: '{title}: done on {actual}, {days:plural:# day|# days} after the deadline {due}',
  },
  early: {
    vi: '{title}: thực hiện ngày {actual}, sớm {days} ngày so với ngày sớm nhất {due}',
    en: '{title}: done on {actual}, {days:plural:# day|# days} before the earliest day {due}',
  },
  offDay: {
    vi: '{title}: thực hiện ngày {actual}, không đúng ngày {due}',
    en: '{title}: done on {actual}, not on {due}',
  },
  missed: {
    vi: '{title}: chưa thực hiện, hạn chót là {due} (đã quá {days} ngày)',
    en: '{title}: not done; the deadline was {due} ({days:plural:# day|# days} ago)',
  },
  unknown: {
    vi: 'Bước "{milestoneId}" không có trong lịch của bộ quy tắc',
    en: 'Step "{milestoneId}" is not in the rule pack calendar',
  },
};

function finding(
  kind: keyof typeof CALENDAR_RULE_IDS,
  severity: Severity,
  electionDay: IsoDate,
  data: FindingData,
  sources: readonly LegalReference[],
  locale: Locale,
): Finding {
  return {
    ruleId: CALENDAR_RULE_IDS[kind],
    severity,
    messageId: kind,
    target: { kind: 'election', id: electionDay },
    data,
    message: renderMessage(MESSAGES[kind][locale], data, locale),
    sources,
  };
}

function checkEvent(m: DatedMilestone, event: CalendarEvent, electionDay: IsoDate, locale: Locale): Finding[] {
  const base = { milestoneId: m.id, title: m.title[locale], actual: event.date, due: m.date };
  const lastDay = m.endDate ?? m.date;
  switch (m.bound) {
    case 'no-later-than':
      return event.date > m.date
        ? [finding('late', 'error', electionDay, { ...base, days: daysBetween(m.date, event.date) }, m.sources, locale)]
        : [];
    case 'no-earlier-than':
      return event.date < m.date
        ? [finding('early', 'error', electionDay, { ...base, days: daysBetween(event.date, m.date) }, m.sources, locale)]
        : [];
    case 'on':
      return event.date !== m.date ? [finding('offDay', 'error', electionDay, base, m.sources, locale)] : [];
    case 'window': {
      const out: Finding[] = [];
      if (event.date < m.date) {
        out.push(finding('early', 'error', electionDay, { ...base, days: daysBetween(event.date, m.date) }, m.sources, locale));
      }
      const end = event.endDate ?? event.date;
      if (end > lastDay) {
        out.push(
          finding('late', 'error', electionDay, { ...base, actual: end, due: lastDay, days: daysBetween(lastDay, end) }, m.sources, locale),
        );
      }
      return out;
    }
  }
}

export function checkCalendar(
  pack: RulePack,
  electionDay: IsoDate,
  events: readonly CalendarEvent[],
  options: CheckCalendarOptions = {},
): Finding[] {
  const locale = options.locale ?? 'vi';
  const calendar = computeCalendar(pack, electionDay, options);
  const findings: Finding[] = [];
  if (!calendar.isElectionWeekday) {
    const required = pack.calendar?.electionWeekday ?? 0;
    findings.push(
      finding(
        'weekday',
        'error',
        electionDay,
        { electionDay, weekday: calendar.weekday, requiredWeekday: required },
        pack.calendar?.electionDaySources ?? [],
        locale,
      ),
    );
  }
  const byId = new Map(calendar.milestones.map((m) => [m.id, m]));
  const done = new Set<string>();
  for (const event of events) {
    assertIsoDate(event.date, `Date of step "${event.milestoneId}"`);
    const m = byId.get(event.milestoneId);
    if (m === undefined) {
      findings.push(finding('unknown', 'warning', electionDay, { milestoneId: event.milestoneId }, [], locale));
      continue;
    }
    done.add(m.id);
    findings.push(...checkEvent(m, event, electionDay, locale));
  }
  if (options.asOf !== undefined) {
    assertIsoDate(options.asOf, 'asOf');
    for (const m of calendar.milestones) {
      const deadline = m.endDate ?? m.date;
      if (done.has(m.id) || m.bound === 'no-earlier-than' || deadline >= options.asOf) continue;
      findings.push(
        finding(
          'missed',
          'error',
          electionDay,
          { milestoneId: m.id, title: m.title[locale], due: deadline, days: daysBetween(deadline, options.asOf) },
          m.sources,
          locale,
        ),
      );
    }
  }
  return findings.sort(
    (a, b) =>
      compareStrings(String(a.data.due ?? ''), String(b.data.due ?? '')) ||
      compareStrings(a.ruleId, b.ruleId) ||
      compareStrings(String(a.data.milestoneId ?? ''), String(b.data.milestoneId ?? '')),
  );
}
