/**
 * The indexed dataset a validation runs on: entities by id, counted nominees by constituency, body and
 * person, and the composition rows. It supports adding and removing nominees and constituencies, so the
 * incremental validator updates counts in place instead of recounting 500,000 nominees for one edit.
 *
 * Built for the national scale: each nominee costs one number (its attribute bits) and a few index entries,
 * and the rows a nominee counts in are looked up once per constituency, not rebuilt per nominee.
 */
import { ageOn, isIncumbent, isPartyMember, personKey } from '../derived/person';
import { isEthnicMinority } from '../ethnicity/resolve';
import type { Constituency } from '../model/constituency';
import type { Dataset } from '../model/dataset';
import type { Body, Election } from '../model/election';
import type { Nominee, NomineeStage } from '../model/nominee';
import type { IsoDate } from '../model/primitives';
import type { AdministrativeUnit } from '../model/unit';
import { addBits, BIT, compositionKey, compareStrings, emptyCounts, type CompositionRow } from './composition';
import { previousTerm } from './terms';
import type { CompositionSettings } from './types';

export interface StateOptions {
  readonly settings: CompositionSettings;
  readonly stage: NomineeStage | undefined;
  readonly asOf: IsoDate | undefined;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  // With duplicate ids (an integrity problem checkDataset reports) the smallest row wins, whatever the order,
  // so the report does not depend on row order.
  for (const item of items) {
    const existing = map.get(item.id);
    if (existing === undefined || JSON.stringify(item) < JSON.stringify(existing)) map.set(item.id, item);
  }
  return map;
}

/**
 * A multimap whose values are mostly one nominee (a person's nominations): the nominee itself until a second
 * arrives, then an array. Holding the objects, not ids, saves a lookup per read on 500,000 nominees.
 */
export type NomineeList = Nominee | Nominee[];

/** Adds a nominee keeping each array in id order, so readers never sort (input in id order only appends). */
function addTo(map: Map<string, NomineeList>, key: string, n: Nominee): void {
  const current = map.get(key);
  if (current === undefined) {
    map.set(key, n);
    return;
  }
  if (!Array.isArray(current)) {
    map.set(key, current.id < n.id ? [current, n] : [n, current]);
    return;
  }
  if (current[current.length - 1]!.id < n.id) {
    current.push(n);
    return;
  }
  let lo = 0;
  let hi = current.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (current[mid]!.id < n.id) lo = mid + 1;
    else hi = mid;
  }
  current.splice(lo, 0, n);
}

function removeFrom(map: Map<string, NomineeList>, key: string, id: string): void {
  const current = map.get(key);
  if (current === undefined) return;
  if (!Array.isArray(current)) {
    if (current.id === id) map.delete(key);
    return;
  }
  const i = current.findIndex((n) => n.id === id);
  if (i >= 0) current.splice(i, 1);
  if (current.length === 1) map.set(key, current[0]!);
  else if (current.length === 0) map.delete(key);
}

export function idsOf(list: NomineeList | undefined): string[] {
  return list === undefined ? [] : Array.isArray(list) ? list.map((n) => n.id) : [list.id];
}

const NO_NOMINEES: readonly Nominee[] = Object.freeze([]);

/**
 * Ages by date and date of birth, shared by every validation in the process: a national dataset has a few
 * thousand distinct birth dates, and date arithmetic on each of 500,000 nominees would cost more than all the
 * rules. Bounded: cleared when it grows past AGE_MEMO_LIMIT entries.
 */
const AGE_MEMO = new Map<string, Map<string, number>>();
const AGE_MEMO_LIMIT = 200_000;
let ageMemoSize = 0;

export class ValidationState {
  readonly elections: Map<string, Election>;
  readonly bodies: Map<string, Body>;
  readonly units: Map<string, AdministrativeUnit>;
  readonly constituencies: Map<string, Constituency>;
  readonly nominees: Map<string, Nominee>;
  readonly rows = new Map<string, CompositionRow>();
  /** Counted nominees (active, at the stage) by constituency id, body id and person key. */
  readonly byConstituency = new Map<string, NomineeList>();
  readonly byBody = new Map<string, NomineeList>();
  /** By personId when given, else by name and date of birth (personKey without its prefix). */
  readonly byPersonId = new Map<string, NomineeList>();
  readonly byPersonName = new Map<string, NomineeList>();
  /** The rows a nominee of a constituency (or, without one, of a body) counts in. */
  private readonly constituencyRows = new Map<string, CompositionRow[]>();
  private readonly bodyRows = new Map<string, CompositionRow[]>();
  private lastAgeDate: string | undefined;
  private lastAges: Map<string, number> | undefined;
  private readonly minorities = new Map<string, boolean>();
  private readonly previousTerms = new Map<string, string | undefined>();

