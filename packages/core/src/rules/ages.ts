/**
 * The ages a validation counts and answers, shared by both indexes so that "young" and a check's ageOf
 * agree whichever index a check runs on. A body's age date (asOf, else its election day) is packed once
 * per body (BodySlot.packedAgeDate), not once per nominee.
 */
import { ageOn, ageOnPackedDate } from '../derived/person';
import type { Nominee } from '../model/nominee';
import type { IsoDate } from '../model/primitives';
import type { BodySlot } from './list-index';

/** The age counted for "young": on the body's age date; NaN (never young) when the body has none. */
export function countedAge(n: Nominee, slot: BodySlot): number {
  return slot.ageDate === undefined ? Number.NaN : ageOnPackedDate(n.person, slot.ageDate, slot.packedAgeDate);
}

/**
 * The ages a check asks for (RuleContext.ageOf and ageOnElectionDay). `counted` is the nominee's counted age
 * when the index kept it (validate() keeps one per nominee and answers most questions from it).
 */
export class Ages {
  constructor(private readonly asOf: IsoDate | undefined) {}

  /** Age on the body's age date; undefined when there is none (a missing body or election day). */
  of(n: Nominee, slot: BodySlot | undefined, counted?: number): number | undefined {
    if (counted !== undefined && slot !== undefined) return slot.ageDate === undefined ? undefined : counted;
    const date = this.asOf ?? slot?.electionDay;
    return date === undefined ? undefined : ageOn(n.person, date);
  }

  /** Age on the election day itself, whatever asOf says (the law's age conditions). */
  onElectionDay(n: Nominee, slot: BodySlot | undefined, counted?: number): number | undefined {
    // Without asOf, the age counted for "young" is already the age on election day.
    if (this.asOf === undefined) return this.of(n, slot, counted);
    const day = slot?.electionDay;
    return day === undefined ? undefined : ageOn(n.person, day);
  }
}
