/**
 * `ungcu calendar --pack <id> --election-day <date>`: the statutory calendar dated from election day, as
 * text or JSON. Exit 1 when the day is not the law's weekday (a Sunday), 2 when the call is wrong.
 */
import type { Command } from 'commander';
import { computeCalendar, weekdayOf, type ComputedCalendar } from '@ungcu/core/calendar';
import { weekdayName, type Locale } from '@ungcu/core/rules';
import type { CliIo } from '../io';
import { EXIT } from '../program';
import type { RegisterCommand } from './index';
import { DEFAULT_PACK, findPack, isIsoDate, PACK_IDS } from './packs';

interface CalendarFlags {
  readonly pack: string;
  readonly electionDay?: string;
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

export function runCalendar(flags: CalendarFlags, io: CliIo): number {
  const pack = findPack(flags.pack);
  const fail = (vi: string, en: string) => {
    io.stderr(`${vi} / ${en}\n`);
    return EXIT.usage;
  };
  if (pack === undefined) return fail(`Không có bộ quy tắc "${flags.pack}" (có: ${PACK_IDS.join(', ')})`, `No rule pack "${flags.pack}" (known: ${PACK_IDS.join(', ')})`);
  if (flags.locale !== 'vi' && flags.locale !== 'en') return fail('--locale phải là vi hoặc en', '--locale must be vi or en');
  if (flags.format !== 'text' && flags.format !== 'json') return fail('--format phải là text hoặc json', '--format must be text or json');
  const day = flags.electionDay ?? pack.reference?.electionDay;
  if (day === undefined || !isIsoDate(day)) return fail('--election-day phải là ngày dạng YYYY-MM-DD', '--election-day must be a date written YYYY-MM-DD');
  const calendar = computeCalendar(pack, day);
  const locale = flags.locale as Locale;
  io.stdout(flags.format === 'json' ? `${JSON.stringify(toCalendarJson(calendar), null, 2)}\n` : formatCalendar(calendar, locale));
  if (calendar.isElectionWeekday) return EXIT.ok;
  io.stderr(
    `Ngày bầu cử ${day} là ${weekdayName(weekdayOf(day), 'vi')}, không phải Chủ nhật (Điều 5 Luật Bầu cử) / ` +
      `Election day ${day} is a ${weekdayName(weekdayOf(day), 'en')}, not a Sunday (Art. 5 of the Election Law)\n`,
  );
  return EXIT.findings;
}

export const registerCalendar: RegisterCommand = (program: Command, io: CliIo, exit: (code: number) => void) => {
  program
    .command('calendar')
    .description('Lịch bầu cử tính từ ngày bầu cử.\nThe statutory election calendar, dated from election day.')
    .option('--pack <id>', `bộ quy tắc / rule pack (${PACK_IDS.join(' | ')})`, DEFAULT_PACK)
    .option('--election-day <date>', 'ngày bầu cử / election day (YYYY-MM-DD); mặc định theo bộ quy tắc / default: the pack\'s')
    .option('--format <format>', 'định dạng / output format (text | json)', 'text')
    .option('--locale <locale>', 'ngôn ngữ / language (vi | en)', 'vi')
    .action((flags: CalendarFlags) => exit(runCalendar(flags, io)));
};
