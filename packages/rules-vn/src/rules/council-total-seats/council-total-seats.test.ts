import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang, caoBangCouncil } from '../../../test/cao-bang';
import { councilTotalSeats } from './index';

/** Cao Bằng's provincial council (real 2021 rows) with the given size and constituencies of the given seats. */
function council(totalSeats: number, seats: readonly number[]) {
  const ds = caoBangCouncil(3, 5);
  ds.bodies = (ds.bodies ?? []).map((b) => (b.id === 'pc-04' ? { ...b, totalSeats } : b));
  ds.constituencies = seats.map((s, i) => ({ id: `pc-04-${i + 1}`, bodyId: 'pc-04', unitId: '04', number: i + 1, seats: s }));
  return ds;
}

describe('vn/council-total-seats', () => {
  it('passes a council whose constituencies add up to its size', () => {
    expect(runRule(councilTotalSeats, council(13, [5, 5, 3]))).toEqual([]);
  });
  it('warns when they add up to less (a list still being entered)', () => {
    expect(runRule(councilTotalSeats, council(50, [3]))).toMatchObject([
      { messageId: 'partialData', severity: 'warning', target: { kind: 'body', id: 'pc-04' }, data: { actual: 3, required: 50 } },
    ]);
    expect(runRule(councilTotalSeats, council(14, [5, 5, 3]))).toMatchObject([{ data: { actual: 13, required: 14 } }]);
  });
  it('fails when they add up to more than the council elects', () => {
    const [finding, ...rest] = runRule(councilTotalSeats, council(12, [5, 5, 3]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ messageId: 'constituencyTotal', severity: 'error', data: { actual: 13, required: 12 } });
    expect(finding?.message).toBe('pc-04: the constituencies add up to 13 seats, more than the total of 12');
  });
  it('skips a council with no constituency yet, and leaves the National Assembly to vn/na-total-seats', () => {
    expect(runRule(councilTotalSeats, { ...council(50, []), nominees: [] })).toEqual([]);
    expect(runRule(councilTotalSeats, caoBang())).toEqual([]);
  });
});
