import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBangCouncil } from '../../../test/cao-bang';
import { councilConstituencySeats } from './index';

describe('vn/council-constituency-seats', () => {
  it('passes 5 seats and fails 6', () => {
    expect(runRule(councilConstituencySeats, caoBangCouncil(5, 8))).toEqual([]);
    expect(runRule(councilConstituencySeats, caoBangCouncil(6, 9))[0]).toMatchObject({
      target: { id: 'pc-04-1' },
      data: { seats: 6, maxSeats: 5 },
    });
  });
  it('leaves National Assembly constituencies to vn/na-constituency-seats', () => {
    const ds = caoBangCouncil(5, 8);
    ds.constituencies = [...ds.constituencies!, { id: 'x', bodyId: 'na-xv', unitId: '04', number: 9, seats: 5 }];
    expect(runRule(councilConstituencySeats, ds)).toEqual([]);
  });
});
