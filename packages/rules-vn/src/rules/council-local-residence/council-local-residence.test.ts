import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBangCouncil } from '../../../test/cao-bang';
import { councilLocalResidence } from './index';

describe('vn/council-local-residence', () => {
  it('passes a candidate living in a ward of the province', () => {
    expect(runRule(councilLocalResidence, caoBangCouncil(3, 5))).toEqual([]);
  });
  it('fails a candidate who lives and works in another province (Art. 36(2))', () => {
    const ds = caoBangCouncil(3, 5);
    ds.nominees[0] = { ...ds.nominees[0]!, person: { ...ds.nominees[0]!.person, residenceUnitId: '01', workplaceUnitId: '01' } };
    const [finding, ...rest] = runRule(councilLocalResidence, ds);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', target: { id: 'pc-1' }, data: { unit: 'Cao Bằng' }, sources: [{ article: '36', clause: '2' }] });
  });
  it('accepts work in the locality when the residence is elsewhere', () => {
    const ds = caoBangCouncil(3, 5);
    ds.nominees[0] = { ...ds.nominees[0]!, person: { ...ds.nominees[0]!.person, residenceUnitId: '01', workplaceUnitId: '04' } };
    expect(runRule(councilLocalResidence, ds)).toEqual([]);
  });
  it('warns once per council, instead of failing, about the nominees whose data cannot tell', () => {
    const ds = caoBangCouncil(3, 5);
    for (const i of [0, 3]) {
      const { residenceUnitId: _dropped, ...person } = ds.nominees[i]!.person;
      ds.nominees[i] = { ...ds.nominees[i]!, person };
    }
    const findings = runRule(councilLocalResidence, ds);
    expect(findings).toMatchObject([
      { severity: 'warning', messageId: 'unknown', target: { kind: 'body', id: 'pc-04' }, data: { count: 2, total: 5 } },
    ]);
    expect(findings[0]?.message).toBe('pc-04: the data does not tell whether 2 of 5 nominees live or work in Cao Bằng');
  });
});
