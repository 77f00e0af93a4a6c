import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBangCouncil } from '../../../test/cao-bang';
import { councilWomenShare } from './index';

describe('vn/council-women-share', () => {
  it('fails a provincial council list of 5 with 2 women (40% passes) and 1 woman (fails)', () => {
    expect(runRule(councilWomenShare, caoBangCouncil(3, 5))).toEqual([]);
    const ds = caoBangCouncil(3, 5);
    ds.nominees[1] = { ...ds.nominees[1]!, person: { ...ds.nominees[1]!.person, gender: 'male' } };
    const [finding] = runRule(councilWomenShare, ds);
    expect(finding).toMatchObject({ target: { kind: 'body', id: 'pc-04' }, data: { actual: 1, total: 5, required: 2 } });
    // Điều 9 of the 2015 text: khoản 1 province, khoản 2 district, khoản 3 commune.
    expect(finding?.sources).toMatchObject([
      { article: '9', clause: '1' },
      { article: '9', clause: '2' },
      { article: '9', clause: '3' },
    ]);
  });
  it('does not apply to the National Assembly list', () => {
    const ds = caoBangCouncil(3, 5);
    expect(runRule(councilWomenShare, { ...ds, nominees: ds.nominees.map((n) => ({ ...n, nomination: { ...n.nomination, bodyId: 'na-xv', constituencyId: 'cb-1' } })) })).toEqual([]);
  });
  it('boundary: 35% of 20 is exactly 7', () => {
    const ds = caoBangCouncil(5, 5);
    const many = Array.from({ length: 20 }, (_, i) => ({
      ...ds.nominees[i % 5]!,
      id: `x${i}`,
      person: { ...ds.nominees[i % 5]!.person, fullName: `Người ${i}`, gender: i < 7 ? ('female' as const) : ('male' as const) },
    }));
    expect(runRule(councilWomenShare, { ...ds, nominees: many })).toEqual([]);
    many[0] = { ...many[0]!, person: { ...many[0]!.person, gender: 'male' } };
    expect(runRule(councilWomenShare, { ...ds, nominees: many })[0]?.data).toMatchObject({ actual: 6, required: 7 });
  });
});
