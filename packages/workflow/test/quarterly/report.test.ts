/**
 * The quarterly review of 2021-Q1 and Q2 read from a memory store holding the real 2021 list (with the
 * season's moves) and the made-up 2021 programme and vetting cases of ./fixture. Expected numbers are
 * worked out by hand from the fixture's tables, not copied from a run.
 */
import type { Store } from '@ungcu/core/storage';
import { PACKS } from '@ungcu/rules-vn';
import { beforeAll, describe, expect, it } from 'vitest';
import { quarterlyNarrative, quarterlyReport, quarterlyReportTables, type QuarterlyReport } from '../../src/quarterly/index';
import { vettingTallier } from '../../src/quarterly/index';
import { parseQuarter } from '../../src/programme/index';
import { ELECTION_ID, fixtureStore, LATE_QUALIFIED, VETTING_CASES } from './fixture';

let store: Store;
const reports = new Map<string, QuarterlyReport>();
async function report(quarter: string): Promise<QuarterlyReport> {
  let r = reports.get(quarter);
  if (r === undefined) {
    r = await quarterlyReport({ store, quarter, electionId: ELECTION_ID, packs: PACKS, workProgrammeIds: ['ct-2021'] });
    reports.set(quarter, r);
  }
  return r;
}

beforeAll(async () => {
  store = await fixtureStore();
}, 60_000);

describe('vetting cases appraised in the quarter', () => {
  it('counts the 179 central cases of 2021-Q1 by purpose, in the order of the review, and 12 local ones', async () => {
    const { vetting } = await report('2021-Q1');
    expect(vetting.total).toBe(191);
    expect(vetting.byLevel).toEqual({ central: 179, local: 12, unspecified: 0 });
    expect(vetting.byPurpose.map((r) => [r.purpose, r.central, r.local])).toEqual([
      ['assignment', 25, 0],
      ['rotation', 18, 0],
      ['designation', 31, 0],
      ['appointment', 62, 7],
      ['candidacy', 43, 0],
      ['party-admission', 0, 5],
    ]);
    expect(vetting.byOutcome['meets-standards']).toBe(191);
  });

  it('counts in 2021-Q2 the cases closed from 1/4 to 30/6, not those of 1/7 or still open', async () => {
    const { vetting } = await report('2021-Q2');
    expect(vetting.byLevel).toEqual({ central: 40, local: 0, unspecified: 0 });
    expect(vetting.byPurpose.map((r) => [r.purpose, r.total])).toEqual([
      ['appointment', 30],
      ['candidacy', 10],
    ]);
  });

  it('counts only concluded cases, whatever the store query filtered', () => {
    const tally = vettingTallier(parseQuarter('2021-Q1'));
    for (const c of VETTING_CASES) tally.add(c);
    // q1-c-last and q1-withdrawn are withdrawn with a closing day in Q1.
    expect(tally.result().byLevel).toEqual({ central: 179, local: 12, unspecified: 0 });
  });

  it('leaves out cases closed after asOf', async () => {
    const early = await quarterlyReport({ store, quarter: '2021-Q1', asOf: '2021-01-31' });
    // 1/1..31/3 spread evenly: a purpose's cases up to 31/1 are those at day offsets 0..30 of 89.
    const upTo30 = (n: number) => Array.from({ length: n }, (_, i) => Math.floor((i * 89) / (n - 1))).filter((d) => d <= 30).length;
    expect(early.vetting.byLevel.central).toBe([25, 18, 31, 62, 43].reduce((s, n) => s + upTo30(n), 0));
  });
});

