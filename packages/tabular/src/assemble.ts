/**
 * Turns decoded rows into one Dataset: the election, the bodies, the provinces (and council units), the
 * constituencies and the nominees, with deterministic ids (see ids.ts) and a canonical order, so that the same
 * rows in any file order give the same entities and a written-then-read dataset compares equal to the original.
 */
import type {
  AdministrativeUnit,
  Body,
  BodyKind,
  Constituency,
  DatasetInput,
  Election,
  NominatingOrganization,
  NomineeInput,
  UnitKind,
} from '@ungcu/core';
import { type ImportElection, type NomineeRecord, type RowPlace, importedElection } from '@ungcu/core/export';
import { type AdminUnitKind, comparisonKey, normalizeText, parseAdminUnitName, vietnameseNameSortKey } from '@ungcu/core/text';
import { IdAllocator, slug } from './ids';
import { cachedAdminUnitKey } from './memo';

/** Where each entity was first read, to place schema errors on a row. */
export interface Assembled {
  readonly data: Required<Pick<DatasetInput, 'elections' | 'bodies' | 'administrativeUnits' | 'constituencies' | 'nominatingOrganizations' | 'nominees'>>;
  /** The caller's to consume: the import engine deletes each entity's place once it has parsed the entity. */
  readonly places: Map<object, RowPlace>;
}

/** A constituency row that disagrees with an earlier row of the same constituency. */
export interface ConstituencyConflict {
  readonly record: NomineeRecord;
  readonly first: NomineeRecord;
  readonly field: 'seats' | 'description' | 'declaredCandidates';
}

const BODY_ORDER: readonly BodyKind[] = ['national-assembly', 'provincial-council', 'district-council', 'commune-council'];
const BODY_SHORT: Readonly<Record<BodyKind, string>> = {
  'national-assembly': 'na',
  'provincial-council': 'hdnd-tinh',
  'district-council': 'hdnd-huyen',
  'commune-council': 'hdnd-xa',
};

function normalizeTerm(term: string): string {
  return normalizeText(term).replace(/\s*[-–—]\s*/gu, '-').toUpperCase();
}

/** The unit kind a name's prefix states, as the model's UnitKind at a given level. */
function unitKindOf(kind: AdminUnitKind | undefined, level: AdministrativeUnit['level']): UnitKind | undefined {
  if (kind === undefined) return undefined;
  if (kind === 'city') return level === 'province' ? 'city' : 'provincial-city';
  return kind;
}