  constructor(
    readonly dataset: Dataset,
    readonly options: StateOptions,
  ) {
    this.elections = byId(dataset.elections);
    this.bodies = byId(dataset.bodies);
    this.units = byId(dataset.administrativeUnits);
    this.constituencies = byId(dataset.constituencies);
    this.nominees = byId(dataset.nominees);
    for (const election of this.elections.values()) this.ensureRow('election', election.id, undefined);
    for (const body of this.bodies.values()) {
      const rows = [this.ensureRow('body', body.id, body)];
      const election = this.rows.get(compositionKey('election', body.electionId));
      if (election !== undefined) rows.unshift(election);
      this.bodyRows.set(body.id, rows);
      // The NA has a list in every province, even one nobody has filled yet (its minimum seats still apply).
      if (body.kind === 'national-assembly') {
        for (const unit of this.units.values()) if (unit.level === 'province') this.ensureRow('unit', unit.id, body);
      }
    }
    for (const c of this.constituencies.values()) this.addConstituencyRows(c, 1);
    for (const n of this.nominees.values()) this.addNomineeCounts(n);
  }

  isCounted(n: Nominee): boolean {
    return (
      n.nomination.status === 'active' &&
      (this.options.stage === undefined || n.nomination.stage === this.options.stage) &&
      this.bodies.has(n.nomination.bodyId)
    );
  }

  electionDayOf(bodyId: string): IsoDate | undefined {
    const body = this.bodies.get(bodyId);
    return body === undefined ? undefined : this.elections.get(body.electionId)?.electionDay;
  }

  ageDate(bodyId: string): IsoDate | undefined {
    return this.options.asOf ?? this.electionDayOf(bodyId);
  }

  /** Age in whole years on a date, cached per date and date of birth (a few thousand distinct pairs). */
  ageAt(n: Nominee, date: IsoDate): number {
    // Nearly every call is for the same date: keep its table at hand.
    let byBirth = date === this.lastAgeDate ? this.lastAges : AGE_MEMO.get(date);
    if (byBirth === undefined) AGE_MEMO.set(date, (byBirth = new Map()));
    this.lastAgeDate = date;
    this.lastAges = byBirth;
    let age = byBirth.get(n.person.dateOfBirth);
    if (age === undefined) {
      if (ageMemoSize >= AGE_MEMO_LIMIT) {
        for (const table of AGE_MEMO.values()) table.clear();
        ageMemoSize = 0;
      }
      byBirth.set(n.person.dateOfBirth, (age = ageOn(n.person, date)));
      ageMemoSize++;
    }
    return age;
  }

  ageOf(n: Nominee): number | undefined {
    const date = this.ageDate(n.nomination.bodyId);
    return date === undefined ? undefined : this.ageAt(n, date);
  }

  /** The index and key of a nominee's person: no string is built when the personId is given. */
  private personIndex(n: Nominee): [Map<string, NomineeList>, string] {
    return n.personId !== undefined ? [this.byPersonId, n.personId] : [this.byPersonName, personKey(n)];
  }

  /** Every counted nomination of the nominee's person. */
  nominationsOfPerson(n: Nominee): NomineeList | undefined {
    const [map, key] = this.personIndex(n);
    return map.get(key);
  }

  private isMinority(ethnicity: string): boolean {
    let minority = this.minorities.get(ethnicity);
    if (minority === undefined) this.minorities.set(ethnicity, (minority = isEthnicMinority(ethnicity) === true));
    return minority;
  }

  private previousTermOf(body: Body): string | undefined {
    if (!this.previousTerms.has(body.term)) this.previousTerms.set(body.term, previousTerm(body.term));
    return this.previousTerms.get(body.term);
  }

  private bitsOf(n: Nominee, body: Body): number {
    const { person, nomination } = n;
    let bits = 0;
    if (person.gender === 'female') bits |= BIT.women;
    if (this.isMinority(person.ethnicity)) bits |= BIT.ethnicMinority;
    if (!isPartyMember(person)) bits |= BIT.nonParty;
    const age = this.ageOf(n);
    if (age !== undefined && age < this.options.settings.youngUnderAge) bits |= BIT.young;
    if (person.incumbencies.length > 0) {
      const previous = this.previousTermOf(body);
      if (previous !== undefined && isIncumbent(person, previous, body.kind)) bits |= BIT.incumbents;
    }
    if (nomination.origin === 'self') bits |= BIT.selfNominated;
    else if (nomination.origin === 'central') bits |= BIT.central;
    else bits |= BIT.local;
    if (nomination.fullTime === true) bits |= BIT.fullTime;
    return bits;
  }

  /** The rows a counted nominee belongs to: its election, body, unit and constituency lists. */
  private rowsOf(n: Nominee): readonly CompositionRow[] {
    const cid = n.nomination.constituencyId;
    if (cid !== undefined) {
      const c = this.constituencies.get(cid);
      if (c !== undefined && c.bodyId === n.nomination.bodyId) return this.constituencyRows.get(cid) ?? [];
    }
    return this.bodyRows.get(n.nomination.bodyId) ?? [];
  }

