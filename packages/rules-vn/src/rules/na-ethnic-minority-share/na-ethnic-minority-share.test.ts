import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { naEthnicMinorityShare } from './index';

describe('vn/na-ethnic-minority-share', () => {
  it('passes the Cao Bằng list: 7 of 10 are Tày or Nùng', () => {
    expect(runRule(naEthnicMinorityShare, caoBang())).toEqual([]);
  });
  it('fails below 18% and passes at the boundary (2 of 11 = 18.18%; 1 of 10 = 10%)', () => {
    const ds = caoBang();
    const kinh = (keep: number) =>
      ds.nominees.map((n, i) => {
        const minority = ['Tày', 'Nùng'].includes(n.person.ethnicity);
        const rank = ds.nominees.slice(0, i + 1).filter((m) => ['Tày', 'Nùng'].includes(m.person.ethnicity)).length;
        return minority && rank > keep ? { ...n, person: { ...n.person, ethnicity: 'Kinh' } } : n;
      });
    const [finding] = runRule(naEthnicMinorityShare, { ...ds, nominees: kinh(1) });
    expect(finding?.data).toMatchObject({ actual: 1, total: 10, required: 2, shortfall: 1 });
    expect(finding?.sources).toMatchObject([{ article: '8', clause: '2' }]);
    expect(runRule(naEthnicMinorityShare, { ...ds, nominees: kinh(2) })).toEqual([]);
  });
  it('matches ethnic names written in any form (NFD, other spelling of the group)', () => {
    const ds = caoBang();
    const nfd = ds.nominees.map((n) => ({ ...n, person: { ...n.person, ethnicity: n.person.ethnicity.normalize('NFD') } }));
    expect(runRule(naEthnicMinorityShare, { ...ds, nominees: nfd }, { setting: { minShare: 0.7 } })).toEqual([]);
    expect(runRule(naEthnicMinorityShare, { ...ds, nominees: nfd }, { setting: { minShare: 0.71 } })).toHaveLength(1);
  });
});
