/**
 * calendarToIcs(): a computed calendar as an iCalendar file (RFC 5545), one all-day event per milestone.
 * Byte-stable: the same calendar and options give the same bytes, so the file can be committed, diffed and
 * re-imported (the UIDs update the events already there).
 */
import type { ComputedCalendar, DatedMilestone } from '@ungcu/core/calendar';
import { ConfigError } from '@ungcu/core/errors';
import type { Locale } from '@ungcu/core/rules';
import { exclusiveEnd, icsDate, icsUtcDateTime } from './dates';
import { foldLine } from './fold';
import { escapeText } from './text-value';
import { checkUidDomain, DEFAULT_UID_DOMAIN, milestoneUid } from './uid';
import { boundCategory, defaultCalendarName, describeMilestone } from './wording';

export interface IcsOptions {
  /** Language of the titles, descriptions and categories; default 'vi'. */
  readonly locale?: Locale;
  /** The calendar's name in the application (NAME, X-WR-CALNAME); default "Lịch bầu cử vn-2026, ngày bầu cử 15/03/2026". */
  readonly calendarName?: string;
  /** Right-hand side of every UID; default "ungcu". Keep it the same between exports, or events are duplicated. */
  readonly uidDomain?: string;
  /** PRODID; default "-//ungcu//NONSGML @ungcu/export-ics//VI" (or //EN). */
  readonly productId?: string;
  /**
   * DTSTAMP of every event: a Date, or an ISO date ("2025-11-20", read as midnight UTC) or date-time with its
   * zone. Default: midnight UTC of the calendar's first milestone (for the Vietnamese packs, the deadline to
   * announce election day), so two exports of one calendar are identical. Pass a later moment to mark a revision.
   */
  readonly timestamp?: Date | string;
  /**
   * SEQUENCE of every event, a whole number; default 0. When a changed calendar is published again, raise it
   * (with `timestamp`): an application that follows RFC 5546 takes the event with the higher SEQUENCE for the
   * same UID as the newer version.
   */
  readonly sequence?: number;
}

function checkSequence(sequence: number): number {
  if (!Number.isSafeInteger(sequence) || sequence < 0) {
    throw new ConfigError({
      vi: `Tùy chọn sequence phải là số nguyên không âm, nhận được ${String(sequence)}`,
      en: `The sequence option must be a non-negative whole number, got ${String(sequence)}`,
    });
  }
  return sequence;
}

function firstDay(calendar: ComputedCalendar): string {
  let first = calendar.electionDay;
  for (const m of calendar.milestones) if (m.date < first) first = m.date;
  return first;
}

function eventLines(
  m: DatedMilestone,
  calendar: ComputedCalendar,
  locale: Locale,
  uidDomain: string,
  dtstamp: string,
  sequence: number,
): string[] {
  const where = (field: string) => `milestone "${m.id}", ${field}`;
  return [
    'BEGIN:VEVENT',
    `UID:${milestoneUid(calendar.pack, calendar.electionDay, m.id, uidDomain)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${icsDate(m.date)}`,
    `DTEND;VALUE=DATE:${exclusiveEnd(m.endDate ?? m.date)}`,
    `SEQUENCE:${sequence}`,
    `SUMMARY:${escapeText(m.title[locale], where('title'))}`,
    `DESCRIPTION:${escapeText(describeMilestone(m, calendar.electionDay, calendar.pack, locale), where('description'))}`,
    `CATEGORIES:${escapeText(boundCategory(m.bound, locale), where('category'))}`,
    // A deadline is not a meeting: it must not show the whole day as busy in free/busy lookups.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function calendarToIcs(calendar: ComputedCalendar, options: IcsOptions = {}): string {
  const locale = options.locale ?? 'vi';
  const uidDomain = checkUidDomain(options.uidDomain ?? DEFAULT_UID_DOMAIN);
  const dtstamp = icsUtcDateTime(options.timestamp ?? firstDay(calendar));
  const sequence = checkSequence(options.sequence ?? 0);
  const name = escapeText(options.calendarName ?? defaultCalendarName(calendar.pack, calendar.electionDay, locale), 'calendarName');
  const productId = escapeText(options.productId ?? `-//ungcu//NONSGML @ungcu/export-ics//${locale.toUpperCase()}`, 'productId');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
    ...calendar.milestones.flatMap((m) => eventLines(m, calendar, locale, uidDomain, dtstamp, sequence)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('');
}

/** The same file as UTF-8 bytes (RFC 5545 §3.1.4: the default charset), ready to write or serve as text/calendar. */
export function calendarToIcsBytes(calendar: ComputedCalendar, options: IcsOptions = {}): Uint8Array {
  return new TextEncoder().encode(calendarToIcs(calendar, options));
}
