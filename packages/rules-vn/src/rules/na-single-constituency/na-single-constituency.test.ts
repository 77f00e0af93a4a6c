import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { naSingleConstituency } from './index';

describe('vn/na-single-constituency', () => {
  it('passes the real list', () => {
    expect(runRule(naSingleConstituency, caoBang())).toEqual([]);
  });
  it('reports both entries of a person listed in two constituencies, even with the name in NFD', () => {
    const ds = caoBang();
    const first = ds.nominees[0]!;
    ds.nominees.push({
      ...first,
      id: 'cb2-6',
      person: { ...first.person, fullName: first.person.fullName.normalize('NFD') },
      nomination: { ...first.nomination, constituencyId: 'cb-2' },
    });
    const findings = runRule(naSingleConstituency, ds);
    expect(findings.map((f) => f.target.id)).toEqual(['cb1-1', 'cb2-6']);
    expect(findings[0]?.data).toMatchObject({ count: 2 });
    expect(findings[0]?.message).toContain('Cao Bằng, đơn vị bầu cử số 1; Cao Bằng, đơn vị bầu cử số 2');
  });
  it('does not confuse two people with the same name and different birth dates', () => {
    const ds = caoBang();
    const first = ds.nominees[0]!;
    ds.nominees.push({ ...first, id: 'cb2-6', person: { ...first.person, dateOfBirth: '1980-01-01' }, nomination: { ...first.nomination, constituencyId: 'cb-2' } });
    expect(runRule(naSingleConstituency, ds)).toEqual([]);
  });
});
