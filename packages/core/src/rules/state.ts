/**
 * The indexed dataset a validation runs on: entities by id, counted nominees by constituency, body and
 * person, and the composition rows. It supports adding and removing nominees and constituencies, so the
 * incremental validator updates counts in place instead of recounting 500,000 nominees for one edit.
 *
 * Built for the national scale, where memory traffic is the cost: building the index reads each nominee
 * once, computes its attributes once and adds them to one row (its constituency's; the unit, body and
 * election rows are summed from the constituency rows afterwards). Nominees are grouped by id and by person
 * in preallocated tables, not Maps. The per-id and per-person Maps an edit needs are built on the first edit
 * or lookup that needs them, so validate() never pays for them.
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

/** Nominees of one group (a constituency, a body), in id order once `sorted` is set. */
interface Members {
  members: Nominee[];
  sorted: boolean;
}

function pushMember(group: Members, n: Nominee): void {
  const last = group.members[group.members.length - 1];
  if (last !== undefined && last.id > n.id) group.sorted = false;
  group.members.push(n);
}

/** The members in id order; input grouped by constituency but sorted by name is sorted here, once. */
function sortedMembers(group: Members): Nominee[] {
  if (!group.sorted) {
    group.members.sort(byNomineeId);
    group.sorted = true;
  }
  return group.members;
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
  readonly index: number;
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
  readonly rows = new Map<string, CompositionRow>();
  private readonly bodySlots = new Map<string, BodySlot>();
  private bodySlotList: BodySlot[] = [];
  private readonly constituencySlots = new Map<string, ConstituencySlot>();
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
  private lookupMaps: Lookups | undefined;
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
    this.rows.clear();
    this.bodySlots.clear();
    this.bodySlotList = [];
    this.constituencySlots.clear();
    this.lastUnitRow = undefined;
    for (const election of this.elections.values()) this.ensureRow('election', election.id, undefined);
    for (const body of this.bodies.values()) this.addBodySlot(body);
    for (const c of this.dataset.constituencies) {
      const slot = this.constituencySlots.get(c.id);
      if (slot === undefined) this.constituencySlots.set(c.id, { constituency: c, rows: [], members: [], sorted: true });
      else if (wins(c, slot.constituency!)) slot.constituency = c;
    }
    for (const slot of this.constituencySlots.values()) this.addConstituencyRows(slot, 1);
    if (!this.countNominees(nominees)) return false;
    // Constituency rows hold their own nominees only; add them to the unit, body and election rows above.
    for (const slot of this.constituencySlots.values()) {
      const own = slot.rows[slot.rows.length - 1];
      if (own === undefined || own.nominees === 0) continue;
      for (let i = 0; i < slot.rows.length - 1; i++) addCounts(slot.rows[i]!, own);
    }
    return true;
  }

  private addBodySlot(body: Body): void {
    const rows = [this.ensureRow('body', body.id, body)];
    const election = this.elections.get(body.electionId);
    const electionRow = this.rows.get(compositionKey('election', body.electionId));
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
      members: [],
      sorted: true,
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
    const ids = new StringTable(count, (i) => nominees[i]!.id);
    const byPersonId = new StringTable(count, (i) => nominees[i]!.personId!);
    let byName: StringTable | undefined;
    const bodyIndex = new Int32Array(count).fill(-1);
    const samePerson = new Int32Array(count).fill(-1);
    const ages = new Float64Array(count);
    const { stage } = this.options;
    let lastBodyId: string | undefined;
    let body: BodySlot | undefined;
    let lastConstituencyId: string | undefined;
    let slot: ConstituencySlot | undefined;
    for (let i = 0; i < count; i++) {
      const n = nominees[i]!;
      if (ids.insert(n.id, i) !== -1) return false;
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
        pushMember(slot!, n);
        if (slot!.rows.length > 0 && slot!.constituency!.bodyId === body.body.id) own = slot!.rows[slot!.rows.length - 1];
      }
      if (own !== undefined) addBits(own, bits, 1);
      else for (const row of body.rows) addBits(row, bits, 1);
      pushMember(body, n);
      const prior =
        n.personId !== undefined
          ? byPersonId.insert(n.personId, i)
          : (byName ??= new StringTable(count, (j) => personKey(nominees[j]!))).insert(personKey(n), i);
      if (prior !== -1) {
        samePerson[i] = samePerson[prior] === -1 ? prior : samePerson[prior]!;
        samePerson[prior] = i;
      }
    }
    this.list = nominees;
    this.bodyIndex = bodyIndex;
    this.samePerson = samePerson;
    this.ages = ages;
    return true;
  }

  private slotFor(constituencyId: string): ConstituencySlot {
    let slot = this.constituencySlots.get(constituencyId);
    if (slot === undefined) {
      slot = { constituency: undefined, rows: [], members: [], sorted: true };
      this.constituencySlots.set(constituencyId, slot);
    }
    return slot;
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
    return this.constituencySlots.get(id)?.constituency;
  }

  /** Every constituency with its body, for the checks of constituency scope. */
  forEachConstituency(visit: (c: Constituency, body: Body) => void): void {
    for (const slot of this.constituencySlots.values()) {
      const c = slot.constituency;
      if (c === undefined) continue;
      const body = this.bodies.get(c.bodyId);
      if (body !== undefined) visit(c, body);
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
    return this.constituencySlots.get(constituencyId)?.members.length ?? 0;
  }

  /** Counted nominees of a constituency, in id order unless any order will do. */
  nomineesIn(constituencyId: string, order: NomineeOrder = 'id'): readonly Nominee[] {
    const slot = this.constituencySlots.get(constituencyId);
    return slot === undefined ? NO_NOMINEES : order === 'any' ? slot.members : sortedMembers(slot);
  }

  /** Counted nominees of a body, in id order unless any order will do. */
  nomineesOfBody(bodyId: string, order: NomineeOrder = 'id'): readonly Nominee[] {
    const slot = this.bodySlots.get(bodyId);
    return slot === undefined ? NO_NOMINEES : order === 'any' ? slot.members : sortedMembers(slot);
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
    if (this.bodyIndex !== undefined) {
      for (const slot of this.constituencySlots.values()) sortedMembers(slot);
      for (const slot of this.bodySlots.values()) sortedMembers(slot);
      this.bodyIndex = undefined;
      this.samePerson = undefined;
      this.ages = undefined;
      this.list = [];
    }
    return lookups;
  }

  private isMinority(ethnicity: string): boolean {
    let minority = this.minorities.get(ethnicity);
    if (minority === undefined) this.minorities.set(ethnicity, (minority = isEthnicMinority(ethnicity) === true));
    return minority;
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
    const slot = cid === undefined ? undefined : this.constituencySlots.get(cid);
    if (slot?.constituency?.bodyId === n.nomination.bodyId && slot.rows.length > 0) return slot.rows;
    return this.bodySlots.get(n.nomination.bodyId)?.rows ?? [];
  }

  private ensureRow(scope: CompositionRow['scope'], id: string, body: Body | undefined): CompositionRow {
    const key = compositionKey(scope, id, body?.id);
    // Constituency slots are unique by id, so a constituency row is always new: skip the lookup.
    let row = scope === 'constituency' ? undefined : this.rows.get(key);
    if (row === undefined) {
      const name =
        scope === 'election'
          ? this.elections.get(id)?.name
          : scope === 'body'
            ? body?.name
            : scope === 'unit'
              ? this.units.get(id)?.name
              : this.constituency(id)?.name;
      row = newRow(scope, id, name, body);
      this.rows.set(key, row);
    }
    return row;
  }

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
    const body = c === undefined ? undefined : this.bodySlots.get(c.bodyId);
    if (c === undefined || body === undefined) return;
    const rows =
      sign === -1
        ? slot.rows
        : [
            ...body.rows,
            ...(c.unitId === undefined ? [] : [this.unitRow(c.unitId, body.body)]),
            this.ensureRow('constituency', c.id, body.body),
          ];
    for (const row of rows) {
      row.seats += sign * c.seats;
      row.constituencies += sign;
    }
    if (sign === 1) {
      slot.rows = rows;
      return;
    }
    slot.rows = [];
    this.rows.delete(compositionKey('constituency', c.id));
    const unitKey = c.unitId === undefined ? undefined : compositionKey('unit', c.unitId, body.body.id);
    const unitRow = unitKey === undefined ? undefined : this.rows.get(unitKey);
    const keptForNa =
      body.body.kind === 'national-assembly' && this.units.get(c.unitId ?? '')?.level === 'province';
    if (unitKey !== undefined && unitRow !== undefined && unitRow.constituencies === 0 && !keptForNa) {
      this.rows.delete(unitKey);
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
    if (cid !== undefined) insertSorted(this.slotFor(cid).members, n);
    insertSorted(body.members, n);
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
    const slot = cid === undefined ? undefined : this.constituencySlots.get(cid);
    if (slot !== undefined) {
      removeById(slot.members, n.id);
      if (slot.constituency === undefined && slot.members.length === 0) this.constituencySlots.delete(cid!);
    }
    removeById(body.members, n.id);
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
    const members = [...(this.constituencySlots.get(id)?.members ?? [])];
    for (const n of members) this.removeNomineeCounts(n, lookups);
    const slot = this.slotFor(id);
    this.addConstituencyRows(slot, -1);
    slot.constituency = next;
    this.addConstituencyRows(slot, 1);
    for (const n of members) this.addNomineeCounts(n, lookups);
    if (slot.constituency === undefined && slot.members.length === 0) this.constituencySlots.delete(id);
  }

  /** The current entities as a dataset (collections the engine does not index are passed through). */
  toDataset(): Dataset {
    const sorted = <T extends { id: string }>(items: Iterable<T>): T[] =>
      [...items].sort((a, b) => compareStrings(a.id, b.id));
    const constituencies: Constituency[] = [];
    for (const slot of this.constituencySlots.values()) if (slot.constituency !== undefined) constituencies.push(slot.constituency);
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
