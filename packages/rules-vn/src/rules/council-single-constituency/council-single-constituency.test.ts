import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang, caoBangCouncil } from '../../../test/cao-bang';
import { councilSingleConstituency } from './index';

/** Cao Bằng's council list of 5 (real rows of 2021), with a second, empty constituency of the same council. */
function twoConstituencies() {
  const ds = caoBangCouncil(3, 5);
  ds.constituencies = [...(ds.constituencies ?? []), { id: 'pc-04-2', bodyId: 'pc-04', unitId: '04', number: 2, seats: 3 }];
  return ds;
}

describe('vn/council-single-constituency', () => {
  it('passes a council list where everyone stands once, even when the same people are on the NA list', () => {
    const ds = twoConstituencies();
    ds.nominees = [...caoBang().nominees, ...ds.nominees];
    expect(runRule(councilSingleConstituency, ds)).toEqual([]);
  });
  it('reports both entries of a person listed in two constituencies of one council, even with the name in NFD', () => {
    const ds = twoConstituencies();
    const first = ds.nominees[0]!;
    ds.nominees.push({
      ...first,
      id: 'pc-6',
      person: { ...first.person, fullName: first.person.fullName.normalize('NFD') },
      nomination: { ...first.nomination, constituencyId: 'pc-04-2' },
    });
    const findings = runRule(councilSingleConstituency, ds);
    expect(findings.map((f) => f.target.id)).toEqual(['pc-1', 'pc-6']);
    expect(findings[0]).toMatchObject({ severity: 'error', messageId: 'twice', data: { count: 2, actual: 2, required: 1 } });
    expect(findings[0]?.message).toContain("Đoàn Thị Lê An is listed in 2 constituencies of the same People's Council");
  });
  it('leaves the National Assembly to vn/na-single-constituency', () => {
    const ds = caoBang();
    const first = ds.nominees[0]!;
    ds.nominees.push({ ...first, id: 'cb2-6', nomination: { ...first.nomination, constituencyId: 'cb-2' } });
    expect(runRule(councilSingleConstituency, ds)).toEqual([]);
  });
});
