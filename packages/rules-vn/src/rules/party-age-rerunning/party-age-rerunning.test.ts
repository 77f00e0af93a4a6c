import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { partyAgeRerunning } from './index';

describe('vn/party-age-rerunning', () => {
  it('says nothing when the data does not mark full-time deputies', () => {
    expect(runRule(partyAgeRerunning, caoBang())).toEqual([]);
  });
  it('warns about a full-time XIV deputy born before 08/1963 and passes one born in 08/1963', () => {
    const ds = caoBang();
    const mon = ds.nominees[2]!; // Lại Xuân Môn, XIV deputy, born 1963-11-29
    ds.nominees[2] = { ...mon, nomination: { ...mon.nomination, fullTime: true } };
    expect(runRule(partyAgeRerunning, ds)).toEqual([]);
    ds.nominees[2] = { ...ds.nominees[2]!, person: { ...mon.person, dateOfBirth: '1963-07-31' } };
    expect(runRule(partyAgeRerunning, ds)).toMatchObject([{ severity: 'warning', target: { id: 'cb1-3' }, data: { bornFrom: '1963-08-01' } }]);
    ds.nominees[2] = { ...ds.nominees[2]!, person: { ...mon.person, dateOfBirth: '1963-08-01' } };
    expect(runRule(partyAgeRerunning, ds)).toEqual([]);
  });
  it('writes the dates day first, as officials do, in both languages', () => {
    const ds = caoBang();
    const mon = ds.nominees[2]!;
    ds.nominees[2] = { ...mon, nomination: { ...mon.nomination, fullTime: true }, person: { ...mon.person, dateOfBirth: '1963-07-31' } };
    expect(runRule(partyAgeRerunning, ds, { locale: 'vi' })[0]?.message).toBe(
      'Lại Xuân Môn (sinh 31/07/1963) tái cử chuyên trách nhưng sinh trước 01/08/1963',
    );
    expect(runRule(partyAgeRerunning, ds, { locale: 'en' })[0]?.message).toBe(
      'Lại Xuân Môn (born 31/07/1963) re-runs as a full-time deputy but was born before 01/08/1963',
    );
  });
  it('exempts Standing Committee and Central Committee members and the army, from the fields or the list’s text', () => {
    const ds = caoBang();
    const mon = ds.nominees[2]!;
    const withPerson = (person: Record<string, unknown>) => {
      ds.nominees[2] = { ...mon, nomination: { ...mon.nomination, fullTime: true }, person: { ...mon.person, dateOfBirth: '1960-01-01', ...person } };
      return runRule(partyAgeRerunning, ds);
    };
    // A full-time deputy is an official by office: no sector in the data still gets the warning.
    expect(withPerson({})).toMatchObject([{ severity: 'warning' }]);
    expect(withPerson({ naStandingCommitteeMember: true })).toEqual([]);
    expect(withPerson({ occupation: 'Ủy viên Ủy ban Thường vụ Quốc hội, Chủ nhiệm Ủy ban Pháp luật của Quốc hội' })).toEqual([]);
    expect(withPerson({ occupation: 'Phó Chủ tịch Quốc hội' })).toEqual([]);
    expect(withPerson({ centralCommitteeMember: true })).toEqual([]);
    expect(withPerson({ sector: 'police' })).toEqual([]);
    expect(withPerson({ naStandingCommitteeMember: false, occupation: 'Ủy viên Ủy ban Thường vụ Quốc hội' })).toMatchObject([{ severity: 'warning' }]);
  });
});
