/**
 * @ungcu/export-ics: the statutory calendar of an election (core's ComputedCalendar) as an iCalendar file for
 * Google Calendar, Outlook, Thunderbird or a phone: one all-day event per milestone, stable UIDs.
 */
export { calendarToIcs, calendarToIcsBytes, type IcsOptions } from './calendar-to-ics';
