/**
 * @ungcu/core/calendar: the statutory calendar. A rule pack lists its steps as data; these functions date
 * them from election day and check what was done against them.
 */
export {
  computeCalendar,
  daysBetween,
  shiftDate,
  weekdayOf,
  type CalendarOptions,
  type ComputedCalendar,
  type DatedMilestone,
  type MilestoneOverride,
} from './compute';
export { checkCalendar, CALENDAR_RULE_IDS, type CalendarEvent, type CheckCalendarOptions } from './check';
export type { CalendarSpec, Milestone, MilestoneBound } from '../rules/types';
