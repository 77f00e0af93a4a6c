import { describe, expect, it } from 'vitest';
import { checkCalendar, computeCalendar, daysBetween, shiftDate, weekdayOf } from '../../src/calendar/index';
import { ConfigError } from '../../src/errors/index';
import { defineRulePack, type Milestone } from '../../src/rules/index';

const law = [{ kind: 'law' as const, document: 'Luật 85/2015/QH13', article: '35', clause: '1' }];
const step = (id: string, offsetDays: number, bound: Milestone['bound'], endOffsetDays?: number): Milestone => ({
  id,
  title: { vi: `Bước ${id}`, en: `Step ${id}` },
  offsetDays,
  bound,
  ...(endOffsetDays === undefined ? {} : { endOffsetDays }),
  concerns: { vi: 'Ủy ban bầu cử', en: 'Election committee' },
  sources: law,
  status: 'verified',
});

const pack = defineRulePack({
  id: 'calendar-test',
  title: { vi: 'Lịch thử', en: 'Test calendar' },
  calendar: {
    electionWeekday: 0,
    electionDaySources: [{ document: 'Luật 85/2015/QH13', article: '5' }],
    milestones: [
      step('dossiers', -70, 'no-later-than'),
      step('results', 20, 'no-later-than'),
      step('not-before', -10, 'no-earlier-than'),
      step('voting', 0, 'on'),
      step('campaign', -25, 'window', -1),
    ],
  },
});

describe('date arithmetic on plain dates', () => {
  it('counts calendar days across months, leap days and DST-free', () => {
    expect(shiftDate('2021-05-23', -70)).toBe('2021-03-14');
    expect(shiftDate('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2021-03-14', '2021-05-23')).toBe(70);
    expect(daysBetween('2021-05-23', '2021-03-14')).toBe(-70);
    expect(weekdayOf('2021-05-23')).toBe(0);
    expect(weekdayOf('2021-05-22')).toBe(6);
  });
});

describe('computeCalendar', () => {
  it('dates each step from election day with no business-day shift, in date order', () => {
    const calendar = computeCalendar(pack, '2021-05-23');
    expect(calendar.isElectionWeekday).toBe(true);
    expect(calendar.milestones.map((m) => [m.id, m.date, m.endDate])).toEqual([
      ['dossiers', '2021-03-14', undefined], // a Sunday: no shift to Monday
      ['campaign', '2021-04-28', '2021-05-22'],
      ['not-before', '2021-05-13', undefined],
      ['voting', '2021-05-23', undefined],
      ['results', '2021-06-12', undefined],
    ]);
  });
  it('applies overrides by offset or by date, and keeps the statutory source', () => {
    const calendar = computeCalendar(pack, '2026-03-15', {
      overrides: {
        dossiers: { offsetDays: -42, source: { document: 'Nghị quyết của Hội đồng bầu cử quốc gia' } },
        campaign: { date: '2026-02-26', endDate: '2026-03-14' },
      },
    });
    const dossiers = calendar.milestones.find((m) => m.id === 'dossiers');
    expect(dossiers).toMatchObject({ date: '2026-02-01', offsetDays: -42, adjusted: true });
    expect(dossiers?.sources).toHaveLength(2);
    expect(calendar.milestones.find((m) => m.id === 'campaign')).toMatchObject({ offsetDays: -17, endOffsetDays: -1 });
  });
  it('throws a ConfigError for a bad date, an unknown override or a pack without calendar', () => {
    expect(() => computeCalendar(pack, '2021-02-29')).toThrow(ConfigError);
    expect(() => computeCalendar(pack, '23/5/2021')).toThrow(ConfigError);
    expect(() => computeCalendar(pack, '2021-05-23', { overrides: { nope: { offsetDays: 1 } } })).toThrow(ConfigError);
    expect(() => computeCalendar(defineRulePack({ id: 'x', title: { vi: 'x', en: 'x' } }), '2021-05-23')).toThrow(
      /no calendar/u,
    );
  });
});

describe('checkCalendar', () => {
  it('reports a Saturday election day as an error', () => {
    const [finding] = checkCalendar(pack, '2021-05-22', [], { locale: 'vi' });
    expect(finding).toMatchObject({ ruleId: 'calendar/election-day-weekday', severity: 'error', data: { weekday: 6 } });
    expect(finding?.message).toBe('Ngày bầu cử 2021-05-22 là thứ Bảy, không phải Chủ nhật');
  });
  it('reports late, early, off-day and out-of-window steps, and accepts the boundaries', () => {
    const ok = checkCalendar(pack, '2021-05-23', [
      { milestoneId: 'dossiers', date: '2021-03-14' },
      { milestoneId: 'not-before', date: '2021-05-13' },
      { milestoneId: 'voting', date: '2021-05-23' },
      { milestoneId: 'campaign', date: '2021-04-28', endDate: '2021-05-22' },
    ]);
    expect(ok).toEqual([]);
    const bad = checkCalendar(
      pack,
      '2021-05-23',
      [
        { milestoneId: 'dossiers', date: '2021-03-15' },
        { milestoneId: 'not-before', date: '2021-05-12' },
        { milestoneId: 'voting', date: '2021-05-24' },
        { milestoneId: 'campaign', date: '2021-04-27', endDate: '2021-05-23' },
        { milestoneId: 'mystery', date: '2021-01-01' },
      ],
      { locale: 'en' },
    );
    expect(bad.map((f) => [f.ruleId, f.data.milestoneId, f.data.days])).toEqual([
      ['calendar/unknown-step', 'mystery', undefined],
      ['calendar/step-late', 'dossiers', 1],
      ['calendar/step-early', 'campaign', 1],
      ['calendar/step-early', 'not-before', 1],
      ['calendar/step-late', 'campaign', 1],
      ['calendar/step-not-on-day', 'voting', undefined],
    ]);
    expect(bad.find((f) => f.data.milestoneId === 'dossiers')?.message).toBe(
      'Step dossiers: done on 2021-03-15, 1 day after the deadline 2021-03-14',
    );
  });
  it('reports steps whose deadline passed before asOf with no event', () => {
    const findings = checkCalendar(pack, '2021-05-23', [{ milestoneId: 'dossiers', date: '2021-03-01' }], {
      asOf: '2021-05-01',
      locale: 'en',
    });
    expect(findings.map((f) => [f.ruleId, f.data.milestoneId])).toEqual([]);
    const later = checkCalendar(pack, '2021-05-23', [], { asOf: '2021-05-30' });
    expect(later.map((f) => f.data.milestoneId)).toEqual(['dossiers', 'campaign', 'voting']);
  });
});
