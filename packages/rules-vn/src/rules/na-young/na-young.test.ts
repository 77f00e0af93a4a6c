import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { naYoung } from './index';

describe('vn/na-young', () => {
  it('counts people under 40 on election day: Hương (36), Ánh (34) and Thắng (39) in Cao Bằng', () => {
    expect(runRule(naYoung, caoBang(), { setting: { minCount: 3 } })).toEqual([]);
    expect(runRule(naYoung, caoBang(), { setting: { minCount: 4 } })[0]?.data).toMatchObject({ actual: 3, required: 4 });
    expect(runRule(naYoung, caoBang())[0]).toMatchObject({ severity: 'warning', data: { actual: 3, required: 50 } });
  });
  it('takes the threshold from the pack settings and the date from asOf', () => {
    // Lê An (born 1979-02-26) is 42 on election day: under 43 but not under 42.
    expect(runRule(naYoung, caoBang(), { setting: { minCount: 4 }, settings: { youngUnderAge: 43 } })).toEqual([]);
    // Thắng turns 40 on 2021-06-07: still 39 on election day, 40 a month later.
    expect(runRule(naYoung, caoBang(), { setting: { minCount: 3 }, asOf: '2021-06-07' })[0]?.data).toMatchObject({ actual: 2 });
  });
});
