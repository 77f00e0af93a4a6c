/**
 * The indexed dataset a validation runs on: entities by id, counted nominees by constituency, body and
 * person, and the composition rows. It supports adding and removing nominees and constituencies, so the
 * incremental validator updates counts in place instead of recounting 500,000 nominees for one edit.
 *
 * Built for the national scale, where memory traffic is the cost: building the index reads each nominee
 * once, computes its attributes once and adds them to one row (its constituency's; the unit, body and
 * election rows are summed from the constituency rows afterwards). Repeated ids and a person's nominations
 * are found by hashing in cache-sized partitions (findRepeats), constituencies through a preallocated table
 * (StringTable), not Maps. The per-id and per-person Maps an edit needs are built on the first edit or
 * lookup that needs them, so validate() never pays for them.
 */
import { ageOn, ageOnPackedDate, calendarDate, isIncumbent, isPartyMember, personKey } from '../derived/person';
import { isEthnicMinority } from '../ethnicity/resolve';
import type { Constituency } from '../model/constituency';
import type { Dataset } from '../model/dataset';
import type { Body, Election } from '../model/election';
import type { Nominee, NomineeStage } from '../model/nominee';
import type { IsoDate } from '../model/primitives';
import type { AdministrativeUnit } from '../model/unit';
import {
  addBits,
  BIT,
  compositionKey,
  compareStrings,
  type CompositionRow,
} from './composition';
import { CompositionRows } from './composition-rows';
import { findRepeats, hashString } from './repeats';
import { StringTable } from './string-table';
import { previousTerm } from './terms';
import type { CompositionSettings, NomineeOrder } from './types';

export interface StateOptions {
  readonly settings: CompositionSettings;
  readonly stage: NomineeStage | undefined;
  readonly asOf: IsoDate | undefined;
}

/** True when `item` should replace `existing` under the same id: the smallest row wins, whatever the order. */
function wins<T>(item: T, existing: T): boolean {
  return JSON.stringify(item) < JSON.stringify(existing);
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  // With duplicate ids (an integrity problem checkDataset reports) the smallest row wins, so the report does
  // not depend on row order.
  for (const item of items) {
    const existing = map.get(item.id);
    if (existing === undefined || wins(item, existing)) map.set(item.id, item);
  }
  return map;
}

const byNomineeId = (a: Nominee, b: Nominee): number => compareStrings(a.id, b.id);

/**
 * The counted nominees of one group (a constituency, a body). After indexing they are `count` entries of an
 * order array from `first`, and become an array only when a check asks for them: most checks only count,
 * and 100,000 small arrays cost more to allocate and collect than the checks that would read them.
 */
interface Members {
  /** Position in the state's list of groups of its kind. */
  readonly index: number;
  members: Nominee[] | undefined;
  /** The members array is in id order. */
  sorted: boolean;
  count: number;
  first: number;
}

/** Inserts into an id-ordered array (an edit). */
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

/** A counted body: the rows its nominees count in when they have no constituency, and its nominees. */
interface BodySlot extends Members {
  readonly body: Body;
  /** Its election's row (when the election exists) and its own row. */
  readonly rows: readonly CompositionRow[];
  readonly electionDay: IsoDate | undefined;
  /** The date "young" is counted on: asOf, else the election day; and that date packed by calendarDate. */
  readonly ageDate: IsoDate | undefined;
  readonly packedAgeDate: number;
  /** The term whose deputies are incumbents. */
  readonly previousTerm: string | undefined;
}

/**
 * A constituency id that exists or that a nominee names: the constituency (undefined when missing), the rows
 * its nominees count in (empty when it or its body is missing) and the counted nominees naming it.
 */
interface ConstituencySlot extends Members {
  readonly id: string;
  constituency: Constituency | undefined;
  /** Election, body, unit (when it has one) and constituency rows. */
  rows: readonly CompositionRow[];
}

/** The by-id and by-person lookups an edit needs; see ValidationState.lookups(). */
interface Lookups {
  readonly nominees: Map<string, Nominee>;
  /** Counted nominees by personKey, each list in id order. */
  readonly people: Map<string, Nominee[]>;
}

