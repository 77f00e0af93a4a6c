/**
 * `ungcu calendar --pack <id> --election-day <date>`: the statutory calendar dated from election day, as
 * text, JSON or iCalendar (@ungcu/export-ics), on the screen or in a file (`--out`). Exit 1 when the day is
 * not the law's weekday (a Sunday), 2 when the call is wrong.
 */
import type { Command } from 'commander';
import { isUngcuError } from '@ungcu/core/errors';
import { calendarToIcs } from '@ungcu/export-ics';
import { weekdayOf, type ComputedCalendar, type DatedMilestone, type MilestoneBound } from '@ungcu/core/calendar';
import { formatCitation, weekdayName, type Locale } from '@ungcu/core/rules';
import { formatDayFirstDate } from '@ungcu/core/text';
import type { CliIo } from '../io';
import { EXIT } from '../program';
import { openSession } from '../session';
import { writeWhole } from '../write-whole';
import type { RegisterCommand } from './index';
import { registerPackOptions, type PackFlags } from './pack-options';

interface CalendarFlags extends PackFlags {
  readonly format: string;
  readonly locale: string;
  readonly out?: string;
}

/** The documented JSON shape (docs/reference/cli-json.md). */
export interface CalendarJson {
  readonly pack: string;
  readonly electionDay: string;
  readonly isSunday: boolean;
  readonly milestones: readonly ({
    readonly id: string;
    readonly offsetDays: number;
    readonly bound: string;
    readonly title: { readonly vi: string; readonly en: string };
    readonly status: string;
    readonly sources: readonly { readonly document: string; readonly article: string | null; readonly clause: string | null }[];
  } & ({ readonly date: string } | { readonly start: string; readonly end: string }))[];
}

export function toCalendarJson(calendar: ComputedCalendar): CalendarJson {
  return {
    pack: calendar.pack,
    electionDay: calendar.electionDay,
    isSunday: calendar.isElectionWeekday,
    milestones: calendar.milestones.map((m) => ({
      id: m.id,
      ...(m.endDate === undefined ? { date: m.date } : { start: m.date, end: m.endDate }),
      offsetDays: m.offsetDays,
      bound: m.bound,
      title: m.title,
      status: m.status,
      sources: m.sources.map((s) => ({ document: s.document, article: s.article ?? null, clause: s.clause ?? null })),
    })),
  };
}

/** How far a day is from election day: "trước 115 ngày" / "115 days before", "ngày bầu cử" / "election day". */
function relative(offsetDays: number, locale: Locale): string {
  const n = Math.abs(offsetDays);
  if (offsetDays === 0) return locale === 'vi' ? 'ngày bầu cử' : 'election day';
  if (locale === 'vi') return `${offsetDays < 0 ? 'trước' : 'sau'} ${n} ngày`;
  return `${n} ${n === 1 ? 'day' : 'days'} ${offsetDays < 0 ? 'before' : 'after'}`;
}

/** The date part of a milestone line, dates day first as officials write them. */
function when(m: DatedMilestone, locale: Locale): string {
  const date = formatDayFirstDate(m.date);
  if (m.endDate !== undefined) {
    const end = formatDayFirstDate(m.endDate);
    const span = m.endOffsetDays === undefined ? relative(m.offsetDays, locale) : locale === 'vi'
      ? `từ ${relative(m.offsetDays, locale)} đến ${relative(m.endOffsetDays, locale)}`
      : `from ${relative(m.offsetDays, locale)} to ${relative(m.endOffsetDays, locale)}`;
    return locale === 'vi' ? `Từ ngày ${date} đến ngày ${end} (${span})` : `From ${date} to ${end} (${span})`;
  }
  const BOUND: Readonly<Record<Locale, Readonly<Record<MilestoneBound, string>>>> = {
    vi: { 'no-later-than': `Chậm nhất ngày ${date}`, 'no-earlier-than': `Sớm nhất ngày ${date}`, on: `Ngày ${date}`, window: `Từ ngày ${date}` },
    en: { 'no-later-than': `By ${date}`, 'no-earlier-than': `No earlier than ${date}`, on: `On ${date}`, window: `From ${date}` },
  };
  return `${BOUND[locale][m.bound]} (${relative(m.offsetDays, locale)})`;
}

