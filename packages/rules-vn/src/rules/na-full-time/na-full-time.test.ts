import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { naFullTime } from './index';

describe('vn/na-full-time', () => {
  it('is off by default', () => {
    expect(naFullTime.enabledByDefault).toBe(false);
  });
  it('counts nominees marked full-time, passing at the target and warning below', () => {
    const ds = caoBang();
    const marked = ds.nominees.map((n, i) => ({ ...n, nomination: { ...n.nomination, fullTime: i < 2 } }));
    expect(runRule(naFullTime, { ...ds, nominees: marked }, { setting: { minCount: 2 } })).toEqual([]);
    expect(runRule(naFullTime, { ...ds, nominees: marked }, { setting: { minCount: 3 } })[0]).toMatchObject({
      severity: 'warning',
      data: { actual: 2, required: 3 },
    });
  });
});