describe('proposals against the programme', () => {
  it('2021-Q1: Central Committee 2 of 3, Politburo and Secretariat 4 of 6', async () => {
    const { proposals } = await report('2021-Q1');
    const row = (r: string) => proposals.rows.find((x) => x.recipient === r);
    expect(row('central-committee')).toMatchObject({ planned: 3, delivered: 2, submitted: 3, submittedOutsidePlan: 1, adopted: 1, carriedOver: 1, withdrawn: 0 });
    expect(row('central-committee')?.ids.carriedOver).toEqual(['cc-03']);
    expect(row('politburo')).toMatchObject({ planned: 4, delivered: 3, submitted: 4, submittedOutsidePlan: 1, adopted: 2, carriedOver: 0, withdrawn: 1 });
    expect(row('secretariat')).toMatchObject({ planned: 2, delivered: 1, submitted: 1, submittedOutsidePlan: 0, adopted: 0, carriedOver: 1 });
    expect(proposals.totals).toMatchObject({ planned: 9, delivered: 6, submitted: 8, adopted: 3, carriedOver: 2, withdrawn: 1 });
  });

  it('2021-Q2: a proposal submitted on 1/7 is carried over, one adopted on 2/4 counts', async () => {
    const { proposals } = await report('2021-Q2');
    const row = (r: string) => proposals.rows.find((x) => x.recipient === r);
    expect(row('central-committee')).toMatchObject({ planned: 3, delivered: 3, submitted: 2, adopted: 1, carriedOver: 0 });
    expect(row('politburo')).toMatchObject({ planned: 2, delivered: 2, submitted: 2, adopted: 1 });
    expect(row('secretariat')).toMatchObject({ planned: 3, delivered: 1, submitted: 1, adopted: 2, carriedOver: 2 });
    expect(row('secretariat')?.ids.carriedOver).toEqual(['sb-03', 'sb-04']);
  });

  it('takes every stored programme by default (the 2020 proposal submitted in January then counts)', async () => {
    const all = await quarterlyReport({ store, quarter: '2021-Q1' });
    expect(all.proposals.rows.find((x) => x.recipient === 'central-committee')?.ids.submittedOutsidePlan).toEqual(['cc-06', 'old-01']);
  });
});

describe('nominee pipeline and deadlines', () => {
  it('counts the moves of the 868 nominees recorded in each quarter', async () => {
    expect((await report('2021-Q1')).pipeline).toEqual({
      electionId: ELECTION_ID,
      moves: 868,
      nominees: 868,
      byStage: [{ stage: 'preliminary', moves: 868 }],
    });
    expect((await report('2021-Q2')).pipeline.byStage).toEqual([
      { stage: 'qualified', moves: 868 },
      { stage: 'official', moves: 868 },
    ]);
  });

  it('judges the calendar steps due in the quarter against the moves', async () => {
    const q1 = (await report('2021-Q1')).deadlines!;
    expect(q1.items.filter((i) => i.status !== 'not-tracked').map((i) => [i.milestoneId, i.due, i.status])).toEqual([
      ['consultation-2', '2021-03-19', 'met'],
    ]);
    const q2 = (await report('2021-Q2')).deadlines!;
    const judged = q2.items.filter((i) => i.status !== 'not-tracked');
    expect(judged.map((i) => [i.milestoneId, i.due, i.status, i.reason, i.lateMoves])).toEqual([
      ['consultation-3', '2021-04-18', 'missed', 'late', LATE_QUALIFIED],
      ['official-na-list', '2021-04-28', 'met', undefined, 0],
      ['na-results', '2021-06-12', 'missed', 'not-recorded', 0],
    ]);
    // No council and no self-nominated candidate in the 2021 list: those steps cannot be judged.
    expect(q2.items.filter((i) => i.status === 'not-tracked').map((i) => i.milestoneId)).toEqual(
      expect.arrayContaining(['official-council-list', 'council-results', 'self-nominated-voter-conferences']),
    );
  });
});

describe('as of a day', () => {
  it('ignores moves recorded after asOf, and counts those on it', async () => {
    const before = await quarterlyReport({ store, quarter: '2021-Q2', electionId: ELECTION_ID, asOf: '2021-04-26' });
    expect(before.pipeline.byStage).toEqual([{ stage: 'qualified', moves: 868 }]);
    const on = await quarterlyReport({ store, quarter: '2021-Q2', electionId: ELECTION_ID, asOf: '2021-04-27' });
    expect(on.pipeline.byStage.map((s) => s.stage)).toEqual(['qualified', 'official']);
  });

  it('holds a step with nothing recorded as pending before its deadline and missed from it', async () => {
    const status = async (asOf: string) =>
      (await quarterlyReport({ store, quarter: '2021-Q2', electionId: ELECTION_ID, packs: PACKS, asOf })).deadlines!.items.find(
        (i) => i.milestoneId === 'na-results',
      )?.status;
    expect(await status('2021-06-11')).toBe('pending');
    expect(await status('2021-06-12')).toBe('missed');
  });
});

