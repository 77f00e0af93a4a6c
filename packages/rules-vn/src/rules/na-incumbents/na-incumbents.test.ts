import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { naIncumbents } from './index';

describe('vn/na-incumbents', () => {
  it('counts deputies of the previous term (XIV for a XV list): 3 in Cao Bằng', () => {
    expect(runRule(naIncumbents, caoBang(), { setting: { minCount: 3 } })).toEqual([]);
    expect(runRule(naIncumbents, caoBang(), { setting: { minCount: 4 } })[0]?.data).toMatchObject({ actual: 3, required: 4, shortfall: 1 });
  });
  it('does not count older terms only', () => {
    const ds = caoBang();
    const older = ds.nominees.map((n) => ({
      ...n,
      person: { ...n.person, incumbencies: (n.person.incumbencies ?? []).map((i) => ({ ...i, term: 'XIII' })) },
    }));
    expect(runRule(naIncumbents, { ...ds, nominees: older }, { setting: { minCount: 1 } })[0]?.data).toMatchObject({ actual: 0 });
  });
});
