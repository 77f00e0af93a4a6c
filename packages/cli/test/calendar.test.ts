import { describe, expect, it } from 'vitest';
import { run } from '../src/index';
import type { CalendarJson } from '../src/commands/calendar';
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
    expect(io.out).toContain('election day 2021-05-23 (Sunday)');
    expect(io.out).toMatch(/2021-03-14\s+E-70\s+by Deadline for candidate dossiers/u);
    expect(io.out).toContain('(day count unverified)');
  });

  it('exits 1 when election day is a Saturday, and 2 on a date that does not exist', async () => {
    let io = capture();
    expect(await run(['calendar', '--pack', 'vn-2021', '--election-day', '2021-05-22'], io)).toBe(1);
    expect(io.err).toContain('Election day 2021-05-22 is a Saturday, not a Sunday');
    io = capture();
    expect(await run(['calendar', '--pack', 'vn-2021', '--election-day', '2021-02-29'], io)).toBe(2);
    expect(io.err).toContain('--election-day must be a date written YYYY-MM-DD');
  });
});
