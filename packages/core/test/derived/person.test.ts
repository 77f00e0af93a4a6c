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
