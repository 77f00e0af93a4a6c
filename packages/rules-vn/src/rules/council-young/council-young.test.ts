import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBangCouncil } from '../../../test/cao-bang';
import { councilYoung } from './index';

describe('vn/council-young', () => {
  it('passes with 3 young of 10 and warns when young fall below 15% (1 of 10)', () => {
    const ds = caoBangCouncil(5, 10);
    expect(runRule(councilYoung, ds)).toEqual([]);
    const older = ds.nominees.map((n, i) => (i === 1 || i === 4 ? { ...n, person: { ...n.person, dateOfBirth: '1960-01-01' } } : n));
    expect(runRule(councilYoung, { ...ds, nominees: older })[0]).toMatchObject({
      severity: 'warning',
      data: { actual: 1, total: 10, required: 2 },
    });
  });
});
