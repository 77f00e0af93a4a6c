/**
 * The index the incremental validator edits: nominees by id and by person, each group (a constituency, a
 * body, a person) an array kept in id order, and composition rows updated in place, so one edit costs a few
 * row updates and array splices instead of recounting 500,000 nominees.
 *
 * It is made from the read-only index of the first full run (EditableIndex.from): the incremental validator
 * runs every rule once on the fast one-pass index, then takes its rows and groups over for editing.
 */
import { personKey } from '../derived/person';
import type { Constituency } from '../model/constituency';
import type { Dataset } from '../model/dataset';
import type { Body, Election } from '../model/election';
import type { Nominee } from '../model/nominee';
import type { IsoDate } from '../model/primitives';
import type { AdministrativeUnit } from '../model/unit';
import { Ages, countedAge } from './ages';
import { addBits, compareStrings, type Composition, type CompositionRow } from './composition';
import { AttributeBits } from './composition-counting';
import type { DatasetIndex, IndexOptions } from './dataset-index';
import type { ListIndex } from './list-index';
import type { ReadOnlyIndex } from './read-only-index';

const NO_NOMINEES: readonly Nominee[] = Object.freeze([]);

/** Inserts into an id-ordered array. */
function insertSorted(list: Nominee[], n: Nominee): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.id < n.id) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, n);
}

function removeById(list: Nominee[], id: string): void {
  const i = list.findIndex((n) => n.id === id);
  if (i >= 0) list.splice(i, 1);
}

export class EditableIndex implements DatasetIndex {
  readonly elections: ReadonlyMap<string, Election>;
  readonly bodies: ReadonlyMap<string, Body>;
  readonly units: ReadonlyMap<string, AdministrativeUnit>;
  readonly rows: Composition;
  readonly options: IndexOptions;
  private readonly ages: Ages;
  private readonly bits: AttributeBits;

  private constructor(
    private readonly lists: ListIndex,
    /** Every nominee, counted or not, one per id. */
    private readonly nominees: Map<string, Nominee>,
    /** Counted nominees by personKey, each list in id order. */
    private readonly people: Map<string, Nominee[]>,
    /** Counted nominees by constituency slot and by body slot index, in id order. */
    private readonly constituencyMembers: Nominee[][],
    private readonly bodyMembers: readonly Nominee[][],
  ) {
    this.options = lists.options;
    this.elections = lists.elections;
    this.bodies = lists.bodies;
    this.units = lists.units;
    this.rows = lists.rows;
    this.ages = new Ages(lists.options.asOf);
    this.bits = new AttributeBits(lists.options.settings);
  }

  /** Takes a read-only index over (it must not be used afterwards): its rows as they are, its groups sorted. */
  static from(index: ReadOnlyIndex): EditableIndex {
    const { lists, list, bodyIndex, constituencyGroups, bodyGroups } = index.release();
    const nominees = new Map<string, Nominee>();
    const people = new Map<string, Nominee[]>();
    for (let i = 0; i < list.length; i++) {
      const n = list[i]!;
      nominees.set(n.id, n);
      if (bodyIndex[i]! < 0) continue;
      const key = personKey(n);
      const group = people.get(key);
      if (group === undefined) people.set(key, [n]);
      else insertSorted(group, n);
    }
    // The index's arrays become ours: nothing else reads them once it is released.
    const constituencyMembers = lists.constituencySlots.map((slot) => constituencyGroups.sortedMembers(slot.index));
    const bodyMembers = lists.bodySlotList.map((slot) => bodyGroups.sortedMembers(slot.index));
    return new EditableIndex(lists, nominees, people, constituencyMembers, bodyMembers);
  }

  isCounted(n: Nominee): boolean {
    return this.lists.isCounted(n);
  }

  constituency(id: string): Constituency | undefined {
    return this.lists.constituency(id);
  }

  nominee(id: string): Nominee | undefined {
    return this.nominees.get(id);
  }

  forEachConstituency(visit: (c: Constituency, body: Body) => void): void {
    this.lists.forEachConstituency((c, body) => visit(c, body));
  }

  forEachCountedNominee(visit: (n: Nominee, body: Body) => void): void {
    for (const n of this.nominees.values()) {
      const slot = this.isCounted(n) ? this.lists.bodySlot(n.nomination.bodyId) : undefined;
      if (slot !== undefined) visit(n, slot.body);
    }
  }

  ageDate(bodyId: string): IsoDate | undefined {
    return this.options.asOf ?? this.lists.bodySlot(bodyId)?.electionDay;
  }

  ageOf(n: Nominee): number | undefined {
    return this.ages.of(n, this.lists.bodySlot(n.nomination.bodyId));
  }

  ageOnElectionDay(n: Nominee): number | undefined {
    return this.ages.onElectionDay(n, this.lists.bodySlot(n.nomination.bodyId));
  }

