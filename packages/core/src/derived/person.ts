import { differenceInYears, parseISO } from 'date-fns';
import type { BodyKind } from '../model/election';
import type { Nominee, Person } from '../model/nominee';
import type { IsoDate } from '../model/primitives';
import { comparisonKey } from '../text/normalize';

/**
 * Derived attributes. They are computed from the stored facts with the thresholds the caller (a rule pack)
 * passes, never stored as booleans that go stale when a date or a threshold changes.
 */

/** Age in whole years on a date (tuổi tròn): a person born 1980-05-24 is 40 on 2021-05-23. */
export function ageOn(person: Pick<Person, 'dateOfBirth'>, date: IsoDate): number {
  return differenceInYears(parseISO(date), parseISO(person.dateOfBirth));
}

/** Young in the sense of a composition target: under `underAge` on `date` (2021 guidance: under 40). */
export function isYoung(person: Pick<Person, 'dateOfBirth'>, date: IsoDate, underAge: number): boolean {
  return ageOn(person, date) < underAge;
}

/** A Party member is a person with a Party join date; the official list leaves it blank for non-party people. */
export function isPartyMember(person: Pick<Person, 'partyJoinDate'>): boolean {
  return person.partyJoinDate !== null;
}

/**
 * Served in the given term of a body: `isIncumbent(p, 'XIV')` is a re-running deputy of the 14th National
 * Assembly; `isIncumbent(p, '2016-2021', 'provincial-council')` of a provincial council.
 */
export function isIncumbent(
  person: Pick<Person, 'incumbencies'>,
  term: string,
  bodyKind: BodyKind = 'national-assembly',
): boolean {
  const wanted = normalizeTerm(term);
  return person.incumbencies.some((i) => i.bodyKind === bodyKind && normalizeTerm(i.term) === wanted);
}

/** "2016 - 2021" and "2016-2021", "xiv" and "XIV" name the same term. */
function normalizeTerm(term: string): string {
  return term.replace(/\s+/gu, '').replace(/[–—]/gu, '-').toUpperCase();
}

/**
 * Identity of the person behind a nominee: the `personId` when given, else the name (case, NFC/NFD and tone
 * placement ignored) with the date of birth. Two nominees with the same key are the same person.
 */
export function personKey(nominee: Pick<Nominee, 'personId' | 'person'>): string {
  if (nominee.personId !== undefined) return `id:${nominee.personId}`;
  return `name:${comparisonKey(nominee.person.fullName)}|${nominee.person.dateOfBirth}`;
}