const NO_NOMINEES: readonly Nominee[] = Object.freeze([]);

export class ValidationState {
  readonly elections: Map<string, Election>;
  readonly bodies: Map<string, Body>;
  readonly units: Map<string, AdministrativeUnit>;
  /** Election, body and unit rows by key; the constituency rows stay in their slots (see CompositionRows). */
  private readonly otherRows = new Map<string, CompositionRow>();
  readonly rows = new CompositionRows(this.otherRows, {
    constituencyRow: (id) => {
      const slot = this.slotOf(id);
      return slot === undefined ? undefined : ownRow(slot);
    },
    constituencyRows: () => this.constituencyRows(),
  });
  private readonly bodySlots = new Map<string, BodySlot>();
  private bodySlotList: BodySlot[] = [];
  /** Constituency slots, and their index by id (a StringTable, see there). */
  private constituencySlotList: ConstituencySlot[] = [];
  private slotIds = new StringTable(0, (i) => this.constituencySlotList[i]!.id);
  /** Entries of `list` grouped by constituency slot and by body slot (see Members). */
  private constituencyOrder: Int32Array | undefined;
  private bodyOrder: Int32Array | undefined;
  /** The nominees, one per id, as indexed; replaced by the lookups' map once an edit arrives. */
  private list: readonly Nominee[] = [];
  /**
   * Per entry of `list` while no edit has happened: the index of its body slot (-1 when not counted) and
   * the next entry of the same person (a cycle; -1 when the person has one nomination).
   */
  private bodyIndex: Int32Array | undefined;
  private samePerson: Int32Array | undefined;
  /** Per entry: age on its body's ageDate (NaN when that date is unknown), so checks need not read it again. */
  private ages: Float64Array | undefined;
  /** The nominee forEachCountedNominee is visiting, so the checks' questions about it skip the lookups. */
  private current: Nominee | undefined;
  private currentIndex = -1;
  private currentBody: BodySlot | undefined;
  /** The constituency forEachConstituency is visiting, for the same reason. */
  private currentSlot: ConstituencySlot | undefined;
  private lookupMaps: Lookups | undefined;
  /** Set by the first edit: from then on every group is an id-ordered array kept up to date. */
  private editing = false;
  private readonly minorities = new Map<string, boolean>();

  constructor(
    readonly dataset: Dataset,
    readonly options: StateOptions,
  ) {
    this.elections = byId(dataset.elections);
    this.bodies = byId(dataset.bodies);
    this.units = byId(dataset.administrativeUnits);
    // A repeated nominee id is found while counting; count again with the smallest row of each id.
    if (!this.index(dataset.nominees)) this.index([...byId(dataset.nominees).values()]);
  }

  /** Builds rows and indexes from scratch; false (and a partial index) when two nominees share an id. */
  private index(nominees: readonly Nominee[]): boolean {
    this.otherRows.clear();
    this.bodySlots.clear();
    this.bodySlotList = [];
    this.constituencySlotList = [];
    this.slotIds = new StringTable(this.dataset.constituencies.length, (i) => this.constituencySlotList[i]!.id);
    this.lastUnitRow = undefined;
    this.lastBodySlot = undefined;
    for (const election of this.elections.values()) this.ensureRow('election', election.id, undefined);
    for (const body of this.bodies.values()) this.addBodySlot(body);
    // Indexed loops over the 100,000 constituencies: this runs once per validate(), often before V8 optimises
    // it, and unoptimised for...of allocates an iterator result per element.
    const { constituencies } = this.dataset;
    for (let i = 0; i < constituencies.length; i++) {
      const c = constituencies[i]!;
      const existing = this.slotIds.insert(c.id, this.constituencySlotList.length);
      if (existing === -1) this.addConstituencySlot(c.id, c);
      else if (wins(c, this.constituencySlotList[existing]!.constituency!)) this.constituencySlotList[existing]!.constituency = c;
    }
    const slots = this.constituencySlotList;
    for (let i = 0; i < slots.length; i++) this.addConstituencyRows(slots[i]!, 1);
    if (!this.countNominees(nominees)) return false;
    // Constituency rows hold their own nominees only; add them to the unit, body and election rows above.
    for (let s = 0; s < slots.length; s++) {
      const slot = slots[s]!;
      const own = ownRow(slot);
      if (own === undefined || own.nominees === 0) continue;
      for (let i = 0; i < slot.rows.length - 1; i++) addCounts(slot.rows[i]!, own);
    }
    return true;
  }

