import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { partyAgeFirstTime } from './index';

describe('vn/party-age-first-time', () => {
  it('passes Cao Bằng: the two men born in the 1960s are XIV deputies, so not first-time', () => {
    expect(runRule(partyAgeFirstTime, caoBang())).toEqual([]);
  });
  it('warns about a first-time man born before 02/1966 and passes one born on 1966-02-01', () => {
    const ds = caoBang();
    const thanh = ds.nominees[3]!;
    ds.nominees[3] = { ...thanh, person: { ...thanh.person, incumbencies: [], dateOfBirth: '1966-02-01' } };
    expect(runRule(partyAgeFirstTime, ds)).toEqual([]);
    ds.nominees[3] = { ...thanh, person: { ...thanh.person, incumbencies: [], dateOfBirth: '1966-01-31' } };
    expect(runRule(partyAgeFirstTime, ds)).toMatchObject([
      { severity: 'warning', target: { id: 'cb1-4' }, data: { bornFrom: '1966-02-01', dateOfBirth: '1966-01-31' } },
    ]);
    // Dates as officials write them, day first, in both languages.
    const name = thanh.person.fullName;
    expect(runRule(partyAgeFirstTime, ds, { locale: 'vi' })[0]?.message).toBe(
      `${name} (sinh 31/01/1966) ứng cử lần đầu nhưng sinh trước 01/02/1966`,
    );
    expect(runRule(partyAgeFirstTime, ds, { locale: 'en' })[0]?.message).toBe(
      `${name} (born 31/01/1966) stands for the first time but was born before 01/02/1966`,
    );
  });
  it('uses the women’s date for women and skips self-nominated people', () => {
    const ds = caoBang();
    const an = ds.nominees[0]!;
    ds.nominees[0] = { ...an, person: { ...an.person, dateOfBirth: '1970-12-31' } };
    expect(runRule(partyAgeFirstTime, ds)).toMatchObject([{ data: { bornFrom: '1971-01-01' } }]);
    ds.nominees[0] = { ...ds.nominees[0]!, nomination: { ...an.nomination, origin: 'self' } };
    expect(runRule(partyAgeFirstTime, ds)).toEqual([]);
  });
});
