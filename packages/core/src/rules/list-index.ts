/**
 * The lists of a dataset that nominees are counted into: each election, body, unit (one body's nominees in
 * one unit) and constituency, with its composition row, seats and constituencies. Both indexes hold one;
 * they differ only in how they count nominees into it (all at once, or one edit at a time).
 *
 * The election, body and unit rows (a few thousand) are an ordinary Map; the 100,000 constituency rows stay
 * in their slots, found through a preallocated StringTable (see there), and CompositionRows presents both as
 * one map by key.
 */
import { calendarDate } from '../derived/person';
import type { Constituency } from '../model/constituency';
import type { Dataset } from '../model/dataset';
import type { Body, Election } from '../model/election';
import type { Nominee } from '../model/nominee';
import type { IsoDate } from '../model/primitives';
import type { AdministrativeUnit } from '../model/unit';
import { byId, wins } from './by-id';
import { addCounts, newRow } from './composition-counting';
import { compositionKey, type CompositionRow } from './composition';
import { CompositionRows } from './composition-rows';
import type { IndexOptions } from './dataset-index';
import { StringTable } from './string-table';
import { previousTerm } from './terms';

/** A body that exists: the rows its nominees count in when they have no constituency, and its dates. */
export interface BodySlot {
  /** Position in ListIndex.bodySlotList, so an index can keep per-body data in arrays. */
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
 * A constituency id that exists or that a nominee names: the constituency (undefined when missing) and the
 * rows its nominees count in (empty when it or its body is missing). A slot is never deleted: one emptied by
 * an edit has no constituency and no rows, so no check and no report sees it.
 */
export interface ConstituencySlot {
  /** Position in ListIndex.constituencySlots. */
  readonly index: number;
  readonly id: string;
  constituency: Constituency | undefined;
  /** Election, body, unit (when it has one) and constituency rows. */
  rows: readonly CompositionRow[];
}

/** A constituency's own row: the last of its rows, absent while it or its body is missing. */
export function ownRow(slot: ConstituencySlot): CompositionRow | undefined {
  return slot.rows[slot.rows.length - 1];
}

export class ListIndex {
  readonly elections: Map<string, Election>;
  readonly bodies: Map<string, Body>;
  readonly units: Map<string, AdministrativeUnit>;
  /** Election, body and unit rows by key; the constituency rows stay in their slots. */
  private readonly otherRows = new Map<string, CompositionRow>();
  readonly rows: CompositionRows;
  private readonly bodySlots = new Map<string, BodySlot>();
  readonly bodySlotList: BodySlot[] = [];
  readonly constituencySlots: ConstituencySlot[] = [];
  private readonly slotIds: StringTable;
  /** Constituencies come grouped by body and unit: the last ones are kept instead of looked up again. */
  private lastBodySlot: BodySlot | undefined;
  private lastUnitRow: CompositionRow | undefined;

  constructor(
    readonly dataset: Dataset,
    readonly options: IndexOptions,
  ) {
    this.elections = byId(dataset.elections);
    this.bodies = byId(dataset.bodies);
    this.units = byId(dataset.administrativeUnits);
    this.rows = new CompositionRows(this.otherRows, {
      constituencyRow: (id) => {
        const slot = this.slotOf(id);
        return slot === undefined ? undefined : ownRow(slot);
      },
      constituencyRows: () => this.constituencyRows(),
    });
    const { constituencies } = dataset;
    this.slotIds = new StringTable(constituencies.length, (i) => this.constituencySlots[i]!.id);
    for (const election of this.elections.values()) this.ensureRow('election', election.id, undefined);
    for (const body of this.bodies.values()) this.addBodySlot(body);
    // Indexed loops over the 100,000 constituencies: this runs once per validate(), often before V8 optimises
    // it, and unoptimised for...of allocates an iterator result per element.
    for (let i = 0; i < constituencies.length; i++) {
      const c = constituencies[i]!;
      const existing = this.slotIds.insert(c.id, this.constituencySlots.length);
      if (existing === -1) this.addSlot(c.id, c);
      else if (wins(c, this.constituencySlots[existing]!.constituency!)) this.constituencySlots[existing]!.constituency = c;
    }
    const slots = this.constituencySlots;
    for (let i = 0; i < slots.length; i++) this.addConstituencyRows(slots[i]!, 1);
  }

  bodySlot(bodyId: string): BodySlot | undefined {
    return this.bodySlots.get(bodyId);
  }

  slotOf(constituencyId: string): ConstituencySlot | undefined {
    const i = this.slotIds.find(constituencyId);
    return i < 0 ? undefined : this.constituencySlots[i];
  }

  /** The slot of a constituency id, made (without a constituency) when a nominee names a missing one. */
  slotFor(constituencyId: string): ConstituencySlot {
    const found = this.slotOf(constituencyId);
    if (found !== undefined) return found;
    this.slotIds.insert(constituencyId, this.constituencySlots.length);
    return this.addSlot(constituencyId, undefined);
  }

  constituency(id: string): Constituency | undefined {
    return this.slotOf(id)?.constituency;
  }

  isCounted(n: Nominee): boolean {
    const { stage } = this.options;
    return (
      n.nomination.status === 'active' &&
      (stage === undefined || n.nomination.stage === stage) &&
      this.bodySlots.has(n.nomination.bodyId)
    );
  }

