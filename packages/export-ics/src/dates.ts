/** The two date forms the calendar writes: DATE values of all-day events and the UTC DTSTAMP. */
import { ConfigError } from '@ungcu/core/errors';
import { shiftDate } from '@ungcu/core/calendar';

/** "2026-03-15" → "20260315" (RFC 5545 DATE). */
export function icsDate(isoDate: string): string {
  return isoDate.replaceAll('-', '');
}

/** The exclusive DTEND of an all-day event whose last day is `lastDay` (RFC 5545 §3.6.1: DTEND is not part of it). */
export function exclusiveEnd(lastDay: string): string {
  return icsDate(shiftDate(lastDay, 1));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A moment as a UTC DATE-TIME, "20251120T000000Z"; a string must be an ISO date or date-time. */
export function icsUtcDateTime(value: Date | string): string {
  const moment = typeof value === 'string' ? parseMoment(value) : value;
  if (Number.isNaN(moment.getTime())) {
    throw new ConfigError({
      vi: `Tùy chọn timestamp không phải là thời điểm hợp lệ: "${String(value)}"`,
      en: `The timestamp option is not a valid moment: "${String(value)}"`,
    });
  }
  return (
    `${pad(moment.getUTCFullYear(), 4)}${pad(moment.getUTCMonth() + 1)}${pad(moment.getUTCDate())}` +
    `T${pad(moment.getUTCHours())}${pad(moment.getUTCMinutes())}${pad(moment.getUTCSeconds())}Z`
  );
}

// A bare date is read as midnight UTC (as Date.parse does); a date-time needs its zone, or the output would
// depend on the machine's time zone and stop being byte-stable.
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/u;

function parseMoment(text: string): Date {
  return ISO_MOMENT.test(text) ? new Date(text) : new Date(Number.NaN);
}
