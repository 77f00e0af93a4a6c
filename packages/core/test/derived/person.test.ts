import { differenceInYears, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, Dataset, isIncumbent, isPartyMember, isYoung, personKey } from '../../src/index';
import { hanoiUnitOne } from '../fixtures';

const [trucAnh, duyet, trong, haTuyen, vuong] = Dataset.parse(hanoiUnitOne()).nominees;

describe('ageOn', () => {
  it('counts whole years on election day 2021-05-23', () => {
    expect(ageOn(trong!.person, '2021-05-23')).toBe(77); // the oldest candidate of 2021, born 1944-04-14
    expect(ageOn(vuong!.person, '2021-05-23')).toBe(23);
    expect(ageOn(trucAnh!.person, '2021-05-23')).toBe(46);
  });
  it('turns on the birthday, not the day after', () => {
    expect(ageOn({ dateOfBirth: '1981-05-23' }, '2021-05-22')).toBe(39);
    expect(ageOn({ dateOfBirth: '1981-05-23' }, '2021-05-23')).toBe(40);
  });
  it('handles a 29 February birthday', () => {
    expect(ageOn({ dateOfBirth: '2000-02-29' }, '2021-02-28')).toBe(20);
    expect(ageOn({ dateOfBirth: '2000-02-29' }, '2021-03-01')).toBe(21);
  });
  // ageOn counts plain dates with integer arithmetic; date-fns is the reference it must agree with.
  const day = fc
    .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const dateFnsAge = (birth: string, on: string) => {
    const age = differenceInYears(parseISO(on), parseISO(birth));
    return age === 0 ? 0 : age;
  };
  it('agrees with date-fns differenceInYears on any two dates, either way round', () => {
    fc.assert(
      fc.property(day, day, (birth, on) => {
        expect(ageOn({ dateOfBirth: birth }, on)).toBe(dateFnsAge(birth, on));
      }),
      { numRuns: 5000 },
    );
  });
  it('agrees with date-fns around 29 February and year ends', () => {
    const days = ['2000-02-28', '2000-02-29', '2000-03-01', '2001-02-28', '2001-03-01', '2004-02-29', '1999-12-31', '2000-01-01', '2100-02-28', '2100-03-01'];
    for (const birth of days) for (const on of days) expect(ageOn({ dateOfBirth: birth }, on)).toBe(dateFnsAge(birth, on));
  });
  it('leaves dates that are not plain YYYY-MM-DD to date-fns', () => {
    expect(ageOn({ dateOfBirth: '2001-02-29' }, '2021-05-23')).toBeNaN(); // no such day
    expect(ageOn({ dateOfBirth: '1981-13-01' }, '2021-05-23')).toBeNaN();
    expect(ageOn({ dateOfBirth: '19810523' }, '2021-05-23')).toBe(40); // basic ISO format, parsed by date-fns
  });
});

describe('isYoung', () => {
  it('is under the threshold the caller passes', () => {
    expect(isYoung({ dateOfBirth: '1981-05-24' }, '2021-05-23', 40)).toBe(true);
    expect(isYoung({ dateOfBirth: '1981-05-23' }, '2021-05-23', 40)).toBe(false);
    expect(isYoung({ dateOfBirth: '1981-05-23' }, '2021-05-23', 42)).toBe(true);
    expect(isYoung(vuong!.person, '2021-05-23', 40)).toBe(true);
  });
});

describe('isPartyMember', () => {
  it('follows the Party join date', () => {
    expect(isPartyMember(duyet!.person)).toBe(true);
    expect(isPartyMember(vuong!.person)).toBe(false);
  });
});

describe('isIncumbent', () => {
  it('recognises a re-running XIV deputy and not a first-time candidate', () => {
    expect(isIncumbent(trong!.person, 'XIV')).toBe(true);
    expect(isIncumbent(trong!.person, 'xv')).toBe(false);
    expect(isIncumbent(haTuyen!.person, 'XIV')).toBe(false);
  });
  it('tells council terms apart from National Assembly terms', () => {
    const councillor = { incumbencies: [{ bodyKind: 'provincial-council' as const, term: '2016 - 2021' }] };
    expect(isIncumbent(councillor, '2016-2021', 'provincial-council')).toBe(true);
    expect(isIncumbent(councillor, '2016-2021')).toBe(false);
  });
});

describe('personKey', () => {
  it('prefers the person id', () => {
    expect(personKey({ personId: 'p-1', person: trong!.person })).toBe('id:p-1');
  });
  it('otherwise identifies by name and date of birth, whatever the spelling form', () => {
    const nfd = { ...haTuyen!.person, fullName: haTuyen!.person.fullName.normalize('NFD').toLowerCase() };
    expect(personKey({ person: nfd })).toBe(personKey(haTuyen!));
    expect(personKey({ person: { ...nfd, dateOfBirth: '1975-09-23' } })).not.toBe(personKey(haTuyen!));
  });
});
