/**
 * The index validate() runs on, built in one pass and never changed. Built for the national scale, where
 * memory traffic is the cost: the pass reads each nominee once, computes its attributes and age once, and
 * adds them to one row (its constituency's; the unit, body and election rows are summed from the constituency
 * rows afterwards). What the checks ask later is answered from typed arrays kept per nominee position: its
 * body, its age, and the next nomination of the same person (a cycle). Repeated ids and a person's
 * nominations are found by hashing in cache-sized partitions (findRepeats), not with 500,000-entry Maps, and
 * groups of nominees become arrays only when a check asks (NomineeGroups). Nothing here is kept for edits:
 * the incremental validator takes the index over with EditableIndex.from.
 */
import { personKey } from '../derived/person';
import type { Constituency } from '../model/constituency';
import type { Dataset } from '../model/dataset';
import type { Body, Election } from '../model/election';
import type { Nominee } from '../model/nominee';
import type { IsoDate } from '../model/primitives';
import type { AdministrativeUnit } from '../model/unit';
import { Ages, countedAge } from './ages';
import { byId } from './by-id';
import { addBits, compareStrings, type Composition, type CompositionRow } from './composition';
import { AttributeBits } from './composition-counting';
import type { DatasetIndex, IndexOptions } from './dataset-index';
import { ListIndex, ownRow, type BodySlot, type ConstituencySlot } from './list-index';
import { NomineeGroups } from './nominee-groups';
import { findRepeats, hashString } from './repeats';
import { StringTable } from './string-table';
import type { NomineeOrder } from './types';

const NO_NOMINEES: readonly Nominee[] = Object.freeze([]);

const byNomineeId = (a: Nominee, b: Nominee): number => compareStrings(a.id, b.id);

/** What the one pass over the nominees leaves, per position in `list`. */
interface Counted {
  /** The nominees, one per id. */
  readonly list: readonly Nominee[];
  /** Index of the body slot of a counted nominee, -1 for one not counted. */
  readonly bodyIndex: Int32Array;
  /** Next position of the same person (a cycle in input order), -1 for a person with one nomination. */
  readonly samePerson: Int32Array;
  /** Counted age (see countedAge), so checks need not compute it again. */
  readonly ages: Float64Array;
  /** Constituency slot of a counted nominee that names one, else -1. */
  readonly constituencyOf: Int32Array;
}

/** What EditableIndex.from takes over; the read-only index must not be used afterwards. */
export interface IndexParts {
  readonly lists: ListIndex;
  readonly list: readonly Nominee[];
  readonly bodyIndex: Int32Array;
  readonly constituencyGroups: NomineeGroups;
  readonly bodyGroups: NomineeGroups;
}

export class ReadOnlyIndex implements DatasetIndex {
  readonly elections: ReadonlyMap<string, Election>;
  readonly bodies: ReadonlyMap<string, Body>;
  readonly units: ReadonlyMap<string, AdministrativeUnit>;
  readonly rows: Composition;
  private readonly lists: ListIndex;
  private readonly ages: Ages;
  private readonly counted: Counted;
  private readonly constituencyGroups: NomineeGroups;
  private readonly bodyGroups: NomineeGroups;
  /** Positions by nominee id, built on the first lookup of a nominee that is not being visited. */
  private positions: StringTable | undefined;
  /** The nominee forEachCountedNominee is visiting, so the checks' questions about it skip the lookups. */
  private current: Nominee | undefined;
  private currentIndex = -1;
  private currentBody: BodySlot | undefined;
  /** The constituency forEachConstituency is visiting, for the same reason. */
  private currentSlot: ConstituencySlot | undefined;

  constructor(
    readonly dataset: Dataset,
    readonly options: IndexOptions,
  ) {
    let lists = new ListIndex(dataset, options);
    let counted = countNominees(lists, dataset.nominees);
    if (counted === undefined) {
      // A repeated nominee id is found while counting; count again, in fresh rows, with the smallest row of
      // each id (see byId).
      lists = new ListIndex(dataset, options);
      counted = countNominees(lists, [...byId(dataset.nominees).values()])!;
    }
    lists.addConstituencyCountsUpwards();
    this.lists = lists;
    this.counted = counted;
    this.elections = lists.elections;
    this.bodies = lists.bodies;
    this.units = lists.units;
    this.rows = lists.rows;
    this.ages = new Ages(options.asOf);
    this.constituencyGroups = new NomineeGroups(counted.list, counted.constituencyOf, lists.constituencySlots.length);
    this.bodyGroups = new NomineeGroups(counted.list, counted.bodyIndex, lists.bodySlotList.length);
  }