  private addBodySlot(body: Body): void {
    const rows = [this.ensureRow('body', body.id, body)];
    const election = this.elections.get(body.electionId);
    const electionRow = this.otherRows.get(compositionKey('election', body.electionId));
    if (electionRow !== undefined) rows.unshift(electionRow);
    const electionDay = election?.electionDay;
    const slot: BodySlot = {
      index: this.bodySlotList.length,
      body,
      rows,
      electionDay,
      ageDate: this.options.asOf ?? electionDay,
      packedAgeDate: calendarDate(this.options.asOf ?? electionDay ?? ''),
      previousTerm: previousTerm(body.term),
      members: undefined,
      sorted: true,
      count: 0,
      first: 0,
    };
    this.bodySlots.set(body.id, slot);
    this.bodySlotList.push(slot);
    // The NA has a list in every province, even one nobody has filled yet (its minimum seats still apply).
    if (body.kind === 'national-assembly') {
      for (const unit of this.units.values()) if (unit.level === 'province') this.ensureRow('unit', unit.id, body);
    }
  }

  /**
   * The one pass over the nominees: attributes, rows, groups by constituency, body and person. Each counted
   * nominee adds to its constituency's row only; nominees usually come grouped by body and constituency, so
   * the previous one's slots are reused without a lookup.
   */
  private countNominees(nominees: readonly Nominee[]): boolean {
    const count = nominees.length;
    const idHashes = new Int32Array(count);
    // Counted nominees (positions) and the hashes of their persons' keys, for grouping by person.
    const people = new Int32Array(count);
    const personHashes = new Int32Array(count);
    let counted = 0;
    const bodyIndex = new Int32Array(count).fill(-1);
    const ages = new Float64Array(count);
    const constituencyOf = new Int32Array(count).fill(-1);
    const { stage } = this.options;
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
        body = this.bodySlots.get(lastBodyId);
      }
      if (body === undefined) continue;
      bodyIndex[i] = body.index;
      const age = this.ageForSlot(n, body);
      ages[i] = age;
      const bits = this.bitsOf(n, body, age);
      let own: CompositionRow | undefined;
      const cid = nomination.constituencyId;
      if (cid !== undefined) {
        if (cid !== lastConstituencyId) {
          lastConstituencyId = cid;
          slot = this.slotFor(cid);
        }
        constituencyOf[i] = slot!.index;
        slot!.count++;
        if (slot!.constituency?.bodyId === body.body.id) own = ownRow(slot!);
      }
      if (own !== undefined) addBits(own, bits, 1);
      else for (const row of body.rows) addBits(row, bits, 1);
      body.count++;
      people[counted] = i;
      personHashes[counted++] = n.personId !== undefined ? hashString(n.personId) : hashString(personKey(n), 1);
    }
    const repeatedIds = findRepeats(undefined, idHashes, (a, b) => nominees[a]!.id === nominees[b]!.id);
    if (repeatedIds.some((first) => first !== -1)) return false;
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
    this.list = nominees;
    this.bodyIndex = bodyIndex;
    this.samePerson = samePerson;
    this.ages = ages;
    this.constituencyOrder = groupOrder(constituencyOf, this.constituencySlotList);
    this.bodyOrder = groupOrder(bodyIndex, this.bodySlotList);
    return true;
  }

  /** A group's members as an array, built from the order array on first use. */
  private membersOf(group: Members, order: Int32Array | undefined): Nominee[] {
    if (group.members === undefined) {
      // Sized once: push() would grow a body's array of thousands several times over.
      const members = new Array<Nominee>(group.count);
      for (let k = 0; k < group.count; k++) members[k] = this.list[order![group.first + k]!]!;
      group.members = members;
      group.sorted = members.length < 2;
    }
    return group.members;
  }

  /** The members in id order; input grouped by constituency but sorted by name is sorted here, once. */
  private sortedMembersOf(group: Members, order: Int32Array | undefined): Nominee[] {
    const members = this.membersOf(group, order);
    if (!group.sorted) {
      members.sort(byNomineeId);
      group.sorted = true;
    }
    return members;
  }

  private newConstituencySlot(id: string, constituency: Constituency | undefined): ConstituencySlot {
    this.slotIds.insert(id, this.constituencySlotList.length);
    return this.addConstituencySlot(id, constituency);
  }

  /** Appends a slot whose id the index already maps to the next position. */
  private addConstituencySlot(id: string, constituency: Constituency | undefined): ConstituencySlot {
    const slot: ConstituencySlot = {
      index: this.constituencySlotList.length,
      id,
      constituency,
      rows: [],
      // A group made by an edit starts as an array; one made while indexing waits for the order array.
      members: this.editing ? [] : undefined,
      sorted: true,
      count: 0,
      first: 0,
    };
    this.constituencySlotList.push(slot);
    return slot;
  }

  private slotFor(constituencyId: string): ConstituencySlot {
    return this.slotOf(constituencyId) ?? this.newConstituencySlot(constituencyId, undefined);
  }

  private slotOf(constituencyId: string): ConstituencySlot | undefined {
    const i = this.slotIds.find(constituencyId);
    return i < 0 ? undefined : this.constituencySlotList[i];
  }

  private bodySlotOf(n: Nominee): BodySlot | undefined {
    return n === this.current ? this.currentBody : this.bodySlots.get(n.nomination.bodyId);
  }

  isCounted(n: Nominee): boolean {
    return (
      n.nomination.status === 'active' &&
      (this.options.stage === undefined || n.nomination.stage === this.options.stage) &&
      this.bodySlots.has(n.nomination.bodyId)
    );
  }

  constituency(id: string): Constituency | undefined {
    return this.slotOf(id)?.constituency;
  }

  /** Every constituency with its body, for the checks of constituency scope. */
  forEachConstituency(visit: (c: Constituency, body: Body) => void): void {
    try {
      for (const slot of this.constituencySlotList) {
        const c = slot.constituency;
        if (c === undefined) continue;
        const body = this.bodies.get(c.bodyId);
        if (body === undefined) continue;
        this.currentSlot = slot;
        visit(c, body);
      }
    } finally {
      this.currentSlot = undefined;
    }
  }

  /**
   * Every counted nominee with its body. While no edit has happened this walks the indexed array, and the
   * visited nominee's body, ages and other nominations are answered from the index.
   */
  forEachCountedNominee(visit: (n: Nominee, body: Body) => void): void {
    const { bodyIndex } = this;
    if (bodyIndex === undefined) {
      for (const n of this.lookups().nominees.values()) {
        const slot = this.isCounted(n) ? this.bodySlots.get(n.nomination.bodyId) : undefined;
        if (slot !== undefined) visit(n, slot.body);
      }
      return;
    }
    const { list } = this;
    try {
      for (let i = 0; i < list.length; i++) {
        const b = bodyIndex[i]!;
        if (b < 0) continue;
        const n = list[i]!;
        const slot = this.bodySlotList[b]!;
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

  nominee(id: string): Nominee | undefined {
    return this.lookups().nominees.get(id);
  }

  electionDayOf(bodyId: string): IsoDate | undefined {
    return this.bodySlots.get(bodyId)?.electionDay;
  }

  ageDate(bodyId: string): IsoDate | undefined {
    return this.options.asOf ?? this.electionDayOf(bodyId);
  }

  /** Age on the body's ageDate (asOf, else the election day). */
  ageOf(n: Nominee): number | undefined {
    if (n === this.current && this.ages !== undefined) {
      return this.currentBody!.ageDate === undefined ? undefined : this.ages[this.currentIndex];
    }
    const date = this.options.asOf ?? this.bodySlotOf(n)?.electionDay;
    return date === undefined ? undefined : ageOn(n.person, date);
  }

  ageOnElectionDay(n: Nominee): number | undefined {
    // Without asOf, the age counted for "young" is already the age on election day.
    if (this.options.asOf === undefined) return this.ageOf(n);
    const day = this.bodySlotOf(n)?.electionDay;
    return day === undefined ? undefined : ageOn(n.person, day);
  }

  /** How many counted nominees name a constituency: nomineesIn(id).length without sorting them. */
  countIn(constituencyId: string): number {
    const current = this.currentSlot;
    const slot =
      current !== undefined && current.constituency!.id === constituencyId
        ? current
        : this.slotOf(constituencyId);
    return slot === undefined ? 0 : (slot.members?.length ?? slot.count);
  }

  /** Counted nominees of a constituency, in id order unless any order will do. */
  nomineesIn(constituencyId: string, order: NomineeOrder = 'id'): readonly Nominee[] {
    const slot = this.slotOf(constituencyId);
    if (slot === undefined) return NO_NOMINEES;
    return order === 'any'
      ? this.membersOf(slot, this.constituencyOrder)
      : this.sortedMembersOf(slot, this.constituencyOrder);
  }

  /** Counted nominees of a body, in id order unless any order will do. */
  nomineesOfBody(bodyId: string, order: NomineeOrder = 'id'): readonly Nominee[] {
    const slot = this.bodySlots.get(bodyId);
    if (slot === undefined) return NO_NOMINEES;
    return order === 'any' ? this.membersOf(slot, this.bodyOrder) : this.sortedMembersOf(slot, this.bodyOrder);
  }

  /** Every counted nomination of the nominee's person, this one included, in id order. */
  nominationsOf(n: Nominee): readonly Nominee[] {
    const { samePerson } = this;
    if (n === this.current && samePerson !== undefined) {
      const start = this.currentIndex;
      let next = samePerson[start]!;
      if (next === -1) return [n];
      const group = [n];
      for (; next !== start; next = samePerson[next]!) group.push(this.list[next]!);
      return group.sort(byNomineeId);
    }
    // A counted nominee is in its person's entry; anything else is alone.
    const list = this.lookups().people.get(personKey(n));
    return list !== undefined && list.includes(n) ? list : [n];
  }

  /** How many counted nominations the nominee's person has (1 for a nominee that is not counted). */
  countNominationsOf(n: Nominee): number {
    const { samePerson } = this;
    if (n === this.current && samePerson !== undefined) {
      const start = this.currentIndex;
      let count = 1;
      for (let next = samePerson[start]!; next !== -1 && next !== start; next = samePerson[next]!) count++;
      return count;
    }
    return this.nominationsOf(n).length;
  }

  /** Ids of the counted nominations of the nominee's person (the incremental validator's neighbourhood). */
  nominationIdsOfPerson(n: Nominee): string[] {
    return (this.lookups().people.get(personKey(n)) ?? []).map((other) => other.id);
  }

  /**
   * The by-id and by-person maps, built on first use: validate() answers from the index, while the
   * incremental validator and lookups of other nominees need them.
   */
  private lookups(): Lookups {
    if (this.lookupMaps !== undefined) return this.lookupMaps;
    const nominees = new Map<string, Nominee>();
    const people = new Map<string, Nominee[]>();
    for (const n of this.list) {
      nominees.set(n.id, n);
      if (!this.isCounted(n)) continue;
      const key = personKey(n);
      const group = people.get(key);
      if (group === undefined) people.set(key, [n]);
      else insertSorted(group, n);
    }
    return (this.lookupMaps = { nominees, people });
  }

  /** Before the first edit: keep every group in id order from now on and stop reading the index arrays. */
  private prepareForEdits(): Lookups {
    const lookups = this.lookups();
    if (!this.editing) {
      this.editing = true;
      for (const slot of this.constituencySlotList) this.sortedMembersOf(slot, this.constituencyOrder);
      for (const slot of this.bodySlots.values()) this.sortedMembersOf(slot, this.bodyOrder);
      this.constituencyOrder = undefined;
      this.bodyOrder = undefined;
      this.bodyIndex = undefined;
      this.samePerson = undefined;
      this.ages = undefined;
      this.list = [];
    }
    return lookups;
  }

  private lastEthnicity: string | undefined;
  private lastMinority = false;

  /** Resolved once per ethnicity name; consecutive nominees often share one, so the last answer is kept. */
  private isMinority(ethnicity: string): boolean {
    if (ethnicity === this.lastEthnicity) return this.lastMinority;
    let minority = this.minorities.get(ethnicity);
    if (minority === undefined) this.minorities.set(ethnicity, (minority = isEthnicMinority(ethnicity) === true));
    this.lastEthnicity = ethnicity;
    return (this.lastMinority = minority);
  }

  /** Age on the slot's ageDate; NaN when there is none (NaN is never young). */
  private ageForSlot(n: Nominee, slot: BodySlot): number {
    return slot.ageDate === undefined ? Number.NaN : ageOnPackedDate(n.person, slot.ageDate, slot.packedAgeDate);
  }

  private bitsOf(n: Nominee, slot: BodySlot, age: number): number {
    const { person, nomination } = n;
    let bits = 0;
    if (person.gender === 'female') bits |= BIT.women;
    if (this.isMinority(person.ethnicity)) bits |= BIT.ethnicMinority;
    if (!isPartyMember(person)) bits |= BIT.nonParty;
    if (age < this.options.settings.youngUnderAge) bits |= BIT.young;
    if (slot.previousTerm !== undefined && isIncumbent(person, slot.previousTerm, slot.body.kind)) {
      bits |= BIT.incumbents;
    }
    if (nomination.origin === 'self') bits |= BIT.selfNominated;
    else if (nomination.origin === 'central') bits |= BIT.central;
    else bits |= BIT.local;
    if (nomination.fullTime === true) bits |= BIT.fullTime;
    return bits;
  }

  /** The rows a counted nominee counts in: its constituency's, or its body's when it has no valid one. */
  private rowsOf(n: Nominee): readonly CompositionRow[] {
    const cid = n.nomination.constituencyId;
    const slot = cid === undefined ? undefined : this.slotOf(cid);
    if (slot?.constituency?.bodyId === n.nomination.bodyId && slot.rows.length > 0) return slot.rows;
    return this.bodySlots.get(n.nomination.bodyId)?.rows ?? [];
  }

  /** The row of an election, body or unit list, made on first use (constituency rows: addConstituencyRows). */
  private ensureRow(scope: 'election' | 'body' | 'unit', id: string, body: Body | undefined): CompositionRow {
    const key = compositionKey(scope, id, body?.id);
    let row = this.otherRows.get(key);
    if (row === undefined) {
      const name =
        scope === 'election' ? this.elections.get(id)?.name : scope === 'body' ? body?.name : this.units.get(id)?.name;
      row = newRow(scope, id, name, body);
      this.otherRows.set(key, row);
    }
    return row;
  }

  /** The constituency rows, one per constituency whose body exists. */
  private *constituencyRows(): Generator<CompositionRow> {
    for (const slot of this.constituencySlotList) {
      const own = ownRow(slot);
      if (own !== undefined) yield own;
    }
  }

  /** Every composition row, for the report, in an array sized once. */
  allRows(): CompositionRow[] {
    const slots = this.constituencySlotList;
    const out = new Array<CompositionRow>(this.otherRows.size + slots.length);
    let next = 0;
    for (const row of this.otherRows.values()) out[next++] = row;
    for (let i = 0; i < slots.length; i++) {
      const own = ownRow(slots[i]!);
      if (own !== undefined) out[next++] = own;
    }
    // Slots of constituencies that do not exist (named by a nominee only) have no row.
    out.length = next;
    return out;
  }

  /** The unit rows (one per body and unit), for the checks of unit scope. */
  unitRows(): CompositionRow[] {
    const out: CompositionRow[] = [];
    for (const row of this.otherRows.values()) if (row.scope === 'unit') out.push(row);
    return out;
  }

  private lastBodySlot: BodySlot | undefined;

  /** Constituencies come grouped by unit: remember the last unit row instead of rebuilding its key. */
  private lastUnitRow: CompositionRow | undefined;
  private unitRow(unitId: string, body: Body): CompositionRow {
    const last = this.lastUnitRow;
    if (last !== undefined && last.id === unitId && last.bodyId === body.id) return last;
    return (this.lastUnitRow = this.ensureRow('unit', unitId, body));
  }

  /** Adds (or takes out) a constituency's seats and its rows; nothing happens when it or its body is missing. */
  private addConstituencyRows(slot: ConstituencySlot, sign: 1 | -1): void {
    const c = slot.constituency;
    if (c === undefined) return;
    // Constituencies come grouped by body: keep the last body's slot instead of looking it up again.
    const last = this.lastBodySlot;
    const body = last !== undefined && last.body.id === c.bodyId ? last : this.bodySlots.get(c.bodyId);
    if (body === undefined) return;
    this.lastBodySlot = body;
    let rows = slot.rows;
    if (sign === 1) {
      // Sized up front: slice() then push() grew each of 100,000 arrays to a capacity of about 20.
      const above = body.rows;
      const fresh = new Array<CompositionRow>(above.length + (c.unitId === undefined ? 1 : 2));
      for (let i = 0; i < above.length; i++) fresh[i] = above[i]!;
      if (c.unitId !== undefined) fresh[above.length] = this.unitRow(c.unitId, body.body);
      fresh[fresh.length - 1] = newRow('constituency', c.id, c.name, body.body);
      rows = fresh;
    }
    for (const row of rows) {
      row.seats += sign * c.seats;
      row.constituencies += sign;
    }
    if (sign === 1) {
      slot.rows = rows;
      return;
    }
    slot.rows = [];
    const unitKey = c.unitId === undefined ? undefined : compositionKey('unit', c.unitId, body.body.id);
    const unitRow = unitKey === undefined ? undefined : this.otherRows.get(unitKey);
    const keptForNa =
      body.body.kind === 'national-assembly' && this.units.get(c.unitId ?? '')?.level === 'province';
    if (unitKey !== undefined && unitRow !== undefined && unitRow.constituencies === 0 && !keptForNa) {
      this.otherRows.delete(unitKey);
      if (this.lastUnitRow === unitRow) this.lastUnitRow = undefined;
    }
  }

  /** An edit: count a nominee in every row it belongs to and add it to its groups. */
  private addNomineeCounts(n: Nominee, lookups: Lookups): void {
    if (!this.isCounted(n)) return;
    const body = this.bodySlots.get(n.nomination.bodyId)!;
    const bits = this.bitsOf(n, body, this.ageForSlot(n, body));
    for (const row of this.rowsOf(n)) addBits(row, bits, 1);
    const cid = n.nomination.constituencyId;
    if (cid !== undefined) insertSorted(this.slotFor(cid).members!, n);
    insertSorted(body.members!, n);
    const key = personKey(n);
    const group = lookups.people.get(key);
    if (group === undefined) lookups.people.set(key, [n]);
    else insertSorted(group, n);
  }

  /**
   * Takes a nominee's counts out. Nothing it was counted with has changed since it was added (its rows are
   * unchanged, see setConstituency; bodies, elections and settings changes rebuild the state), so its bits
   * and rows are computed again rather than stored: one number less per nominee on 500,000.
   */
  private removeNomineeCounts(n: Nominee, lookups: Lookups): void {
    if (!this.isCounted(n)) return;
    const body = this.bodySlots.get(n.nomination.bodyId)!;
    const bits = this.bitsOf(n, body, this.ageForSlot(n, body));
    for (const row of this.rowsOf(n)) addBits(row, bits, -1);
    const cid = n.nomination.constituencyId;
    // A slot left empty by an edit stays (the index cannot delete): it has no constituency, rows or members,
    // so no check and no report sees it.
    const slot = cid === undefined ? undefined : this.slotOf(cid);
    if (slot !== undefined) removeById(slot.members!, n.id);
    removeById(body.members!, n.id);
    const key = personKey(n);
    const group = lookups.people.get(key);
    if (group === undefined) return;
    removeById(group, n.id);
    if (group.length === 0) lookups.people.delete(key);
  }

  upsertNominee(n: Nominee): void {
    const lookups = this.prepareForEdits();
    const old = lookups.nominees.get(n.id);
    if (old !== undefined) this.removeNomineeCounts(old, lookups);
    lookups.nominees.set(n.id, n);
    this.addNomineeCounts(n, lookups);
  }

  removeNominee(id: string): void {
    const lookups = this.prepareForEdits();
    const old = lookups.nominees.get(id);
    if (old === undefined) return;
    this.removeNomineeCounts(old, lookups);
    lookups.nominees.delete(id);
  }

  /** Replaces or removes a constituency; its nominees are taken out and counted again against the new one. */
  setConstituency(id: string, next: Constituency | undefined): void {
    const lookups = this.prepareForEdits();
    const members = [...(this.slotOf(id)?.members ?? [])];
    for (const n of members) this.removeNomineeCounts(n, lookups);
    const slot = this.slotFor(id);
    this.addConstituencyRows(slot, -1);
    slot.constituency = next;
    this.addConstituencyRows(slot, 1);
    for (const n of members) this.addNomineeCounts(n, lookups);
  }

  /** The current entities as a dataset (collections the engine does not index are passed through). */
  toDataset(): Dataset {
    const sorted = <T extends { id: string }>(items: Iterable<T>): T[] =>
      [...items].sort((a, b) => compareStrings(a.id, b.id));
    const constituencies: Constituency[] = [];
    for (const slot of this.constituencySlotList) if (slot.constituency !== undefined) constituencies.push(slot.constituency);
    return {
      ...this.dataset,
      elections: sorted(this.elections.values()),
      bodies: sorted(this.bodies.values()),
      administrativeUnits: sorted(this.units.values()),
      constituencies: sorted(constituencies),
      nominees: sorted(this.lookups().nominees.values()),
    };
  }
}

/**
 * A row with zero counts. Each variant is a literal, so rows of one kind share one hidden class and no
 * spread runs for each of 100,000 constituencies.
 */
function newRow(scope: CompositionRow['scope'], id: string, name: string | undefined, body: Body | undefined): CompositionRow {
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

/**
 * Entries grouped by their group's index (a counting sort): sets each group's `first`, and returns the
 * entries in group order, each group's in input order. `groupOf[i]` is -1 for entries in no group.
 */
function groupOrder(groupOf: Int32Array, groups: readonly Members[]): Int32Array {
  let total = 0;
  for (const group of groups) {
    group.first = total;
    total += group.count;
  }
  const next = new Int32Array(groups.length);
  for (let g = 0; g < groups.length; g++) next[g] = groups[g]!.first;
  const order = new Int32Array(total);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i]!;
    if (g >= 0) order[next[g]!++] = i;
  }
  return order;
}

/** A constituency's own row: the last of its rows, absent while it or its body is missing. */
function ownRow(slot: ConstituencySlot): CompositionRow | undefined {
  return slot.rows[slot.rows.length - 1];
}

/** The same person: equal personIds, or, for two nominees without one, equal personKeys. */
function samePersonKey(a: Nominee, b: Nominee): boolean {
  if (a.personId !== undefined || b.personId !== undefined) return a.personId === b.personId;
  return personKey(a) === personKey(b);
}

/** Adds a row's nominee counts (not its seats or constituencies) to another row; written out, see addBits. */
function addCounts(to: CompositionRow, from: CompositionRow): void {
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
