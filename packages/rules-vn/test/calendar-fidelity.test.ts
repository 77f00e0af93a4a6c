/**
 * Calendar facts read from sources outside the §1e table (issue 16): the 2016 schedule published by the
 * Fatherland Front of Ninh Thuận, the date of Letter 793/UBTVQH14-CTĐB, the complaint periods of Art. 33 and
 * Art. 87, and what the milestones say about the end of the campaign and the citations they cite.
 */
import { checkCalendar, computeCalendar } from '@ungcu/core/calendar';
import { describe, expect, it } from 'vitest';
import { vn2021, vn2026 } from '../src/index';

// http://www.ninhthuan.gov.vn/chinhquyen/ubmttq/Pages/Lich-trinh-bau-cu-Quoc-hoi,-Hoi-dong-nhan-dan-cac-cap-nam-2016.aspx
// (26/02/2016), E = Sunday 22/5/2016. Dates as printed (d/m).
const NINH_THUAN_2016: Record<string, string> = {
  'announce-election-day': '28/1',
  'set-structure': '7/2',
  'adjustment-1': '22/2',
  'adjustment-2': '28/3',
  'consultation-1': '17/2',
  'consultation-2': '18/3',
  'consultation-3': '17/4',
  constituencies: '3/3',
  'dossier-deadline': '13/3',
  'voter-list': '12/4',
  'official-na-list': '27/4',
  'official-council-list': '27/4',
  'lists-posted': '2/5',
  'council-results': '1/6',
  'na-results': '11/6',
};