  isCounted(n: Nominee): boolean {
    return this.lists.isCounted(n);
  }

  constituency(id: string): Constituency | undefined {
    return this.lists.constituency(id);
  }

  nominee(id: string): Nominee | undefined {
    const i = this.positionOf(id);
    return i < 0 ? undefined : this.counted.list[i];
  }

  forEachConstituency(visit: (c: Constituency, body: Body) => void): void {
    try {
      this.lists.forEachConstituency((c, body, slot) => {
        this.currentSlot = slot;
        visit(c, body);
      });
    } finally {
      this.currentSlot = undefined;
    }
  }

  /** Walks the indexed array; the visited nominee's body, age and other nominations come from the index. */
  forEachCountedNominee(visit: (n: Nominee, body: Body) => void): void {
    const { list, bodyIndex } = this.counted;
    const bodySlots = this.lists.bodySlotList;
    try {
      for (let i = 0; i < list.length; i++) {
        const b = bodyIndex[i]!;
        if (b < 0) continue;
        const n = list[i]!;
        const slot = bodySlots[b]!;
        this.current = n;
        this.currentIndex = i;
        this.currentBody = slot;
        visit(n, slot.body);
      }
    } finally {
      this.current = undefined;
      this.currentBody = undefined;
    }
  }

  ageDate(bodyId: string): IsoDate | undefined {
    return this.options.asOf ?? this.lists.bodySlot(bodyId)?.electionDay;
  }

  ageOf(n: Nominee): number | undefined {
    if (n === this.current) return this.ages.of(n, this.currentBody, this.counted.ages[this.currentIndex]);
    return this.ages.of(n, this.lists.bodySlot(n.nomination.bodyId));
  }

  ageOnElectionDay(n: Nominee): number | undefined {
    if (n === this.current) return this.ages.onElectionDay(n, this.currentBody, this.counted.ages[this.currentIndex]);
    return this.ages.onElectionDay(n, this.lists.bodySlot(n.nomination.bodyId));
  }

  countIn(constituencyId: string): number {
    const current = this.currentSlot;
    const slot = current !== undefined && current.id === constituencyId ? current : this.lists.slotOf(constituencyId);
    return slot === undefined ? 0 : this.constituencyGroups.count(slot.index);
  }

  nomineesIn(constituencyId: string, order: NomineeOrder = 'id'): readonly Nominee[] {
    const slot = this.lists.slotOf(constituencyId);
    if (slot === undefined) return NO_NOMINEES;
    const groups = this.constituencyGroups;
    return order === 'any' ? groups.members(slot.index) : groups.sortedMembers(slot.index);
  }

  nomineesOfBody(bodyId: string, order: NomineeOrder = 'id'): readonly Nominee[] {
    const slot = this.lists.bodySlot(bodyId);
    if (slot === undefined) return NO_NOMINEES;
    const groups = this.bodyGroups;
    return order === 'any' ? groups.members(slot.index) : groups.sortedMembers(slot.index);
  }

  nominationsOf(n: Nominee): readonly Nominee[] {
    const start = this.countedPosition(n);
    if (start < 0) return [n];
    const { list, samePerson } = this.counted;
    let next = samePerson[start]!;
    if (next === -1) return [n];
    const group = [n];
    for (; next !== start; next = samePerson[next]!) group.push(list[next]!);
    return group.sort(byNomineeId);
  }

  countNominationsOf(n: Nominee): number {
    const start = this.countedPosition(n);
    if (start < 0) return 1;
    const { samePerson } = this.counted;
    let count = 1;
    for (let next = samePerson[start]!; next !== -1 && next !== start; next = samePerson[next]!) count++;
    return count;
  }

  allRows(): CompositionRow[] {
    return this.lists.allRows();
  }

  unitRows(): CompositionRow[] {
    return this.lists.unitRows();
  }

  /** Hands the index over to EditableIndex.from; this index must not be used afterwards. */
  release(): IndexParts {
    const { lists, counted, constituencyGroups, bodyGroups } = this;
    return { lists, list: counted.list, bodyIndex: counted.bodyIndex, constituencyGroups, bodyGroups };
  }