  private ensureRow(scope: CompositionRow['scope'], id: string, body: Body | undefined): CompositionRow {
    const key = compositionKey(scope, id, body?.id);
    let row = this.rows.get(key);
    if (row === undefined) {
      const name =
        scope === 'election'
          ? this.elections.get(id)?.name
          : scope === 'body'
            ? body?.name
            : scope === 'unit'
              ? this.units.get(id)?.name
              : this.constituencies.get(id)?.name;
      row = {
        scope,
        id,
        ...(name === undefined ? {} : { name }),
        ...(body === undefined ? {} : { bodyId: body.id, bodyKind: body.kind }),
        nominees: 0,
        seats: 0,
        constituencies: 0,
        ...emptyCounts(),
      };
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

  private addConstituencyRows(c: Constituency, sign: 1 | -1): void {
    const body = this.bodies.get(c.bodyId);
    if (body === undefined) return;
    const rows = [...(this.bodyRows.get(body.id) ?? [])];
    if (c.unitId !== undefined) rows.push(this.unitRow(c.unitId, body));
    rows.push(this.ensureRow('constituency', c.id, body));
    for (const row of rows) {
      row.seats += sign * c.seats;
      row.constituencies += sign;
    }
    if (sign === 1) {
      this.constituencyRows.set(c.id, rows);
      return;
    }
    this.constituencyRows.delete(c.id);
    this.rows.delete(compositionKey('constituency', c.id));
    const unitKey = c.unitId === undefined ? undefined : compositionKey('unit', c.unitId, body.id);
    const unitRow = unitKey === undefined ? undefined : this.rows.get(unitKey);
    const keptForNa = body.kind === 'national-assembly' && this.units.get(c.unitId ?? '')?.level === 'province';
    if (unitKey !== undefined && unitRow !== undefined && unitRow.constituencies === 0 && !keptForNa) {
      this.rows.delete(unitKey);
      if (this.lastUnitRow === unitRow) this.lastUnitRow = undefined;
    }
  }

  private addNomineeCounts(n: Nominee): void {
    if (!this.isCounted(n)) return;
    const body = this.bodies.get(n.nomination.bodyId)!;
    const bits = this.bitsOf(n, body);
    for (const row of this.rowsOf(n)) addBits(row, bits, 1);
    if (n.nomination.constituencyId !== undefined) addTo(this.byConstituency, n.nomination.constituencyId, n);
    addTo(this.byBody, body.id, n);
    const [people, key] = this.personIndex(n);
    addTo(people, key, n);
  }

  /**
   * Takes a nominee's counts out. Nothing it was counted with has changed since it was added (its rows are
   * unchanged, see setConstituency; bodies, elections and settings changes rebuild the state), so its bits
   * and rows are computed again rather than stored: one number less per nominee on 500,000.
   */
  private removeNomineeCounts(n: Nominee): void {
    if (!this.isCounted(n)) return;
    const bits = this.bitsOf(n, this.bodies.get(n.nomination.bodyId)!);
    for (const row of this.rowsOf(n)) addBits(row, bits, -1);
    if (n.nomination.constituencyId !== undefined) removeFrom(this.byConstituency, n.nomination.constituencyId, n.id);
    removeFrom(this.byBody, n.nomination.bodyId, n.id);
    const [people, key] = this.personIndex(n);
    removeFrom(people, key, n.id);
  }

  upsertNominee(n: Nominee): void {
    const old = this.nominees.get(n.id);
    if (old !== undefined) this.removeNomineeCounts(old);
    this.nominees.set(n.id, n);
    this.addNomineeCounts(n);
  }

  removeNominee(id: string): void {
    const old = this.nominees.get(id);
    if (old === undefined) return;
    this.removeNomineeCounts(old);
    this.nominees.delete(id);
  }

  /** Replaces or removes a constituency; its nominees are taken out and counted again against the new one. */
  setConstituency(id: string, next: Constituency | undefined): void {
    const list = this.byConstituency.get(id);
    const members = list === undefined ? [] : Array.isArray(list) ? [...list] : [list];
    for (const n of members) this.removeNomineeCounts(n);
    const old = this.constituencies.get(id);
    if (old !== undefined) this.addConstituencyRows(old, -1);
    if (next === undefined) this.constituencies.delete(id);
    else {
      this.constituencies.set(id, next);
      this.addConstituencyRows(next, 1);
    }
    for (const n of members) this.addNomineeCounts(n);
  }

  /** Nominees of an index entry in id order, so checks see the same order whatever the input's row order. */
  sortedNominees(list: NomineeList | undefined): readonly Nominee[] {
    if (list === undefined) return NO_NOMINEES;
    // Arrays are kept in id order by addTo; callers get them read-only.
    return Array.isArray(list) ? list : [list];
  }

  /** The current entities as a dataset (collections the engine does not index are passed through). */
  toDataset(): Dataset {
    const sorted = <T extends { id: string }>(m: Map<string, T>): T[] =>
      [...m.values()].sort((a, b) => compareStrings(a.id, b.id));
    return {
      ...this.dataset,
      elections: sorted(this.elections),
      bodies: sorted(this.bodies),
      administrativeUnits: sorted(this.units),
      constituencies: sorted(this.constituencies),
      nominees: sorted(this.nominees),
    };
  }
}
