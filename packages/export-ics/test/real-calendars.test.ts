/**
 * The real calendars of the two Vietnamese packs, written by calendarToIcs and read back by ical.js: one event
 * per milestone, on its computed day, with the title, the rule and the citation as written in Vietnamese.
 */
import { describe, expect, it } from 'vitest';
import { computeCalendar, shiftDate, type ComputedCalendar } from '@ungcu/core/calendar';
import { formatCitation } from '@ungcu/core/rules';
import { formatDayFirstDate } from '@ungcu/core/text';
import { vn2021, vn2026 } from './real-packs';
import { calendarToIcs, calendarToIcsBytes } from '../src/index';
import { physicalLines, readIcs } from './read-ics';

const cases: readonly [string, ComputedCalendar][] = [
  ['vn-2021 for 2021-05-23', computeCalendar(vn2021, '2021-05-23')],
  ['vn-2026 for 2026-03-15', computeCalendar(vn2026, '2026-03-15')],
];

describe.each(cases)('%s', (_name, calendar) => {
  const parsed = readIcs(calendarToIcs(calendar));
  const milestoneCount = calendar.milestones.length;

  it('has one event per milestone, with unique UIDs', () => {
    // The packs date 32 (2015 text) and 36 (2025 text) steps or more; the count itself is the pack's business.
    expect(milestoneCount).toBeGreaterThanOrEqual(32);
    expect(parsed.events).toHaveLength(milestoneCount);
    expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(milestoneCount);
  });

  it('puts every event on its computed day, all day, with DTEND the day after the last day', () => {
    calendar.milestones.forEach((m, i) => {
      const e = parsed.events[i];
      expect(e?.uid, m.id).toBe(`${m.id}.${calendar.electionDay}.${calendar.pack}@ungcu`);
      expect(e?.start, m.id).toBe(m.date);
      expect(e?.end, m.id).toBe(shiftDate(m.endDate ?? m.date, 1));
      expect([e?.startIsDate, e?.endIsDate], m.id).toEqual([true, true]);
    });
  });

  it('round-trips the Vietnamese title and cites the articles in the description', () => {
    calendar.milestones.forEach((m, i) => {
      const e = parsed.events[i];
      expect(e?.summary, m.id).toBe(m.title.vi);
      expect(e?.description, m.id).toContain(`Căn cứ: ${formatCitation(m.sources, 'vi')}.`);
      expect(e?.description, m.id).toContain(formatDayFirstDate(m.date));
      expect(e?.description, m.id).toContain(m.concerns.vi);
      if (m.notes !== undefined) expect(e?.description, m.id).toContain(m.notes.vi);
      expect(e?.description.endsWith(`Ngày bầu cử: ${formatDayFirstDate(calendar.electionDay)} (${calendar.pack}).`), m.id).toBe(true);
    });
  });

  it('writes English when asked, with the same UIDs', () => {
    const en = readIcs(calendarToIcs(calendar, { locale: 'en' }));
    expect(en.events.map((e) => e.uid)).toEqual(parsed.events.map((e) => e.uid));
    calendar.milestones.forEach((m, i) => {
      expect(en.events[i]?.summary, m.id).toBe(m.title.en);
      expect(en.events[i]?.description, m.id).toContain(`Source: ${formatCitation(m.sources, 'en')}.`);
    });
  });

  it('keeps every physical line within 75 octets of whole UTF-8 characters, CRLF-terminated', () => {
    for (const locale of ['vi', 'en'] as const) {
      const bytes = calendarToIcsBytes(calendar, { locale });
      const lines = physicalLines(bytes);
      expect(Math.max(...lines.map((l) => l.octets))).toBeLessThanOrEqual(75);
      // The long law names force folding, so the check above is not vacuous.
      expect(lines.filter((l) => l.text.startsWith(' ')).length).toBeGreaterThan(milestoneCount);
      expect(new TextDecoder().decode(bytes).replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    }
  });

  it('gives the same bytes on a second export', () => {
    expect(Buffer.from(calendarToIcsBytes(calendar)).equals(Buffer.from(calendarToIcsBytes(calendar)))).toBe(true);
  });
});

describe('the wording of the rule, on real milestones', () => {
  const events2026 = new Map(readIcs(calendarToIcs(computeCalendar(vn2026, '2026-03-15'))).events.map((e) => [e.uid.split('.')[0], e]));
  const first = (id: string) => events2026.get(id)?.description.split('\n')[0];

  it('states a deadline before election day as the law does', () => {
    expect(first('dossier-deadline')).toBe('Chậm nhất 42 ngày trước ngày bầu cử (hạn chót ngày 01/02/2026).');
    const events2021 = readIcs(calendarToIcs(computeCalendar(vn2021, '2021-05-23'))).events;
    const dossier2021 = events2021.find((e) => e.uid.startsWith('dossier-deadline.'));
    expect(dossier2021?.description.split('\n')[0]).toBe('Chậm nhất 70 ngày trước ngày bầu cử (hạn chót ngày 14/03/2021).');
    expect(dossier2021?.start).toBe('2021-03-14');
  });

  it('states deadlines after election day, election day itself and periods', () => {
    expect(first('na-results')).toBe('Chậm nhất 10 ngày sau ngày bầu cử (hạn chót ngày 25/03/2026).');
    expect(first('voting')).toBe('Đúng ngày bầu cử (ngày 15/03/2026).');
    expect(first('voter-list-complaints')).toBe(
      'Từ ngày 03/02/2026 (40 ngày trước ngày bầu cử) đến hết ngày 05/03/2026 (10 ngày trước ngày bầu cử).',
    );
  });

  it('writes the whole description of a step with a clause cited and a note', () => {
    expect(events2026.get('dossier-deadline')?.description).toBe(
      [
        'Chậm nhất 42 ngày trước ngày bầu cử (hạn chót ngày 01/02/2026).',
        'Căn cứ: khoản 1 Điều 35 Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13, sửa đổi, bổ sung bởi Luật số 83/2025/QH15.',
        'Cơ quan, người thực hiện: Người ứng cử; Hội đồng bầu cử quốc gia, Ủy ban bầu cử.',
        'Ghi chú: Hạn lúc 17 giờ ngày cuối theo thực tiễn năm 2021 và 2026.',
        'Ngày bầu cử: 15/03/2026 (vn-2026).',
      ].join('\n'),
    );
  });

  it('makes a multi-day period end exclusive: 31 days from 03/02 to 05/03/2026 inclusive', () => {
    const period = events2026.get('voter-list-complaints');
    expect([period?.start, period?.end, period?.days]).toEqual(['2026-02-03', '2026-03-06', 31]);
    const campaign = events2026.get('campaign'); // E − 17 … E − 1: ends the day before election day
    expect([campaign?.start, campaign?.end, campaign?.days]).toEqual(['2026-02-26', '2026-03-15', 17]);
    const deadline = events2026.get('dossier-deadline');
    expect([deadline?.end, deadline?.days]).toEqual(['2026-02-02', 1]);
  });

  it('categorises each event by the kind of its bound', () => {
    expect(events2026.get('dossier-deadline')?.categories).toEqual(['Hạn chót']);
    expect(events2026.get('voting')?.categories).toEqual(['Đúng ngày']);
    expect(events2026.get('campaign')?.categories).toEqual(['Khoảng thời gian']);
    const en = readIcs(calendarToIcs(computeCalendar(vn2026, '2026-03-15'), { locale: 'en' })).events;
    expect(en.find((e) => e.uid.startsWith('campaign.'))?.categories).toEqual(['Period']);
  });
});