describe('narrative', () => {
  it('2021-Q1 in Vietnamese', async () => {
    expect(quarterlyNarrative(await report('2021-Q1'), 'vi')).toEqual([
      'Trong quý I/2021, thẩm định 179 lượt nhân sự diện Trung ương quản lý trình Bộ Chính trị, Ban Bí thư quyết định phân công, luân chuyển, chỉ định, bổ nhiệm, giới thiệu ứng cử; thẩm định 12 lượt nhân sự diện địa phương quản lý trình cấp có thẩm quyền quyết định bổ nhiệm, kết nạp vào Đảng.',
      'Trình Ban Chấp hành Trung ương 2/3 đề án theo Chương trình công tác của quý, thêm một đề án ngoài kế hoạch quý; Ban Chấp hành Trung ương đã thông qua một đề án; một đề án chuyển sang quý sau.',
      'Trình Bộ Chính trị, Ban Bí thư 4/6 đề án theo Chương trình công tác của quý, thêm một đề án ngoài kế hoạch quý; Bộ Chính trị đã thông qua hai đề án; một đề án chuyển sang quý sau; một đề án được rút khỏi Chương trình công tác.',
      'Ghi nhận 868 lượt chuyển bước của 868 người ứng cử: 868 lượt vào danh sách sơ bộ.',
      'Đối chiếu lịch bầu cử, trong các mốc đến hạn trong quý có 1 mốc đúng hạn (Hội nghị hiệp thương lần thứ hai (danh sách sơ bộ)).',
    ]);
  });

  it('2021-Q1 in English', async () => {
    expect(quarterlyNarrative(await report('2021-Q1'), 'en')).toEqual([
      'In the first quarter of 2021, appraised 179 cases of cadres under central management for the Politburo and the Secretariat to decide on assignment, rotation, designation, appointment and nomination for candidacy; appraised 12 cases of cadres under local management for the competent level to decide on appointment and admission to the Party.',
      "Submitted to the Central Committee 2 of the 3 proposals the work programme planned for the quarter, and one proposal outside the quarter's plan; the Central Committee adopted one proposal; one proposal is carried over to the next quarter.",
      "Submitted to the Politburo and the Secretariat 4 of the 6 proposals the work programme planned for the quarter, and one proposal outside the quarter's plan; the Politburo adopted two proposals; one proposal is carried over to the next quarter; one proposal was withdrawn from the programme.",
      'Recorded 868 moves of 868 nominees: 868 to the preliminary list.',
      'Against the election calendar, of the steps due in the quarter, 1 step was done on time (Second consultation conference (preliminary list)).',
    ]);
  });

  it('2021-Q2 in Vietnamese: thousands grouped with a dot, missed deadlines named with their day', async () => {
    expect(quarterlyNarrative(await report('2021-Q2'), 'vi')).toEqual([
      'Trong quý II/2021, thẩm định 40 lượt nhân sự diện Trung ương quản lý trình Bộ Chính trị, Ban Bí thư quyết định bổ nhiệm, giới thiệu ứng cử.',
      'Trình Ban Chấp hành Trung ương 3/3 đề án theo Chương trình công tác của quý; Ban Chấp hành Trung ương đã thông qua một đề án.',
      'Trình Bộ Chính trị, Ban Bí thư 3/5 đề án theo Chương trình công tác của quý; Bộ Chính trị, Ban Bí thư đã thông qua ba đề án; hai đề án chuyển sang quý sau.',
      'Ghi nhận 1.736 lượt chuyển bước của 868 người ứng cử: 868 lượt vào danh sách đủ tiêu chuẩn, 868 lượt vào danh sách chính thức.',
      'Đối chiếu lịch bầu cử, trong các mốc đến hạn trong quý có 1 mốc đúng hạn (Công bố danh sách chính thức người ứng cử đại biểu Quốc hội); 2 mốc không đúng hạn: Hội nghị hiệp thương lần thứ ba (danh sách đủ tiêu chuẩn) (hạn 18/04/2021, 3 lượt ghi nhận sau hạn); ' +
        `${PACKS['vn-2021']!.calendar!.milestones.find((m) => m.id === 'na-results')!.title.vi} (hạn 12/06/2021, chưa ghi nhận thực hiện).`,
    ]);
  });

  it('2021-Q2 in English: thousands grouped with a comma', async () => {
    const text = quarterlyNarrative(await report('2021-Q2'), 'en');
    expect(text.slice(0, 4)).toEqual([
      'In the second quarter of 2021, appraised 40 cases of cadres under central management for the Politburo and the Secretariat to decide on appointment and nomination for candidacy.',
      'Submitted to the Central Committee 3 of the 3 proposals the work programme planned for the quarter; the Central Committee adopted one proposal.',
      'Submitted to the Politburo and the Secretariat 3 of the 5 proposals the work programme planned for the quarter; the Politburo and the Secretariat adopted three proposals; two proposals are carried over to the next quarter.',
      'Recorded 1,736 moves of 868 nominees: 868 to the list of qualified candidates and 868 to the official list.',
    ]);
    expect(text[4]).toContain('Third consultation conference (list of qualified candidates) (due 2021-04-18, 3 moves recorded after it)');
  });

  it('says plainly when a quarter has nothing, and omits nothing-categories', async () => {
    const q4 = await report('2021-Q4');
    expect(quarterlyNarrative(q4, 'vi')).toEqual([
      'Trong quý IV/2021, không có lượt nhân sự nào được thẩm định.',
      'Chưa trình Ban Chấp hành Trung ương đề án nào trong số ba đề án theo Chương trình công tác của quý; ba đề án chuyển sang quý sau.',
      'Chưa trình Bộ Chính trị, Ban Bí thư đề án nào trong số ba đề án theo Chương trình công tác của quý; ba đề án chuyển sang quý sau.',
      'Không ghi nhận lượt chuyển bước nào của người ứng cử trong quý.',
    ]);
    const empty = await quarterlyReport({ store, quarter: '2022-Q1' });
    expect(quarterlyNarrative(empty, 'en')).toEqual([
      'In the first quarter of 2022, no cases were appraised.',
      'In the first quarter of 2022, no proposals were planned or submitted.',
    ]);
  });
});

