/**
 * `ungcu calendar --pack <id> --election-day <date>`: the statutory calendar dated from election day, as
 * text or JSON. Exit 1 when the day is not the law's weekday (a Sunday), 2 when the call is wrong.
 */
import type { Command } from 'commander';
import { isUngcuError } from '@ungcu/core/errors';
import { weekdayOf, type ComputedCalendar } from '@ungcu/core/calendar';
import { weekdayName, type Locale } from '@ungcu/core/rules';
import type { CliIo } from '../io';
import { EXIT } from '../program';
import { openSession } from '../session';
import type { RegisterCommand } from './index';
import { registerPackOptions, type PackFlags } from './pack-options';

interface CalendarFlags extends PackFlags {
  readonly format: string;
  readonly locale: string;
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

const BOUND: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  vi: { 'no-later-than': 'chậm nhất', 'no-earlier-than': 'sớm nhất', on: 'đúng ngày', window: 'trong khoảng' },
  en: { 'no-later-than': 'by', 'no-earlier-than': 'not before', on: 'on', window: 'during' },
};

export function formatCalendar(calendar: ComputedCalendar, locale: Locale): string {
  const lines = [
    locale === 'vi'
      ? `Lịch bầu cử (${calendar.pack}), ngày bầu cử ${calendar.electionDay} (${weekdayName(calendar.weekday, 'vi')})`
      : `Election calendar (${calendar.pack}), election day ${calendar.electionDay} (${weekdayName(calendar.weekday, 'en')})`,
  ];
  for (const m of calendar.milestones) {
    const when = m.endDate === undefined ? m.date : `${m.date} … ${m.endDate}`;
    const days = m.offsetDays === 0 ? 'E' : m.offsetDays < 0 ? `E-${-m.offsetDays}` : `E+${m.offsetDays}`;
    const recalled = m.status === 'recalled' ? (locale === 'vi' ? ' (số ngày chưa kiểm chứng)' : ' (day count unverified)') : '';
    const article = m.sources[0]?.article === undefined ? '' : ` [Điều ${m.sources.map((s) => s.article).join(', ')}]`;
    lines.push(`${when.padEnd(23)} ${days.padEnd(6)} ${BOUND[locale][m.bound]} ${m.title[locale]}${recalled}${article}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runCalendar(flags: CalendarFlags, io: CliIo): Promise<number> {
  const opened = await openSession(flags, { formats: ['text', 'json'] });
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
  io.stdout(flags.format === 'json' ? `${JSON.stringify(toCalendarJson(calendar), null, 2)}\n` : formatCalendar(calendar, locale));
  if (calendar.isElectionWeekday) return EXIT.ok;
  io.stderr(
    `Ngày bầu cử ${day} là ${weekdayName(weekdayOf(day), 'vi')}, không phải Chủ nhật (Điều 5 Luật Bầu cử) / ` +
      `Election day ${day} is a ${weekdayName(weekdayOf(day), 'en')}, not a Sunday (Art. 5 of the Election Law)\n`,
  );
  return EXIT.findings;
}

export const registerCalendar: RegisterCommand = (program: Command, io: CliIo, exit: (code: number) => void) => {
  const command = program
    .command('calendar')
    .description('Lịch bầu cử tính từ ngày bầu cử.\nThe statutory election calendar, dated from election day.');
  registerPackOptions(command)
    .option('--format <format>', 'định dạng / output format (text | json)', 'text')
    .option('--locale <locale>', 'ngôn ngữ / language (vi | en)', 'vi')
    .action(async (flags: CalendarFlags) => exit(await runCalendar(flags, io)));
};
