/**
 * programmeProgress and overdueProposals over the 2021 programme of the quarterly fixture (12 proposals to the
 * Central Committee, 17 to the Politburo and the Secretariat); expected counts worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { overdueProposals, programmeProgress } from '../../src/programme/index';
import { OTHER_PROPOSALS, PROPOSALS } from '../quarterly/fixture';

const programmes = [{ id: 'ct-2021' }];
const all = [...PROPOSALS, ...OTHER_PROPOSALS];

describe('programmeProgress', () => {
  it('holds the 29 proposals of 2021: 12 to the Central Committee, 17 to the Politburo and the Secretariat', () => {
    const year = ['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4'].map((q) => programmeProgress({ programmes, proposals: all }, q));
    const planned = (r: string) => year.reduce((s, p) => s + (p.rows.find((x) => x.recipient === r)?.planned ?? 0), 0);
    expect(planned('central-committee')).toBe(12);
    expect(planned('politburo') + planned('secretariat')).toBe(17);
  });

  it('counts a submission on the quarter’s last day in it, and one on the next quarter’s first day in the next', () => {
    const q1 = programmeProgress({ programmes, proposals: all }, '2021-Q1');
    const q2 = programmeProgress({ programmes, proposals: all }, '2021-Q2');
    const cc1 = q1.rows.find((r) => r.recipient === 'central-committee')!;
    const cc2 = q2.rows.find((r) => r.recipient === 'central-committee')!;
    expect(cc1.ids.delivered).toEqual(['cc-01', 'cc-02']); // cc-02 on 31/3
    expect(cc1.ids.submitted).toEqual(['cc-01', 'cc-02', 'cc-06']);
    expect(cc2.ids.submitted).toEqual(['cc-04', 'cc-05']); // cc-04 on 1/4
    // Adopted on 31/3 (pb-02) counts in Q1; adopted on 2/4 (sb-01) in Q2.
    expect(q1.rows.find((r) => r.recipient === 'politburo')!.ids.adopted).toEqual(['pb-01', 'pb-02']);
    expect(q2.rows.find((r) => r.recipient === 'secretariat')!.ids.adopted).toEqual(['sb-01', 'sb-05']);
  });

  it('leaves out proposals of other programmes and keeps those tied to none', () => {
    const q1 = programmeProgress({ programmes, proposals: all }, '2021-Q1');
    const submitted = q1.rows.flatMap((r) => r.ids.submitted);
    expect(submitted).toContain('x-01');
    expect(submitted).not.toContain('old-01');
    expect(programmeProgress({ programmes: [{ id: 'ct-2020' }, ...programmes], proposals: all }, '2021-Q1').totals.submittedOutsidePlan).toBe(
      q1.totals.submittedOutsidePlan + 1,
    );
  });

  it('lists only recipients with something counted, in the model order', () => {
    const q3 = programmeProgress({ programmes, proposals: all }, '2021-Q3');
    expect(q3.rows.map((r) => [r.recipient, r.planned, r.carriedOver])).toEqual([
      ['central-committee', 3, 3],
      ['politburo', 2, 2],
      ['secretariat', 1, 1],
    ]);
    expect(programmeProgress({ programmes, proposals: all }, '2023-Q1').rows).toEqual([]);
  });
});

describe('overdueProposals', () => {
  it('lists what a past quarter planned and nobody submitted, oldest first', () => {
    const overdue = overdueProposals(all, '2021-07-01');
    expect(overdue.map((o) => [o.proposal.id, o.plannedQuarter.id, o.daysOverdue])).toEqual([
      ['cc-03', '2021-Q1', 92],
      ['sb-02', '2021-Q1', 92],
      ['sb-04', '2021-Q2', 1],
    ]);
  });

  it('counts a submission only once it has happened, and a quarter only once it has ended', () => {
    // On 30/6 Q2 has not ended; on 1/7 sb-03 was submitted that very day.
    expect(overdueProposals(all, '2021-06-30').map((o) => o.proposal.id)).toEqual(['cc-03', 'sb-02']);
    expect(overdueProposals(all, '2021-07-01').map((o) => o.proposal.id)).not.toContain('sb-03');
    // Looking back from 1/4, cc-06 (Q2) is not yet due, and cc-02 was submitted on 31/3.
    expect(overdueProposals(all, '2021-04-01').map((o) => o.proposal.id)).toEqual(['cc-03', 'sb-02']);
    expect(overdueProposals(all, '2021-03-31')).toEqual([]);
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(() => overdueProposals(all, '01/07/2021')).toThrow(/YYYY-MM-DD/u);
  });
});