describe('tables for exporters', () => {
  it('gives plain sheets with a header and rows of numbers, closing with the totals', async () => {
    const sheets = quarterlyReportTables(await report('2021-Q1'), 'vi');
    expect(sheets.map((s) => s.id)).toEqual(['vetting', 'proposals', 'pipeline', 'deadlines']);
    const vetting = sheets[0]!;
    expect(vetting.header).toEqual(['Mục đích', 'Diện Trung ương quản lý', 'Diện địa phương quản lý', 'Chưa xác định diện', 'Tổng']);
    expect(vetting.rows.at(0)).toEqual(['Phân công', 25, 0, 0, 25]);
    expect(vetting.rows.at(-1)).toEqual(['Tổng cộng', 179, 12, 0, 191]);
    const proposals = sheets[1]!;
    expect(proposals.rows.map((r) => r[0])).toEqual(['Ban Chấp hành Trung ương', 'Bộ Chính trị', 'Ban Bí thư', 'Tổng cộng']);
    expect(proposals.rows.at(-1)).toEqual(['Tổng cộng', 9, 6, 2, 8, 3, 2, 1]);
    for (const sheet of sheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      for (const row of sheet.rows) expect(row).toHaveLength(sheet.header.length);
    }
    expect(quarterlyReportTables(await report('2021-Q1'), 'en')[2]!.rows).toEqual([
      ['To the preliminary list', 868],
      ['Total', 868],
    ]);
  });
});

describe('bad input', () => {
  it('refuses a bad quarter, an unknown election and a pack not given, in both languages', async () => {
    await expect(quarterlyReport({ store, quarter: '2021-Q5' })).rejects.toMatchObject({ name: 'ConfigError', message: expect.stringContaining('YYYY-Qn') });
    await expect(quarterlyReport({ store, quarter: '2021-Q1', electionId: 'nope', packs: PACKS })).rejects.toThrow(/nope/u);
    await expect(quarterlyReport({ store, quarter: '2021-Q1', electionId: ELECTION_ID, packs: {} })).rejects.toMatchObject({
      name: 'ConfigError',
      text: { vi: expect.stringContaining('vn-2021'), en: expect.stringContaining('vn-2021') },
    });
    await expect(quarterlyReport({ store, quarter: '2021-Q1', asOf: '2021-02-30' })).rejects.toMatchObject({ name: 'ConfigError' });
  });
});
