import type { NomineeInput } from '@ungcu/core';
import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBangCouncil } from '../../../test/cao-bang';
import { councilIncumbents } from './index';

/**
 * The Cao Bằng council list: 10 nominees for a council of 20 seats (so a share of the seats and a share of the
 * list differ), its first `count` nominees given `incumbency`.
 */
function council(count: number, incumbency: { bodyKind: 'provincial-council' | 'national-assembly'; term: string }, term = '2021-2026') {
  const ds = caoBangCouncil(5, 10);
  return {
    ...ds,
    bodies: (ds.bodies ?? []).map((b) => (b.id === 'pc-04' ? { ...b, term, totalSeats: 20 } : b)),
    nominees: ds.nominees.map(
      (n, i): NomineeInput => (i < count ? { ...n, person: { ...n.person, incumbencies: [incumbency] } } : n),
    ),
  };
}

const PC_2016 = { bodyKind: 'provincial-council', term: '2016-2021' } as const;

describe('vn/council-incumbents', () => {
  it('passes at 30% of the seats (6 re-running deputies for 20 seats, not 30% of the list) and warns one below', () => {
    expect(runRule(councilIncumbents, council(6, PC_2016))).toEqual([]);
    const [finding, ...rest] = runRule(councilIncumbents, council(5, PC_2016));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'vn/council-incumbents',
      severity: 'warning',
      target: { kind: 'body', id: 'pc-04' },
      data: { actual: 5, total: 10, required: 6, seats: 20, shortfall: 1, previousTerm: '2016-2021' },
      message: 'pc-04: 5 deputies of the 2016-2021 term re-run among 10 nominees; at least 6 are required (30% of 20 seats), 1 short',
      fix: 'Nominate more re-running deputies of the 2016-2021 term: at least 1',
      sources: [expect.objectContaining({ article: '2', clause: '3', point: 'đ' })],
    });
  });

  it('counts only deputies of the same council kind and of the term just before', () => {
    expect(runRule(councilIncumbents, council(10, { bodyKind: 'national-assembly', term: 'XIV' }))[0]?.data).toMatchObject({ actual: 0 });
    expect(runRule(councilIncumbents, council(10, { ...PC_2016, term: '2011-2016' }))[0]?.data).toMatchObject({ actual: 0 });
    // The 2026 council looks back to 2021-2026.
    expect(runRule(councilIncumbents, council(6, { ...PC_2016, term: '2021-2026' }, '2026-2031'))).toEqual([]);
  });

  it('takes the share as an option', () => {
    expect(runRule(councilIncumbents, council(4, PC_2016), { setting: { minShare: 0.2 } })).toEqual([]);
    expect(runRule(councilIncumbents, council(6, PC_2016), { setting: { minShare: 0.35 } })[0]?.data).toMatchObject({ required: 7, shortfall: 1 });
  });

  it('says so, as information, when the term does not tell the previous one; skips a list not drawn up yet', () => {
    expect(runRule(councilIncumbents, council(3, PC_2016, 'khóa mới'))).toMatchObject([
      { severity: 'info', messageId: 'unknown-term', data: { term: 'khóa mới' } },
    ]);
    expect(runRule(councilIncumbents, { ...council(0, PC_2016), nominees: [] })).toEqual([]);
  });

  it('does not look at the National Assembly', () => {
    const ds = council(0, PC_2016);
    const naOnly = { ...ds, nominees: ds.nominees.map((n) => ({ ...n, nomination: { ...n.nomination, bodyId: 'na-xv', constituencyId: 'cb-1' } })) };
    expect(runRule(councilIncumbents, naOnly)).toEqual([]);
  });
});