/** The spelling written most often (ties: the smallest text), so the choice does not depend on row order. */
function preferredSpelling(counts: Map<string, number>): string {
  let best: [string, number] | undefined;
  for (const entry of counts) {
    if (best === undefined || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  return best![0];
}

function unitEntity(
  id: string,
  spelling: string,
  level: AdministrativeUnit['level'],
  parentId?: string,
): AdministrativeUnit {
  const parsed = parseAdminUnitName(spelling);
  const kind = unitKindOf(parsed.kind, level);
  return {
    id,
    name: parsed.name,
    ...(parsed.kind === undefined ? {} : { fullName: spelling }),
    level,
    ...(kind === undefined ? {} : { kind }),
    ...(parentId === undefined ? {} : { parentId }),
  };
}

/** A nominee with the fields it is sorted by. */
interface NomineeEntry {
  readonly nominee: NomineeInput;
  readonly constituencyRank: number;
  readonly listNumber: number;
  readonly nameKey: string;
  readonly id: string;
}

interface UnitSlot {
  readonly key: string;
  readonly level: AdministrativeUnit['level'];
  readonly provinceKey?: string;
  readonly spellings: Map<string, number>;
  readonly rank: number;
  readonly place: RowPlace;
}

/**
 * Builds the entities from the decoded records. `identities`, when given, holds each record's
 * personIdentity (the import engine has worked them out for its duplicate check).
 */
export function assemble(
  records: readonly NomineeRecord[],
  electionInput: ImportElection,
  onConflict: (conflict: ConstituencyConflict) => void,
  identities: readonly string[] = records.map(personIdentity),
): Assembled {
  const places = new Map<object, RowPlace>();
  const ids = new IdAllocator();
  const election: Election = importedElection(electionInput);

  // 1. Units: one per province key, one per council unit key within its province.
  const units = new Map<string, UnitSlot>();
  const noteUnit = (key: string, spelling: string, level: AdministrativeUnit['level'], place: RowPlace, provinceKey?: string) => {
    const slot =
      units.get(key) ??
      ({ key, level, spellings: new Map(), rank: units.size, place, ...(provinceKey === undefined ? {} : { provinceKey }) } as UnitSlot);
    slot.spellings.set(spelling, (slot.spellings.get(spelling) ?? 0) + 1);
    units.set(key, slot);
  };
  // Each record's unit keys, worked out once: the steps below need them several times per record.
  const provinceKeys = records.map((r) => `p:${cachedAdminUnitKey(r.province)}`);
  const councilKeys = records.map((r, i) =>
    r.councilUnit === undefined ? undefined : `${provinceKeys[i]}/${r.body.kind}:${cachedAdminUnitKey(r.councilUnit)}`,
  );
  records.forEach((r, i) => {
    const provinceKey = provinceKeys[i]!;
    noteUnit(provinceKey, normalizeText(r.province), 'province', r.place);
    const councilKey = councilKeys[i];
    if (councilKey !== undefined && r.councilUnit !== undefined) {
      noteUnit(councilKey, normalizeText(r.councilUnit), r.body.kind === 'district-council' ? 'district' : 'commune', r.place, provinceKey);
    }
  });
  const unitSpelling = new Map([...units.values()].map((u) => [u.key, preferredSpelling(u.spellings)]));
  const bareName = (key: string) => parseAdminUnitName(unitSpelling.get(key)!).name;
  for (const u of units.values()) ids.register(u.provinceKey ?? 'province', bareName(u.key), u.key);
  const unitIds = new Map<string, string>();
  for (const u of units.values()) {
    if (u.provinceKey === undefined) unitIds.set(u.key, `province-${ids.id('province', bareName(u.key), u.key)}`);
  }
  for (const u of units.values()) {
    if (u.provinceKey !== undefined) {
      unitIds.set(u.key, `${unitIds.get(u.provinceKey)}/${ids.id(u.provinceKey, bareName(u.key), u.key)}`);
    }
  }
  const unitEntities = [...units.values()]
    .sort((a, b) => Number(a.provinceKey !== undefined) - Number(b.provinceKey !== undefined) || (a.provinceKey === undefined ? a.rank - b.rank : cmp(unitIds.get(a.key)!, unitIds.get(b.key)!)))
    .map((u) => {
      const entity = unitEntity(
        unitIds.get(u.key)!,
        unitSpelling.get(u.key)!,
        u.level,
        u.provinceKey === undefined ? undefined : unitIds.get(u.provinceKey),
      );
      places.set(entity, u.place);
      return entity;
    });
  const unitRank = new Map(unitEntities.map((u, i) => [u.id, i]));
  const unitById = new Map(unitEntities.map((u) => [u.id, u]));

  // 2. Bodies: kind + term (+ the unit of a council).
  interface BodySlot { id: string; kind: BodyKind; term: string; unitId?: string; seats: number; place: RowPlace }
  const bodies = new Map<string, BodySlot>();
  // A list states its term on every row, in a spelling or two: each spelling is normalised once.
  const terms = new Map<string, string>();
  const termOf = (written: string): string => {
    let term = terms.get(written);
    if (term === undefined) {
      term = normalizeTerm(written);
      terms.set(written, term);
    }
    return term;
  };
  // Rows come grouped (a list is written body by body, constituency by constituency), so the slot of the row
  // before is checked first: the same kind, term and unit key find the same slot as the key would.
  let last: { kind: BodyKind; written: string; unitKey: string | undefined; slot: BodySlot } | undefined;
  const bodyOf = (r: NomineeRecord, i: number): BodySlot => {
    const unitKey = r.body.kind === 'national-assembly' ? undefined : r.body.kind === 'provincial-council' ? provinceKeys[i] : councilKeys[i];
    if (last !== undefined && last.kind === r.body.kind && last.written === r.body.term && last.unitKey === unitKey) return last.slot;
    const slot = bodySlot(r, unitKey);
    last = { kind: r.body.kind, written: r.body.term, unitKey, slot };
    return slot;
  };
  const bodySlot = (r: NomineeRecord, unitKey: string | undefined): BodySlot => {
    const term = termOf(r.body.term);
    const unitId = unitKey === undefined ? undefined : unitIds.get(unitKey);
    const key = `${r.body.kind}|${term}|${unitId ?? ''}`;
    let slot = bodies.get(key);
    if (slot === undefined) {
      const suffix = unitId === undefined ? '' : `-${unitId}`;
      slot = {
        id: `${election.id}/${BODY_SHORT[r.body.kind]}-${slug(term)}${suffix}`,
        kind: r.body.kind,
        term,
        ...(unitId === undefined ? {} : { unitId }),
        seats: 0,
        place: r.place,
      };
      bodies.set(key, slot);
    }
    return slot;
  };

  // 3. Constituencies: body + province + number; the first row states seats and description, later rows agree.
  interface ConstituencySlot { entity: Constituency; first: NomineeRecord; body: BodySlot }
  const constituencies = new Map<string, ConstituencySlot>();
  const recordConstituency: (ConstituencySlot | undefined)[] = [];
  const bodyOfRecord = records.map(bodyOf);
  // As for bodies, the constituency of the row before is checked first: the same body, province and number.
  let lastConstituency: { body: BodySlot; provinceKey: string; number: number; slot: ConstituencySlot } | undefined;
  records.forEach((r, i) => {
    const body = bodyOfRecord[i]!;
    recordConstituency.push(undefined);
    const c = r.constituency;
    if (c === undefined) return;
    const provinceKey = provinceKeys[i]!;
    const sameAsLast =
      lastConstituency !== undefined &&
      lastConstituency.body === body &&
      lastConstituency.provinceKey === provinceKey &&
      lastConstituency.number === c.number;
    let slot = sameAsLast ? lastConstituency!.slot : undefined;
    if (slot === undefined) {
      const provinceId = unitIds.get(provinceKey)!;
      const key = `${body.id}|${provinceId}|${c.number}`;
      slot = constituencies.get(key);
      if (slot === undefined) {
        const entity: Constituency = {
          id: `${body.id}/${provinceId.replace(/^province-/u, '')}-${c.number}`,
          bodyId: body.id,
          unitId: provinceId,
          number: c.number,
          ...(c.description === undefined ? {} : { description: c.description }),
          coveredUnitIds: [],
          seats: c.seats ?? 0,
          ...(c.declaredCandidates === undefined ? {} : { declaredCandidates: c.declaredCandidates }),
        };
        slot = { entity, first: r, body };
        constituencies.set(key, slot);
        body.seats += entity.seats;
        places.set(entity, r.place);
      }
    }
    if (slot.first !== r) {
      const a = slot.first.constituency!;
      if (a.seats !== c.seats) onConflict({ record: r, first: slot.first, field: 'seats' });
      else if (a.declaredCandidates !== c.declaredCandidates) onConflict({ record: r, first: slot.first, field: 'declaredCandidates' });
      else if ((a.description ?? '') !== (c.description ?? '')) onConflict({ record: r, first: slot.first, field: 'description' });
    }
    recordConstituency[i] = slot;
    lastConstituency = { body, provinceKey, number: c.number, slot };
  });

  const bodyEntities: Body[] = [...bodies.values()]
    .sort((a, b) => BODY_ORDER.indexOf(a.kind) - BODY_ORDER.indexOf(b.kind) || cmp(a.term, b.term) || cmp(a.id, b.id))
    .map((b) => {
      const unit = b.unitId === undefined ? undefined : unitById.get(b.unitId);
      const name =
        b.kind === 'national-assembly'
          ? `Quốc hội khóa ${b.term}`
          : `Hội đồng nhân dân ${unit?.fullName ?? unit?.name ?? ''} nhiệm kỳ ${b.term}`;
      const entity: Body = {
        id: b.id,
        electionId: election.id,
        kind: b.kind,
        term: b.term,
        name,
        ...(b.unitId === undefined ? {} : { unitId: b.unitId }),
        totalSeats: b.seats,
      };
      places.set(entity, b.place);
      return entity;
    });
  const bodyRank = new Map(bodyEntities.map((b, i) => [b.id, i]));
  const constituencyEntities = [...constituencies.values()]
    .map((s) => s.entity)
    .sort(
      (a, b) =>
        bodyRank.get(a.bodyId)! - bodyRank.get(b.bodyId)! ||
        unitRank.get(a.unitId!)! - unitRank.get(b.unitId!)! ||
        a.number - b.number,
    );
  const constituencyRank = new Map(constituencyEntities.map((c, i) => [c.id, i]));

  // 4. Organizations: level (from the origin) + name.
  const organizations = new Map<string, NominatingOrganization>();
  const organizationOf = (r: NomineeRecord): string | undefined => {
    const org = r.nomination.organization;
    if (org === undefined) return undefined;
    const level = r.nomination.origin === 'central' ? 'central' : 'local';
    const key = `${level}|${comparisonKey(org.name)}`;
    ids.register(`org-${level}`, org.name, key);
    return key;
  };
  const orgKeys = records.map(organizationOf);
  records.forEach((r, i) => {
    const key = orgKeys[i];
    const org = r.nomination.organization;
    if (key === undefined || org === undefined || organizations.has(key)) return;
    const level = r.nomination.origin === 'central' ? 'central' : 'local';
    const entity = {
      id: `org-${level}-${ids.id(`org-${level}`, org.name, key)}`,
      name: normalizeText(org.name),
      level,
      kind: org.kind,
    } as NominatingOrganization;
    organizations.set(key, entity);
    places.set(entity, r.place);
  });

  // 5. Nominees. A nomination's id is its place (the constituency, or the body when there is none) and the
  // person's name, never the date of birth: correcting a birth date must update the record, not add a second
  // nominee. Two people of the same name in one place are told apart by a hash of name and date of birth.
  const placeOfRecord = records.map((r, i) => recordConstituency[i]?.entity.id ?? bodyOfRecord[i]!.id);
  // Each name is slugged once, for both register() and id().
  const nameSlugs = records.map((r) => (r.id === undefined ? slug(r.person.fullName) : ''));
  records.forEach((r, i) => {
    if (r.id === undefined) ids.register(placeOfRecord[i]!, r.person.fullName, identities[i]!, nameSlugs[i]);
  });
  // The official-list order: constituency, list number, then the name (see vietnameseNameSortKey), each
  // nominee's sort fields worked out once rather than at every comparison.
  const entries: NomineeEntry[] = records.map((r, i) => {
    const body = bodyOfRecord[i]!;
    const constituency = recordConstituency[i];
    const orgKey = orgKeys[i];
    const place = placeOfRecord[i]!;
    const id = r.id ?? `${place}/${ids.id(place, r.person.fullName, identities[i]!, nameSlugs[i])}`;
    const m = r.nomination;
    // Optional fields are set only when present, in the order the schema lists them.
    const nomination = { bodyId: body.id, origin: m.origin } as NomineeInput['nomination'];
    if (orgKey !== undefined) nomination.organizationId = organizations.get(orgKey)!.id;
    if (constituency !== undefined) nomination.constituencyId = constituency.entity.id;
    nomination.stage = m.stage;
    nomination.status = m.status;
    if (m.statusReason !== undefined) nomination.statusReason = m.statusReason;
    if (m.listNumber !== undefined) nomination.listNumber = m.listNumber;
    if (m.fullTime !== undefined) nomination.fullTime = m.fullTime;
    const nominee: NomineeInput = r.personId === undefined ? { id, person: r.person, nomination } : { id, personId: r.personId, person: r.person, nomination };
    if (r.sourceText !== undefined) nominee.sourceText = r.sourceText;
    places.set(nominee, r.place);
    return {
      nominee,
      constituencyRank: constituency === undefined ? -1 : constituencyRank.get(constituency.entity.id)!,
      listNumber: m.listNumber ?? Number.MAX_SAFE_INTEGER,
      nameKey: vietnameseNameSortKey(r.person.fullName),
      id,
    };
  });
  entries.sort(
    (a, b) =>
      a.constituencyRank - b.constituencyRank ||
      a.listNumber - b.listNumber ||
      cmp(a.nameKey, b.nameKey) ||
      cmp(a.id, b.id),
  );
  const nominees = entries.map((e) => e.nominee);

  return {
    data: {
      elections: [election],
      bodies: bodyEntities,
      administrativeUnits: unitEntities,
      constituencies: constituencyEntities,
      nominatingOrganizations: [...organizations.values()].sort((a, b) => cmp(a.id, b.id)),
      nominees,
    },
    places,
  };
}

/** Same person: the name blind to case, NFC/NFD and tone placement, plus the date of birth. */
export function personIdentity(r: NomineeRecord): string {
  return `${comparisonKey(r.person.fullName)}|${r.person.dateOfBirth}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
