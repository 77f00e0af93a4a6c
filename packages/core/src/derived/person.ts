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
  return ageOnPackedDate(person, date, calendarDate(date));
}

/**
 * ageOn with the date already packed by calendarDate (validation packs each election day once, not once per
 * nominee). Not exported from the package.
 */
export function ageOnPackedDate(person: Pick<Person, 'dateOfBirth'>, date: IsoDate, packed: number): number {
  const birth = calendarDate(person.dateOfBirth);
  // Plain YYYY-MM-DD dates (all of a validated dataset) are counted with integer arithmetic: validation
  // takes 500,000 ages and date-fns parses two Date objects for each. Anything else goes to date-fns.
  if (birth < 0 || packed < 0) return differenceInYears(parseISO(date), parseISO(person.dateOfBirth));
  return wholeYears(packed, birth);
}

/**
 * differenceInYears of date-fns on two calendar dates packed as yyyymmdd: the year difference, less one when
 * the later date's month and day come before the earlier date's (so a person born on 29 February is a year
 * older on 1 March of a common year), with the sign of the later date minus the earlier.
 */
function wholeYears(later: number, earlier: number): number {
  if (later === earlier) return 0;
  const sign = later > earlier ? 1 : -1;
  const diff = Math.abs(Math.floor(later / 10000) - Math.floor(earlier / 10000));
  const laterDay = later % 10000;
  const earlierDay = earlier % 10000;
  const monthDaySign = laterDay === earlierDay ? 0 : laterDay > earlierDay ? 1 : -1;
  const result = sign * (diff - (monthDaySign === -sign ? 1 : 0));
  return result === 0 ? 0 : result;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A YYYY-MM-DD date (year 1000 to 9999, a real day of the month) as yyyymmdd, or -1. */
export function calendarDate(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  let value = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return -1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2 && day === 29 && !leap) return -1;
  return value;
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
  // A loop, not some(): a closure over term and bodyKind made V8 allocate a context on every call, and
  // validate() calls this once per nominee.
  let wanted: string | undefined;
  for (const i of person.incumbencies) {
    if (i.bodyKind !== bodyKind) continue;
    // Most terms are written the same way on both sides: compare as given before normalising.
    if (i.term === term || normalizeTerm(i.term) === (wanted ??= normalizeTerm(term))) return true;
  }
  return false;
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