  /**
   * The position of the nominee (this very object, not another row with its id), or -1. A nominee that is
   * not counted is in no samePerson cycle, so its position leads to itself alone.
   */
  private countedPosition(n: Nominee): number {
    if (n === this.current) return this.currentIndex;
    const i = this.positionOf(n.id);
    return i >= 0 && this.counted.list[i] === n ? i : -1;
  }

  private positionOf(id: string): number {
    let positions = this.positions;
    if (positions === undefined) {
      const { list } = this.counted;
      positions = this.positions = new StringTable(list.length, (i) => list[i]!.id);
      // Ids are unique in `list` (see the constructor), so every insert is new.
      for (let i = 0; i < list.length; i++) positions.insert(list[i]!.id, i);
    }
    return positions.find(id);
  }
}

/**
 * The one pass over the nominees: attributes, rows, groups by constituency, body and person. Each counted
 * nominee adds to its constituency's row only; nominees usually come grouped by body and constituency, so
 * the previous one's slots are reused without a lookup. Undefined (the rows half counted) when two nominees
 * share an id.
 */
function countNominees(lists: ListIndex, nominees: readonly Nominee[]): Counted | undefined {
  const count = nominees.length;
  const bits = new AttributeBits(lists.options.settings);
  const idHashes = new Int32Array(count);
  // Counted nominees (positions) and the hashes of their persons' keys, for grouping by person.
  const people = new Int32Array(count);
  const personHashes = new Int32Array(count);
  let counted = 0;
  const bodyIndex = new Int32Array(count).fill(-1);
  const ages = new Float64Array(count);
  const constituencyOf = new Int32Array(count).fill(-1);
  const { stage } = lists.options;
  let lastBodyId: string | undefined;
  let body: BodySlot | undefined;
  let lastConstituencyId: string | undefined;
  let slot: ConstituencySlot | undefined;
  for (let i = 0; i < count; i++) {
    const n = nominees[i]!;
    idHashes[i] = hashString(n.id);
    const { nomination } = n;
    if (nomination.status !== 'active' || (stage !== undefined && nomination.stage !== stage)) continue;
    if (nomination.bodyId !== lastBodyId) {
      lastBodyId = nomination.bodyId;
      body = lists.bodySlot(lastBodyId);
    }
    if (body === undefined) continue;
    bodyIndex[i] = body.index;
    const age = countedAge(n, body);
    ages[i] = age;
    const nomineeBits = bits.of(n, body, age);
    let own: CompositionRow | undefined;
    const cid = nomination.constituencyId;
    if (cid !== undefined) {
      if (cid !== lastConstituencyId) {
        lastConstituencyId = cid;
        slot = lists.slotFor(cid);
      }
      constituencyOf[i] = slot!.index;
      if (slot!.constituency?.bodyId === body.body.id) own = ownRow(slot!);
    }
    if (own !== undefined) addBits(own, nomineeBits, 1);
    else for (const row of body.rows) addBits(row, nomineeBits, 1);
    people[counted] = i;
    personHashes[counted++] = n.personId !== undefined ? hashString(n.personId) : hashString(personKey(n), 1);
  }
  const repeatedIds = findRepeats(undefined, idHashes, (a, b) => nominees[a]!.id === nominees[b]!.id);
  if (repeatedIds.some((first) => first !== -1)) return undefined;
  // The nominations of one person form a cycle through samePerson, in input order from the first.
  const samePerson = new Int32Array(count).fill(-1);
  const firstOfPerson = findRepeats(people.subarray(0, counted), personHashes.subarray(0, counted), (a, b) =>
    samePersonKey(nominees[a]!, nominees[b]!),
  );
  for (let k = 0; k < counted; k++) {
    const prior = firstOfPerson[k]!;
    if (prior === -1) continue;
    const i = people[k]!;
    samePerson[i] = samePerson[prior] === -1 ? prior : samePerson[prior]!;
    samePerson[prior] = i;
  }
  return { list: nominees, bodyIndex, samePerson, ages, constituencyOf };
}

/** The same person: equal personIds, or, for two nominees without one, equal personKeys. */
function samePersonKey(a: Nominee, b: Nominee): boolean {
  if (a.personId !== undefined || b.personId !== undefined) return a.personId === b.personId;
  return personKey(a) === personKey(b);
}