  /** The rows a counted nominee counts in: its constituency's, or its body's when it has no valid one. */
  rowsOf(n: Nominee): readonly CompositionRow[] {
    const cid = n.nomination.constituencyId;
    const slot = cid === undefined ? undefined : this.slotOf(cid);
    if (slot?.constituency?.bodyId === n.nomination.bodyId && slot.rows.length > 0) return slot.rows;
    return this.bodySlots.get(n.nomination.bodyId)?.rows ?? [];
  }

  /**
   * Replaces or removes a constituency: its seats leave the rows above and the new one's join. The caller
   * takes its nominees' counts out first and counts them again after (the rows they count in change).
   */
  setConstituency(slot: ConstituencySlot, next: Constituency | undefined): void {
    this.addConstituencyRows(slot, -1);
    slot.constituency = next;
    this.addConstituencyRows(slot, 1);
  }

  /**
   * For an index that counted each nominee in its constituency's own row only: adds those counts to the
   * unit, body and election rows above. Once, after counting, or the counts are doubled.
   */
  addConstituencyCountsUpwards(): void {
    const slots = this.constituencySlots;
    for (let s = 0; s < slots.length; s++) {
      const slot = slots[s]!;
      const own = ownRow(slot);
      if (own === undefined || own.nominees === 0) continue;
      for (let i = 0; i < slot.rows.length - 1; i++) addCounts(slot.rows[i]!, own);
    }
  }

  /** Every constituency whose body exists, with that body and its slot. */
  forEachConstituency(visit: (c: Constituency, body: Body, slot: ConstituencySlot) => void): void {
    for (const slot of this.constituencySlots) {
      const c = slot.constituency;
      if (c === undefined) continue;
      const body = this.bodies.get(c.bodyId);
      if (body !== undefined) visit(c, body, slot);
    }
  }

  /** The constituencies that exist, one per id. */
  constituencies(): Constituency[] {
    const out: Constituency[] = [];
    for (const slot of this.constituencySlots) if (slot.constituency !== undefined) out.push(slot.constituency);
    return out;
  }

  /** Every composition row, for the report, in an array sized once. */
  allRows(): CompositionRow[] {
    const slots = this.constituencySlots;
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

  unitRows(): CompositionRow[] {
    const out: CompositionRow[] = [];
    for (const row of this.otherRows.values()) if (row.scope === 'unit') out.push(row);
    return out;
  }

  /** Appends a slot whose id the table already maps to the next position. */
  private addSlot(id: string, constituency: Constituency | undefined): ConstituencySlot {
    const slot: ConstituencySlot = { index: this.constituencySlots.length, id, constituency, rows: [] };
    this.constituencySlots.push(slot);
    return slot;
  }

  private addBodySlot(body: Body): void {
    const rows = [this.ensureRow('body', body.id, body)];
    const election = this.elections.get(body.electionId);
    const electionRow = this.otherRows.get(compositionKey('election', body.electionId));
    if (electionRow !== undefined) rows.unshift(electionRow);
    const electionDay = election?.electionDay;
    const ageDate = this.options.asOf ?? electionDay;
    const slot: BodySlot = {
      index: this.bodySlotList.length,
      body,
      rows,
      electionDay,
      ageDate,
      packedAgeDate: calendarDate(ageDate ?? ''),
      previousTerm: previousTerm(body.term),
    };
    this.bodySlots.set(body.id, slot);
    this.bodySlotList.push(slot);
    // The NA has a list in every province, even one nobody has filled yet (its minimum seats still apply).
    if (body.kind === 'national-assembly') {
      for (const unit of this.units.values()) if (unit.level === 'province') this.ensureRow('unit', unit.id, body);
    }
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

  private unitRow(unitId: string, body: Body): CompositionRow {
    const last = this.lastUnitRow;
    if (last !== undefined && last.id === unitId && last.bodyId === body.id) return last;
    return (this.lastUnitRow = this.ensureRow('unit', unitId, body));
  }

  /** The constituency rows, one per constituency whose body exists. */
  private *constituencyRows(): Generator<CompositionRow> {
    for (const slot of this.constituencySlots) {
      const own = ownRow(slot);
      if (own !== undefined) yield own;
    }
  }

  /** Adds (or takes out) a constituency's seats and its rows; nothing happens when it or its body is missing. */
  private addConstituencyRows(slot: ConstituencySlot, sign: 1 | -1): void {
    const c = slot.constituency;
    if (c === undefined) return;
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
    // A unit row left without constituencies goes, unless it is a province's NA list (kept, see addBodySlot).
    const unitKey = c.unitId === undefined ? undefined : compositionKey('unit', c.unitId, body.body.id);
    const unitRow = unitKey === undefined ? undefined : this.otherRows.get(unitKey);
    const keptForNa =
      body.body.kind === 'national-assembly' && this.units.get(c.unitId ?? '')?.level === 'province';
    if (unitKey !== undefined && unitRow !== undefined && unitRow.constituencies === 0 && !keptForNa) {
      this.otherRows.delete(unitKey);
      if (this.lastUnitRow === unitRow) this.lastUnitRow = undefined;
    }
  }
}