/**
 * The calendar as text, one milestone a line: "Chậm nhất ngày 20/11/2025 (trước 115 ngày): Công bố ngày bầu cử
 * (Điều 5 Luật …)", citing the law as formatReport does (formatCitation).
 */
export function formatCalendar(calendar: ComputedCalendar, locale: Locale): string {
  const day = formatDayFirstDate(calendar.electionDay);
  const lines = [
    locale === 'vi'
      ? `Lịch bầu cử (${calendar.pack}), ngày bầu cử ${day} (${weekdayName(calendar.weekday, 'vi')})`
      : `Election calendar (${calendar.pack}), election day ${day} (${weekdayName(calendar.weekday, 'en')})`,
  ];
  for (const m of calendar.milestones) {
    const recalled = m.status === 'recalled' ? (locale === 'vi' ? ' (số ngày chưa kiểm chứng)' : ' (day count unverified)') : '';
    const citation = formatCitation(m.sources, locale);
    lines.push(`${when(m, locale)}: ${m.title[locale]}${recalled}${citation === '' ? '' : ` (${citation})`}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runCalendar(flags: CalendarFlags, io: CliIo): Promise<number> {
  const opened = await openSession(flags, { formats: ['text', 'json', 'ics'] });
  if (!opened.ok) {
    io.stderr(`${opened.message.vi} / ${opened.message.en}\n`);
    return EXIT.usage;
  }
  const { ungcu, pack, electionDay: day, locale } = opened.session;
  let calendar: ComputedCalendar;
  try {
    calendar = ungcu.calendar(day, { pack: pack.id });
  } catch (error) {
    if (!isUngcuError(error)) throw error;
    io.stderr(`${error.text.vi} / ${error.text.en}\n`);
    return EXIT.usage;
  }
  const text =
    flags.format === 'json'
      ? `${JSON.stringify(toCalendarJson(calendar), null, 2)}\n`
      : flags.format === 'ics'
        ? calendarToIcs(calendar, { locale })
        : formatCalendar(calendar, locale);
  if (flags.out === undefined) {
    io.stdout(text);
  } else {
    if (!(await writeWhole(flags.out, text, io))) return EXIT.usage;
    const n = calendar.milestones.length;
    io.stdout(`Đã ghi ${n} mốc thời gian vào ${flags.out} / Wrote ${n} milestones to ${flags.out} (${flags.format})\n`);
  }
  if (calendar.isElectionWeekday) return EXIT.ok;
  io.stderr(
    `Ngày bầu cử ${formatDayFirstDate(day)} là ${weekdayName(weekdayOf(day), 'vi')}, không phải Chủ nhật (Điều 5 Luật Bầu cử) / ` +
      `Election day ${formatDayFirstDate(day)} is a ${weekdayName(weekdayOf(day), 'en')}, not a Sunday (Art. 5 of the Election Law)\n`,
  );
  return EXIT.findings;
}

export const registerCalendar: RegisterCommand = (program: Command, io: CliIo, exit: (code: number) => void) => {
  const command = program
    .command('calendar')
    .description('Lịch bầu cử tính từ ngày bầu cử.\nThe statutory election calendar, dated from election day.');
  registerPackOptions(command)
    .option('--format <format>', 'định dạng / output format (text | json | ics: iCalendar)', 'text')
    .option('--out <file>', 'ghi ra tệp thay vì màn hình / write to a file instead of the screen')
    .option('--locale <locale>', 'ngôn ngữ / language (vi | en)', 'vi')
    .action(async (flags: CalendarFlags) => exit(await runCalendar(flags, io)));
};