function iso(dayFirst: string, year: number): string {
  const [d, m] = dayFirst.split('/');
  return `${year}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

describe('vn-2021 against the 2016 schedule (held out from the §1e table)', () => {
  const byId = new Map(computeCalendar(vn2021, '2016-05-22').milestones.map((m) => [m.id, m]));
  it('gives every date of the Ninh Thuận schedule, the second adjustment on 28/3/2016 = E − 55', () => {
    const mismatches = Object.entries(NINH_THUAN_2016)
      .filter(([id, date]) => byId.get(id)?.date !== iso(date, 2016))
      .map(([id, date]) => `${id}: schedule ${iso(date, 2016)}, computed ${byId.get(id)?.date}`);
    expect(mismatches).toEqual([]);
  });
});

describe('the second adjustment of Art. 47 under the 2015 text', () => {
  it('finds Letter 793/UBTVQH14-CTĐB of 28/3/2021 on time (it would be 4 days late at E − 60)', () => {
    const events = [{ milestoneId: 'adjustment-2', date: '2021-03-28' }];
    expect(checkCalendar(vn2021, '2021-05-23', events)).toEqual([]);
    const late = checkCalendar(vn2021, '2021-05-23', [{ milestoneId: 'adjustment-2', date: '2021-03-30' }], {
      locale: 'en',
    });
    expect(late).toMatchObject([
      {
        ruleId: 'calendar/step-late',
        data: { milestoneId: 'adjustment-2', due: '2021-03-29', days: 1 },
      },
    ]);
  });
});

describe('complaint periods', () => {
  const dated = (pack: typeof vn2021, day: string) =>
    new Map(computeCalendar(pack, day).milestones.map((m) => [m.id, m]));
  const y2021 = dated(vn2021, '2021-05-23');
  const y2026 = dated(vn2026, '2026-03-15');

  it('voter list (Art. 33): 30 days from the posting deadline, in both texts', () => {
    expect(y2021.get('voter-list-complaints')).toMatchObject({
      bound: 'window',
      date: '2021-04-13',
      endDate: '2021-05-13',
    });
    expect(y2026.get('voter-list-complaints')).toMatchObject({
      bound: 'window',
      date: '2026-02-03',
      endDate: '2026-03-05',
    });
    expect(y2026.get('voter-list-complaints')?.sources).toMatchObject([{ article: '33' }]);
  });

  it('results (Art. 87), 2015 text: lodged within 5 days of the announcement, decided within 30', () => {
    // NA results due 12/6/2021, council results 2/6/2021 (Art. 86).
    expect(y2021.get('na-result-complaints')).toMatchObject({
      date: '2021-06-12',
      endDate: '2021-06-17',
    });
    expect(y2021.get('na-result-complaints-decided')?.date).toBe('2021-07-17');
    expect(y2021.get('council-result-complaints')).toMatchObject({
      date: '2021-06-02',
      endDate: '2021-06-07',
    });
    expect(y2021.get('council-result-complaints-decided')?.date).toBe('2021-07-07');
  });

  it('results (Art. 87), as amended in 2025: lodged within 3 days, decided within 7', () => {
    for (const body of ['na', 'council']) {
      expect(y2026.get(`${body}-result-complaints`)).toMatchObject({
        date: '2026-03-25',
        endDate: '2026-03-28',
      });
      expect(y2026.get(`${body}-result-complaints-decided`)?.date).toBe('2026-04-04');
    }
    expect(y2026.get('na-result-complaints')?.sources[0]?.document).toContain('83/2025/QH15');
  });

  it('confirms NA credentials (Art. 88) by E + 60, the Constitution\'s bound on the first session, after the complaints', () => {
    // 2016: the Council decided on 15 and 17/7/2016 (dangcongsan.vn, 20/7/2016), E = 22/5/2016; the session
    // opened on 20/7. 2021: planned for 12/7/2021, session opening 20/7 (vov.vn). Both within the bound.
    const y2016 = dated(vn2021, '2016-05-22');
    expect(y2016.get('na-credentials')).toMatchObject({ date: '2016-07-21', bound: 'no-later-than' });
    expect(checkCalendar(vn2021, '2016-05-22', [{ milestoneId: 'na-credentials', date: '2016-07-17' }])).toEqual([]);
    expect(checkCalendar(vn2021, '2021-05-23', [{ milestoneId: 'na-credentials', date: '2021-07-12' }])).toEqual([]);
    expect(checkCalendar(vn2021, '2021-05-23', [{ milestoneId: 'na-credentials', date: '2021-07-23' }])).toMatchObject([
      { ruleId: 'calendar/step-late', data: { milestoneId: 'na-credentials', due: '2021-07-22', days: 1 } },
    ]);
    for (const dates of [y2021, y2026]) {
      const credentials = dates.get('na-credentials')!;
      expect(credentials.date > dates.get('na-result-complaints-decided')!.date).toBe(true);
      expect(credentials.sources).toMatchObject([{ article: '88' }, { kind: 'constitution', article: '83', clause: '3' }]);
    }
    expect(y2026.get('na-credentials')?.date).toBe('2026-05-14');
  });
});

describe('what the milestones say', () => {
  for (const pack of [vn2021, vn2026]) {
    const milestones = new Map(pack.calendar!.milestones.map((m) => [m.id, m]));

    it(`${pack.id}: the campaign ends at 07:00 on the day before, 05:00 where polls open early`, () => {
      const campaign = milestones.get('campaign')!;
      expect(campaign.title.vi).toContain('trước thời điểm bắt đầu bỏ phiếu 24 giờ');
      expect(campaign.title.en).toContain('24 hours before voting opens');
      expect(campaign.notes?.vi).toMatch(/lúc 7 giờ ngày trước ngày bầu cử.*không trước 5 giờ/u);
      expect(campaign.notes?.en).toMatch(/at 07:00 on the day before election day.*not before 05:00/u);
    });

    it(`${pack.id}: the structure step cites Art. 7, 8(1) and 9`, () => {
      expect(milestones.get('set-structure')?.sources.map((s) => [s.article, s.clause])).toEqual([
        ['7', undefined],
        ['8', '1'],
        ['9', undefined],
      ]);
    });

    it(`${pack.id}: the citation of Art. 23(1)(g) is marked unverified`, () => {
      const ballots = milestones.get('ballots-to-boards')!;
      expect(ballots.sources[0]).toMatchObject({
        article: '23',
        clause: '1',
        point: 'g',
      });
      expect(ballots.notes?.vi).toContain('điểm g khoản 1 Điều 23 chưa được đối chiếu');
      expect(ballots.notes?.en).toContain('Art. 23(1)(g)');
      expect(ballots.notes?.en).toContain('unverified');
    });
  }
});
