/**
 * Composition counts (cơ cấu, thành phần) per scope, computed in one pass over the nominees. Every quota
 * rule reads them, and dashboards and exports reuse the same table, so a share is never counted twice in two
 * slightly different ways.
 */
import type { BodyKind } from '../model/election';

/** The scopes a composition row can describe (a nominee is not a list). */
export type CompositionScope = 'election' | 'body' | 'unit' | 'constituency';
export const COMPOSITION_SCOPES: readonly CompositionScope[] = ['election', 'body', 'unit', 'constituency'];

/** The attributes counted for every list; each is a number of nominees. */
export const COMPOSITION_COUNTS = [
  'women',
  'ethnicMinority',
  'nonParty',
  'young',
  'incumbents',
  'selfNominated',
  'central',
  'local',
  'fullTime',
] as const;
export type CompositionCount = (typeof COMPOSITION_COUNTS)[number];

export type CompositionCounts = Record<CompositionCount, number>;

/** One list: the election as a whole, one body, one body's nominees in one unit, or one constituency. */
export interface CompositionRow extends CompositionCounts {
  readonly scope: CompositionScope;
  readonly id: string;
  readonly name?: string;
  /** The body of the list (absent for an election row). */
  readonly bodyId?: string;
  readonly bodyKind?: BodyKind;
  /** Counted nominees (active, at the stage validated). */
  nominees: number;
  /** Seats of the constituencies in the list. */
  seats: number;
  /** Constituencies in the list. */
  constituencies: number;
}

/** Rows by key; see compositionKey. */
export type Composition = ReadonlyMap<string, CompositionRow>;

/** Key of a row. Ids are opaque (they may contain "/" or ":"), so a unit's pair is JSON-encoded. */
export function compositionKey(scope: CompositionScope, id: string, bodyId?: string): string {
  return scope === 'unit' ? `unit:${JSON.stringify([bodyId ?? '', id])}` : `${scope}:${id}`;
}

export function emptyCounts(): CompositionCounts {
  return {
    women: 0,
    ethnicMinority: 0,
    nonParty: 0,
    young: 0,
    incumbents: 0,
    selfNominated: 0,
    central: 0,
    local: 0,
    fullTime: 0,
  };
}

/**
 * A nominee's attributes as bits, so the state keeps one number per nominee (not an object) and adding it
 * to a row is a handful of integer operations: this is the inner loop of every validation.
 */
export const BIT = {
  women: 1,
  ethnicMinority: 2,
  nonParty: 4,
  young: 8,
  incumbents: 16,
  selfNominated: 32,
  central: 64,
  local: 128,
  fullTime: 256,
} as const satisfies Record<CompositionCount, number>;

/** Adds (sign 1) or removes (sign -1) one nominee's attribute bits to a row. */
export function addBits(row: CompositionRow, bits: number, sign: 1 | -1): void {
  row.nominees += sign;
  if (bits & BIT.women) row.women += sign;
  if (bits & BIT.ethnicMinority) row.ethnicMinority += sign;
  if (bits & BIT.nonParty) row.nonParty += sign;
  if (bits & BIT.young) row.young += sign;
  if (bits & BIT.incumbents) row.incumbents += sign;
  if (bits & BIT.selfNominated) row.selfNominated += sign;
  if (bits & BIT.central) row.central += sign;
  if (bits & BIT.local) row.local += sign;
  if (bits & BIT.fullTime) row.fullTime += sign;
}

const SCOPE_ORDER: Readonly<Record<CompositionScope, number>> = { election: 0, body: 1, unit: 2, constituency: 3 };

/** Stable order of a composition table: scope, body, id. */
export function compareRows(a: CompositionRow, b: CompositionRow): number {
  return (
    SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] ||
    compareStrings(a.bodyId ?? '', b.bodyId ?? '') ||
    compareStrings(a.id, b.id)
  );
}

/**
 * Rows in compareRows order. Equal to rows.sort(compareRows), but sorts groups (scope, then body) and then
 * each group's ids: a national table has 100,000 constituency rows in a few thousand bodies, and sorting each
 * body's few dozen ids costs a third of the comparisons of one sort over all of them.
 */
/** Ids are unique within one scope and body (one row per list), so one comparison orders them. */
const byId = (a: CompositionRow, b: CompositionRow): number => (a.id < b.id ? -1 : 1);

export function sortRows(rows: readonly CompositionRow[]): CompositionRow[] {
  // Per scope, rows by body id (the rows' own strings, so no key is built per row). Indexed loops and an
  // output sized once: this runs once per validate(), often unoptimised, over 100,000 rows.
  const scopes = [0, 1, 2, 3].map(() => new Map<string, CompositionRow[]>());
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const groups = scopes[SCOPE_ORDER[row.scope]]!;
    const key = row.bodyId ?? '';
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  const out = new Array<CompositionRow>(rows.length);
  let next = 0;
  for (const groups of scopes) {
    for (const key of [...groups.keys()].sort(compareStrings)) {
      const group = groups.get(key)!.sort(byId);
      for (let i = 0; i < group.length; i++) out[next++] = group[i]!;
    }
  }
  return out;
}

/** Code-unit order, the same in every locale and engine (localeCompare is not). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Share of a count in a row, 0 when the list is empty. */
export function shareOf(row: CompositionRow, count: CompositionCount): number {
  return row.nominees === 0 ? 0 : row[count] / row.nominees;
}
