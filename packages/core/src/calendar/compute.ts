/**
 * computeCalendar(): the dated steps of an election. Deadlines count calendar days from election day
 * ("chậm nhất là N ngày trước ngày bầu cử" = E − N) with no business-day shift, as the law and the National
 * Election Council's plans do. Overrides carry the Council's adjustments (Art. 98(3) after 2025).
 */
import { isIsoDate } from '../text/dates';
import { addDays, format, getDay, parseISO } from 'date-fns';
import { ConfigError } from '../errors/classes';
import type { IsoDate, LegalReference } from '../model/primitives';
import type { LocalizedMessage, Milestone, MilestoneBound, RulePack } from '../rules/types';

/** An adjustment of one step: a new offset, or a fixed date (the Council decided a day). */
export type MilestoneOverride =
  | { readonly offsetDays: number; readonly endOffsetDays?: number; readonly source?: LegalReference }
  | { readonly date: IsoDate; readonly endDate?: IsoDate; readonly source?: LegalReference };

export interface CalendarOptions {
  readonly overrides?: Readonly<Record<string, MilestoneOverride>>;
}

export interface DatedMilestone {
  readonly id: string;
  readonly title: LocalizedMessage;
  readonly bound: MilestoneBound;
  readonly offsetDays: number;
  readonly endOffsetDays?: number;
  /** The day of the step (for a window, its first day). */
  readonly date: IsoDate;
  /** For a window: its last day. */
  readonly endDate?: IsoDate;
  readonly concerns: LocalizedMessage;
  readonly sources: readonly LegalReference[];
  readonly status: 'verified' | 'recalled';
  /** True when an override replaced the statutory offset. */
  readonly adjusted: boolean;
  readonly notes?: LocalizedMessage;
}

export interface ComputedCalendar {
  readonly pack: string;
  readonly electionDay: IsoDate;
  readonly weekday: number;
  readonly isElectionWeekday: boolean;
  /** In date order, then statutory order. */
  readonly milestones: readonly DatedMilestone[];
}

export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

export function shiftDate(day: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(parseISO(day), days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier), on plain dates. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const ms = Date.UTC(...ymd(to)) - Date.UTC(...ymd(from));
  return Math.round(ms / 86_400_000);
}

function ymd(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, (m ?? 1) - 1, d ?? 1];
}

export function assertIsoDate(value: string, what: string): void {
  if (!isIsoDate(value)) {
    throw new ConfigError({
      en: `${what} must be a date written YYYY-MM-DD, got "${value}"`,
      vi: `${what} phải là ngày dạng YYYY-MM-DD, nhận được "${value}"`,
    });
  }
}

export function weekdayOf(day: IsoDate): number {
  return getDay(parseISO(day));
}

function dated(m: Milestone, electionDay: IsoDate, override: MilestoneOverride | undefined): DatedMilestone {
  let offsetDays = m.offsetDays;
  let endOffsetDays = m.endOffsetDays;
  if (override !== undefined && 'date' in override) {
    assertIsoDate(override.date, `Override of "${m.id}"`);
    offsetDays = daysBetween(electionDay, override.date);
    if (override.endDate !== undefined) endOffsetDays = daysBetween(electionDay, override.endDate);
  } else if (override !== undefined) {
    offsetDays = override.offsetDays;
    if (override.endOffsetDays !== undefined) endOffsetDays = override.endOffsetDays;
  }
  const sources = override?.source === undefined ? m.sources : [...m.sources, override.source];
  return {
    id: m.id,
    title: m.title,
    bound: m.bound,
    offsetDays,
    ...(endOffsetDays === undefined || m.bound !== 'window' ? {} : { endOffsetDays }),
    date: shiftDate(electionDay, offsetDays),
    ...(endOffsetDays === undefined || m.bound !== 'window' ? {} : { endDate: shiftDate(electionDay, endOffsetDays) }),
    concerns: m.concerns,
    sources,
    status: m.status,
    adjusted: override !== undefined,
    ...(m.notes === undefined ? {} : { notes: m.notes }),
  };
}

export function computeCalendar(pack: RulePack, electionDay: IsoDate, options: CalendarOptions = {}): ComputedCalendar {
  assertIsoDate(electionDay, 'Election day');
  const spec = pack.calendar;
  if (spec === undefined) {
    throw new ConfigError({
      en: `Rule pack "${pack.id}" has no calendar`,
      vi: `Bộ quy tắc "${pack.id}" không có lịch bầu cử`,
    });
  }
  const known = new Set(spec.milestones.map((m) => m.id));
  for (const id of Object.keys(options.overrides ?? {})) {
    if (!known.has(id)) {
      throw new ConfigError({
        en: `Calendar override for "${id}": rule pack "${pack.id}" has no such milestone`,
        vi: `Điều chỉnh lịch cho "${id}": bộ quy tắc "${pack.id}" không có mốc này`,
      });
    }
  }
  const order = new Map(spec.milestones.map((m, i) => [m.id, i]));
  const milestones = spec.milestones
    .map((m) => dated(m, electionDay, options.overrides?.[m.id]))
    .sort((a, b) => a.offsetDays - b.offsetDays || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const weekday = weekdayOf(electionDay);
  return { pack: pack.id, electionDay, weekday, isElectionWeekday: weekday === spec.electionWeekday, milestones };
}
