import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { naProvinceMinSeats } from './index';

describe('vn/na-province-min-seats', () => {
  it('passes Cao Bằng at 6 seats, the 2021 minimum', () => {
    expect(runRule(naProvinceMinSeats, caoBang())).toEqual([]);
  });
  it('fails it at 7, the 2026 minimum, naming the province and the shortfall', () => {
    const [finding] = runRule(naProvinceMinSeats, caoBang(), { setting: { minSeats: 7 } });
    expect(finding).toMatchObject({
      target: { kind: 'unit', id: '04', name: 'Cao Bằng', bodyId: 'na-xv' },
      data: { actual: 6, required: 7, shortfall: 1 },
    });
  });
  it('ignores provinces with no constituency in the data', () => {
    const ds = caoBang();
    ds.administrativeUnits = [...ds.administrativeUnits!, { id: '01', name: 'Hà Nội', level: 'province' }];
    expect(runRule(naProvinceMinSeats, ds)).toEqual([]);
  });
});
