import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBangCouncil } from '../../../test/cao-bang';
import { councilNonParty } from './index';

describe('vn/council-non-party', () => {
  it('warns below 10% and passes at 1 of 10 (exactly 10%)', () => {
    const ds = caoBangCouncil(5, 10);
    expect(runRule(councilNonParty, ds)[0]).toMatchObject({ severity: 'warning', data: { actual: 0, total: 10, required: 1 } });
    ds.nominees[0] = { ...ds.nominees[0]!, person: { ...ds.nominees[0]!.person, partyJoinDate: null } };
    expect(runRule(councilNonParty, ds)).toEqual([]);
  });
});
