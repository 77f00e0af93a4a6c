import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { naCandidateSurplus } from './index';

describe('vn/na-candidate-surplus', () => {
  it('passes 5 candidates for 3 seats (exactly seats + 2)', () => {
    expect(runRule(naCandidateSurplus, caoBang())).toEqual([]);
  });
  it('fails when one candidate is dropped from a 3-seat constituency, naming it, the numbers and Art. 57(6)', () => {
    const ds = caoBang();
    ds.nominees = ds.nominees.filter((n) => n.id !== 'cb1-3');
    const [finding, ...rest] = runRule(naCandidateSurplus, ds);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      target: { kind: 'constituency', id: 'cb-1', name: 'Cao Bằng, đơn vị bầu cử số 1' },
      data: { actual: 4, seats: 3, required: 5, shortfall: 1 },
      sources: [{ article: '57', clause: '6' }],
      fix: 'Add at least 1 candidate to this constituency',
    });
  });
  it('does not count a withdrawn candidate, and honours a force-majeure exemption', () => {
    const ds = caoBang();
    ds.nominees[0] = { ...ds.nominees[0]!, nomination: { ...ds.nominees[0]!.nomination, status: 'withdrawn' } };
    expect(runRule(naCandidateSurplus, ds)).toHaveLength(1);
    expect(runRule(naCandidateSurplus, ds, { setting: { exemptConstituencies: ['cb-1'] } })).toEqual([]);
  });
});
