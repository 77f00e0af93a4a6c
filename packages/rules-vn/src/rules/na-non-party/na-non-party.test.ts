import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { naNonParty } from './index';

describe('vn/na-non-party', () => {
  it('warns when the list has fewer non-party people than the target (Cao Bằng: all 10 are Party members)', () => {
    const [finding] = runRule(naNonParty, caoBang());
    expect(finding).toMatchObject({ severity: 'warning', data: { actual: 0, required: 25, shortfall: 25, toAdd: 25 } });
  });
  it('passes at the target and fails one below it', () => {
    const ds = caoBang();
    const nonParty = (k: number) => ds.nominees.map((n, i) => (i < k ? { ...n, person: { ...n.person, partyJoinDate: null } } : n));
    expect(runRule(naNonParty, { ...ds, nominees: nonParty(2) }, { setting: { minCount: 2 } })).toEqual([]);
    expect(runRule(naNonParty, { ...ds, nominees: nonParty(1) }, { setting: { minCount: 2 } })[0]?.data).toMatchObject({ actual: 1, shortfall: 1 });
  });
});
