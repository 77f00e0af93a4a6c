/**
 * The words of an event: the rule of a milestone as the law states it ("Chậm nhất 42 ngày trước ngày bầu
 * cử"), its citation, the body that acts, and the category of its bound, in Vietnamese or English, dates day
 * first as officials write them.
 */
import type { DatedMilestone, MilestoneBound } from '@ungcu/core/calendar';
import { formatCitation, type Locale } from '@ungcu/core/rules';
import { formatDayFirstDate } from '@ungcu/core/text';

/** "42 ngày trước ngày bầu cử" / "42 days before election day"; day 0 is "ngày bầu cử" / "election day". */
export function relativeToElectionDay(offsetDays: number, locale: Locale): string {
  const n = Math.abs(offsetDays);
  if (locale === 'vi') {
    if (offsetDays === 0) return 'ngày bầu cử';
    return `${n} ngày ${offsetDays < 0 ? 'trước' : 'sau'} ngày bầu cử`;
  }
  if (offsetDays === 0) return 'election day';
  return `${n} ${n === 1 ? 'day' : 'days'} ${offsetDays < 0 ? 'before' : 'after'} election day`;
}

/** The rule and the day(s) it gives: "Chậm nhất 42 ngày trước ngày bầu cử (hạn chót ngày 01/02/2026)". */
export function ruleSentence(m: DatedMilestone, locale: Locale): string {
  const date = formatDayFirstDate(m.date);
  const rel = relativeToElectionDay(m.offsetDays, locale);
  if (m.bound === 'window') {
    const endOffset = m.endOffsetDays ?? m.offsetDays;
    const end = formatDayFirstDate(m.endDate ?? m.date);
    const relEnd = relativeToElectionDay(endOffset, locale);
    return locale === 'vi'
      ? `Từ ngày ${date} (${rel}) đến hết ngày ${end} (${relEnd})`
      : `From ${date} (${rel}) to ${end} (${relEnd}), both days included`;
  }
  const sentences: Readonly<Record<Locale, Readonly<Record<Exclude<MilestoneBound, 'window'>, string>>>> = {
    vi: {
      'no-later-than': `Chậm nhất ${m.offsetDays === 0 ? 'vào ' : ''}${rel} (hạn chót ngày ${date})`,
      'no-earlier-than': `Sớm nhất ${m.offsetDays === 0 ? 'vào ' : ''}${rel} (từ ngày ${date})`,
      on: `Đúng ${rel} (ngày ${date})`,
    },
    en: {
      'no-later-than': `No later than ${rel} (deadline ${date})`,
      'no-earlier-than': `No earlier than ${rel} (from ${date})`,
      on: `${m.offsetDays === 0 ? 'On' : 'Exactly'} ${rel} (${date})`,
    },
  };
  return sentences[locale][m.bound];
}

const LABELS = {
  vi: {
    source: 'Căn cứ',
    concerns: 'Cơ quan, người thực hiện',
    notes: 'Ghi chú',
    recalled: 'Số ngày chưa được đối chiếu với văn bản chính thức; cần kiểm tra lại.',
    adjusted: 'Ngày đã được điều chỉnh so với số ngày theo luật.',
    election: 'Ngày bầu cử',
  },
  en: {
    source: 'Source',
    concerns: 'Who acts',
    notes: 'Notes',
    recalled: 'The day count was not confirmed in an official text; check it.',
    adjusted: 'The date was adjusted from the statutory day count.',
    election: 'Election day',
  },
} as const;

/** The DESCRIPTION: one fact a line, the rule first, so a phone's event view shows what matters first. */
export function describeMilestone(m: DatedMilestone, electionDay: string, packId: string, locale: Locale): string {
  const L = LABELS[locale];
  const lines = [`${ruleSentence(m, locale)}.`];
  const citation = formatCitation(m.sources, locale);
  if (citation !== '') lines.push(`${L.source}: ${citation}.`);
  lines.push(`${L.concerns}: ${m.concerns[locale]}.`);
  if (m.notes !== undefined) lines.push(`${L.notes}: ${m.notes[locale]}`);
  if (m.status === 'recalled') lines.push(L.recalled);
  if (m.adjusted) lines.push(L.adjusted);
  lines.push(`${L.election}: ${formatDayFirstDate(electionDay)} (${packId}).`);
  return lines.join('\n');
}

const BOUND_CATEGORY: Readonly<Record<Locale, Readonly<Record<MilestoneBound, string>>>> = {
  vi: { 'no-later-than': 'Hạn chót', 'no-earlier-than': 'Ngày sớm nhất', on: 'Đúng ngày', window: 'Khoảng thời gian' },
  en: { 'no-later-than': 'Deadline', 'no-earlier-than': 'Earliest day', on: 'Fixed day', window: 'Period' },
};

export function boundCategory(bound: MilestoneBound, locale: Locale): string {
  return BOUND_CATEGORY[locale][bound];
}

/** "Lịch bầu cử vn-2026, ngày bầu cử 15/03/2026" / "Election calendar vn-2026, election day 15/03/2026". */
export function defaultCalendarName(packId: string, electionDay: string, locale: Locale): string {
  const day = formatDayFirstDate(electionDay);
  return locale === 'vi' ? `Lịch bầu cử ${packId}, ngày bầu cử ${day}` : `Election calendar ${packId}, election day ${day}`;
}
