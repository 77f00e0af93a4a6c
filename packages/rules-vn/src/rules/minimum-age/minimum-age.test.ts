import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { minimumAge } from './index';

describe('vn/minimum-age', () => {
  it('passes the real list', () => {
    expect(runRule(minimumAge, caoBang())).toEqual([]);
  });
  it('passes on the 21st birthday and fails the day before (election day 2021-05-23)', () => {
    const ds = caoBang();
    ds.nominees[0] = { ...ds.nominees[0]!, person: { ...ds.nominees[0]!.person, dateOfBirth: '2000-05-23' } };
    expect(runRule(minimumAge, ds)).toEqual([]);
    ds.nominees[0] = { ...ds.nominees[0]!, person: { ...ds.nominees[0]!.person, dateOfBirth: '2000-05-24' } };
    const [finding] = runRule(minimumAge, ds);
    expect(finding).toMatchObject({
      target: { kind: 'nominee', id: 'cb1-1', name: 'Đoàn Thị Lê An' },
      data: { age: 20, minAge: 21, electionDay: '2021-05-23' },
      sources: [{ article: '2' }],
    });
  });
  it('always uses election day, even when asOf moves the age date for the young count', () => {
    const ds = caoBang();
    ds.nominees[0] = { ...ds.nominees[0]!, person: { ...ds.nominees[0]!.person, dateOfBirth: '2000-05-01' } };
    expect(runRule(minimumAge, ds, { asOf: '2021-04-27' })).toEqual([]);
  });
});
