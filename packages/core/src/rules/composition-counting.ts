/**
 * Counting a nominee into composition rows, shared by both indexes so that a list counted in one pass and a
 * list counted edit by edit hold the same numbers. A nominee's attributes become bits (see BIT): adding one
 * to a row is a handful of integer operations, the inner loop of every validation.
 */
import { isIncumbent, isPartyMember } from '../derived/person';
import { isEthnicMinority } from '../ethnicity/resolve';
import type { Body } from '../model/election';
import type { Nominee } from '../model/nominee';
import { BIT, type CompositionRow } from './composition';
import type { BodySlot } from './list-index';
import type { CompositionSettings } from './types';

/** A nominee's attribute bits; one per index, since it caches ethnicity answers. */
export class AttributeBits {
  private readonly minorities = new Map<string, boolean>();
  private lastEthnicity: string | undefined;
  private lastMinority = false;

  constructor(private readonly settings: CompositionSettings) {}

  /** The bits of a nominee of the body, `age` being its counted age (NaN, never young, when unknown). */
  of(n: Nominee, slot: BodySlot, age: number): number {
    const { person, nomination } = n;
    let bits = 0;
    if (person.gender === 'female') bits |= BIT.women;
    if (this.isMinority(person.ethnicity)) bits |= BIT.ethnicMinority;
    if (!isPartyMember(person)) bits |= BIT.nonParty;
    if (age < this.settings.youngUnderAge) bits |= BIT.young;
    if (slot.previousTerm !== undefined && isIncumbent(person, slot.previousTerm, slot.body.kind)) {
      bits |= BIT.incumbents;
    }
    if (nomination.origin === 'self') bits |= BIT.selfNominated;
    else if (nomination.origin === 'central') bits |= BIT.central;
    else bits |= BIT.local;
    if (nomination.fullTime === true) bits |= BIT.fullTime;
    return bits;
  }

  /** Resolved once per ethnicity name; consecutive nominees often share one, so the last answer is kept. */
  private isMinority(ethnicity: string): boolean {
    if (ethnicity === this.lastEthnicity) return this.lastMinority;
    let minority = this.minorities.get(ethnicity);
    if (minority === undefined) this.minorities.set(ethnicity, (minority = isEthnicMinority(ethnicity) === true));
    this.lastEthnicity = ethnicity;
    return (this.lastMinority = minority);
  }
}

/**
 * A row with zero counts. Each variant is a literal, so rows of one kind share one hidden class and no
 * spread runs for each of 100,000 constituencies.
 */
export function newRow(
  scope: CompositionRow['scope'],
  id: string,
  name: string | undefined,
  body: Body | undefined,
): CompositionRow {
  const z = 0;
  if (body === undefined) {
    return name === undefined
      ? { scope, id, nominees: z, seats: z, constituencies: z, women: z, ethnicMinority: z, nonParty: z, young: z, incumbents: z, selfNominated: z, central: z, local: z, fullTime: z }
      : { scope, id, name, nominees: z, seats: z, constituencies: z, women: z, ethnicMinority: z, nonParty: z, young: z, incumbents: z, selfNominated: z, central: z, local: z, fullTime: z };
  }
  const bodyId = body.id;
  const bodyKind = body.kind;
  return name === undefined
    ? { scope, id, bodyId, bodyKind, nominees: z, seats: z, constituencies: z, women: z, ethnicMinority: z, nonParty: z, young: z, incumbents: z, selfNominated: z, central: z, local: z, fullTime: z }
    : { scope, id, name, bodyId, bodyKind, nominees: z, seats: z, constituencies: z, women: z, ethnicMinority: z, nonParty: z, young: z, incumbents: z, selfNominated: z, central: z, local: z, fullTime: z };
}

/** Adds a row's nominee counts (not its seats or constituencies) to another row; written out, see addBits. */
export function addCounts(to: CompositionRow, from: CompositionRow): void {
  to.nominees += from.nominees;
  to.women += from.women;
  to.ethnicMinority += from.ethnicMinority;
  to.nonParty += from.nonParty;
  to.young += from.young;
  to.incumbents += from.incumbents;
  to.selfNominated += from.selfNominated;
  to.central += from.central;
  to.local += from.local;
  to.fullTime += from.fullTime;
}
