import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { run } from '../src/index';
import { computeCalendar } from '@ungcu/core/calendar';
import { vn2021 } from '@ungcu/rules-vn';
import { formatCalendar, type CalendarJson } from '../src/commands/calendar';
import { capture } from './support';

describe('ungcu calendar', () => {
  it('prints the 2026 calendar as JSON with dates, windows, offsets, bounds, titles and sources', async () => {
    const io = capture();
    expect(await run(['calendar', '--pack', 'vn-2026', '--election-day', '2026-03-15', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out) as CalendarJson;
    expect(json).toMatchObject({ pack: 'vn-2026', electionDay: '2026-03-15', isSunday: true });
    expect(json.milestones.find((m) => m.id === 'dossier-deadline')).toMatchObject({
      date: '2026-02-01',
      offsetDays: -42,
      bound: 'no-later-than',
      title: { vi: 'Hạn nộp hồ sơ ứng cử', en: 'Deadline for candidate dossiers' },
      sources: [{ article: '35', clause: '1' }],
    });
    expect(json.milestones.find((m) => m.id === 'campaign')).toMatchObject({ start: '2026-02-26', end: '2026-03-14' });
  });

  it('prints a readable calendar and defaults the day to the pack’s election', async () => {
    const io = capture();
    expect(await run(['calendar', '--pack', 'vn-2021', '--locale', 'en'], io)).toBe(0);
    expect(io.out).toContain('election day 23/05/2021 (Sunday)');
    expect(io.out).toContain('\nBy 14/03/2021 (70 days before): Deadline for candidate dossiers (clause 1 of Art. 35 of Luật Bầu cử');
    expect(io.out).toContain('\nFrom 28/04/2021 to 22/05/2021 (from 25 days before to 1 day before): Campaign period');
    expect(io.out).toContain('\nOn 23/05/2021 (election day): Voting');
  });

  it('marks a day count the law texts have not confirmed', async () => {
    // No milestone of the shipped packs is still recalled (rules-vn calendar tests), so mark one.
    const calendar = computeCalendar(vn2021, '2021-05-23');
    const marked = { ...calendar, milestones: calendar.milestones.map((m, i) => (i === 0 ? { ...m, status: 'recalled' as const } : m)) };
    expect(formatCalendar(marked, 'vi').split('\n')[1]).toMatch(/: Công bố ngày bầu cử \(số ngày chưa kiểm chứng\) \(Điều 5 /u);
    expect(formatCalendar(marked, 'en').split('\n')[1]).toMatch(/: Announce election day \(day count unverified\) \(Art\. 5 of /u);
    expect(formatCalendar(calendar, 'en')).not.toContain('unverified');
  });

  it('writes lines as officials do: dates day first, days before election day, clauses cited under their article', async () => {
    const io = capture();
    expect(await run(['calendar', '--pack', 'vn-2026'], io)).toBe(0);
    const lines = io.out.split('\n');
    expect(lines[0]).toBe('Lịch bầu cử (vn-2026), ngày bầu cử 15/03/2026 (Chủ nhật)');
    expect(lines[1]).toMatch(/^Chậm nhất ngày 20\/11\/2025 \(trước 115 ngày\): Công bố ngày bầu cử \(Điều 5 Luật Bầu cử đại biểu Quốc hội/u);
    expect(io.out).toContain('Ấn định và công bố đơn vị bầu cử, số đại biểu được bầu (khoản 2, 3 Điều 10 Luật Bầu cử');
    expect(io.out).toContain('(điểm g khoản 1, điểm h khoản 2 Điều 23 Luật Bầu cử');
    expect(io.out).toMatch(/\nTừ ngày 26\/02\/2026 đến ngày 14\/03\/2026 \(từ trước 17 ngày đến trước 1 ngày\): Thời gian vận động bầu cử/u);
    expect(io.out).toContain('\nChậm nhất ngày 25/03/2026 (sau 10 ngày): Công bố kết quả bầu cử đại biểu Quốc hội');
    // The law is named once a line, and no ISO date or bare article list is left.
    for (const line of lines.slice(1, -1)) expect(line.split('Luật Bầu cử').length - 1, line).toBe(1);
    expect(io.out).not.toMatch(/\d{4}-\d{2}-\d{2}|\[Điều/u);
  });

  it('exits 1 when election day is a Saturday, and 2 on a date that does not exist', async () => {
    let io = capture();
    expect(await run(['calendar', '--pack', 'vn-2021', '--election-day', '2021-05-22'], io)).toBe(1);
    expect(io.err).toContain('Ngày bầu cử 22/05/2021 là thứ Bảy, không phải Chủ nhật');
    expect(io.err).toContain('Election day 22/05/2021 is a Saturday, not a Sunday');
    io = capture();
    expect(await run(['calendar', '--pack', 'vn-2021', '--election-day', '2021-02-29'], io)).toBe(2);
    expect(io.err).toContain('--election-day must be a date written YYYY-MM-DD');
  });

  it('writes the calendar as iCalendar to a file, one event a milestone, read back by an independent parser', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ungcu-cli-ics-'));
    try {
      const out = join(dir, 'lich-bau-cu.ics');
      const io = capture();
      expect(await run(['calendar', '--pack', 'vn-2021', '--election-day', '2021-05-23', '--format', 'ics', '--out', out], io)).toBe(0);
      const milestones = computeCalendar(vn2021, '2021-05-23').milestones;
      expect(io.out).toBe(`Đã ghi ${milestones.length} mốc thời gian vào ${out} / Wrote ${milestones.length} milestones to ${out} (ics)\n`);
      const text = readFileSync(out, 'utf8');
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(events).toHaveLength(milestones.length);
      const dossiers = events.find((e) => e.uid.startsWith('dossier-deadline.2021-05-23.vn-2021@'));
      expect(dossiers?.summary).toBe(milestones.find((m) => m.id === 'dossier-deadline')?.title.vi);
      expect(dossiers?.startDate.toString()).toBe('2021-03-14');
      // The same call twice gives the same bytes: a calendar app updates its events instead of adding copies.
      expect(await run(['calendar', '--pack', 'vn-2021', '--election-day', '2021-05-23', '--format', 'ics', '--out', out], capture())).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(text);
      const screen = capture();
      expect(await run(['calendar', '--pack', 'vn-2021', '--format', 'ics', '--locale', 'en'], screen)).toBe(0);
      expect(screen.out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      const missing = capture();
      expect(await run(['calendar', '--pack', 'vn-2021', '--format', 'ics', '--out', join(dir, 'no-such-folder', 'x.ics')], missing)).toBe(2);
      expect(missing.err).toMatch(/^Không ghi được tệp .* \/ Cannot write the file /u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