  countIn(constituencyId: string): number {
    const slot = this.lists.slotOf(constituencyId);
    return slot === undefined ? 0 : (this.constituencyMembers[slot.index]?.length ?? 0);
  }

  /** The group arrays are always in id order, so the order asked for ('id' or 'any') does not matter. */
  nomineesIn(constituencyId: string): readonly Nominee[] {
    const slot = this.lists.slotOf(constituencyId);
    return (slot === undefined ? undefined : this.constituencyMembers[slot.index]) ?? NO_NOMINEES;
  }

  nomineesOfBody(bodyId: string): readonly Nominee[] {
    const slot = this.lists.bodySlot(bodyId);
    return slot === undefined ? NO_NOMINEES : this.bodyMembers[slot.index]!;
  }

  nominationsOf(n: Nominee): readonly Nominee[] {
    // A counted nominee is in its person's entry; anything else is alone.
    const group = this.people.get(personKey(n));
    return group !== undefined && group.includes(n) ? group : [n];
  }

  countNominationsOf(n: Nominee): number {
    return this.nominationsOf(n).length;
  }

  /** Ids of the counted nominations of the nominee's person (the incremental validator's neighbourhood). */
  nominationIdsOfPerson(n: Nominee): string[] {
    return (this.people.get(personKey(n)) ?? []).map((other) => other.id);
  }

  allRows(): CompositionRow[] {
    return this.lists.allRows();
  }

  unitRows(): CompositionRow[] {
    return this.lists.unitRows();
  }

  /** Inserts or replaces a nominee: the old row's counts go out, the new one's come in. */
  upsertNominee(n: Nominee): void {
    const old = this.nominees.get(n.id);
    if (old !== undefined) this.removeCounts(old);
    this.nominees.set(n.id, n);
    this.addCounts(n);
  }

  removeNominee(id: string): void {
    const old = this.nominees.get(id);
    if (old === undefined) return;
    this.removeCounts(old);
    this.nominees.delete(id);
  }

  /** Replaces or removes a constituency; its nominees are taken out and counted again against the new one. */
  setConstituency(id: string, next: Constituency | undefined): void {
    const slot = this.lists.slotFor(id);
    const members = [...this.membersOf(slot.index)];
    for (const n of members) this.removeCounts(n);
    this.lists.setConstituency(slot, next);
    for (const n of members) this.addCounts(n);
  }

  /** The current entities as a dataset, each collection in id order (the others are passed through). */
  toDataset(): Dataset {
    const sorted = <T extends { id: string }>(items: Iterable<T>): T[] =>
      [...items].sort((a, b) => compareStrings(a.id, b.id));
    return {
      ...this.lists.dataset,
      elections: sorted(this.elections.values()),
      bodies: sorted(this.bodies.values()),
      administrativeUnits: sorted(this.units.values()),
      constituencies: sorted(this.lists.constituencies()),
      nominees: sorted(this.nominees.values()),
    };
  }

  /** A constituency slot's members array, made for a slot an edit created. */
  private membersOf(slotIndex: number): Nominee[] {
    return (this.constituencyMembers[slotIndex] ??= []);
  }

  /** Counts a nominee in every row it belongs to and adds it to its groups. */
  private addCounts(n: Nominee): void {
    if (!this.isCounted(n)) return;
    const body = this.lists.bodySlot(n.nomination.bodyId)!;
    const bits = this.bits.of(n, body, countedAge(n, body));
    for (const row of this.lists.rowsOf(n)) addBits(row, bits, 1);
    const cid = n.nomination.constituencyId;
    if (cid !== undefined) insertSorted(this.membersOf(this.lists.slotFor(cid).index), n);
    insertSorted(this.bodyMembers[body.index]!, n);
    const key = personKey(n);
    const group = this.people.get(key);
    if (group === undefined) this.people.set(key, [n]);
    else insertSorted(group, n);
  }

  /**
   * Takes a nominee's counts out. Nothing it was counted with has changed since it was added (its rows are
   * unchanged, see setConstituency; bodies, elections and settings changes rebuild the index), so its bits
   * and rows are computed again rather than stored: one number less per nominee on 500,000.
   */
  private removeCounts(n: Nominee): void {
    if (!this.isCounted(n)) return;
    const body = this.lists.bodySlot(n.nomination.bodyId)!;
    const bits = this.bits.of(n, body, countedAge(n, body));
    for (const row of this.lists.rowsOf(n)) addBits(row, bits, -1);
    const cid = n.nomination.constituencyId;
    const slot = cid === undefined ? undefined : this.lists.slotOf(cid);
    if (slot !== undefined) removeById(this.membersOf(slot.index), n.id);
    removeById(this.bodyMembers[body.index]!, n.id);
    const key = personKey(n);
    const group = this.people.get(key);
    if (group === undefined) return;
    removeById(group, n.id);
    if (group.length === 0) this.people.delete(key);
  }
}
