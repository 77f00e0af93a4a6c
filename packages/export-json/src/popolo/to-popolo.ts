/**
 * Dataset → Popolo. Each entity becomes one Popolo object: its exact fields in Popolo's properties
 * (fields.ts), everything else under `ungcu`. People are grouped by `personId` (one Popolo person, one
 * membership per nomination); a nominee without one gets a person of its own, since name and birth date are
 * not proof of identity.
 */
import type { AdministrativeUnit, Body, Constituency, Dataset, Election, NominatingOrganization, Nominee, Person } from '@ungcu/core';
import { canonicalJson } from '@ungcu/core/export';
import { splitFullName } from '@ungcu/core/text';
import { DATASET_FORMAT_VERSION } from '../format';
import type { JsonMember } from '../json-writer';
import { ALIAS_NOTE, CANDIDATE_ROLE, CLASSIFICATIONS, EXACT_FIELDS, type FieldMap } from './fields';
import { bodyLabel, constituencyLabel, deputyRole } from './labels';
import type {
  PopoloArea,
  PopoloDocument,
  PopoloDocumentExtension,
  PopoloEvent,
  PopoloMembership,
  PopoloOrganization,
  PopoloPerson,
  PopoloPost,
} from './types';

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The order properties are written in: identity and names first, the extension last, as Popolo's examples do. */
const PROPERTY_ORDER = [
  'id', 'name', 'label', 'role', 'classification', 'identifier', 'family_name', 'additional_name', 'given_name', 'other_names',
  'gender', 'birth_date', 'national_identity', 'person_id', 'organization_id', 'post_id', 'on_behalf_of_id', 'area_id',
  'parent_id', 'start_date', 'end_date', 'ungcu',
];
const rank = (key: string): number => {
  const i = PROPERTY_ORDER.indexOf(key);
  return i === -1 ? PROPERTY_ORDER.length : i;
};

/** The object with its properties in PROPERTY_ORDER (a stable sort: any other keeps its place, before `ungcu`). */
function ordered<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => rank(a) - rank(b))) as T;
}

/** The Popolo properties of an entity's exact fields (undefined ones left out). */
function exactPart(entity: object, map: FieldMap): Loose {
  const out: Loose = {};
  for (const [model, popolo] of map) {
    const value = model.split('.').reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), entity);
    if (value !== undefined) out[popolo] = value;
  }
  return out;
}

/** The entity without its exact fields (and without `also`): what goes to the extension. */
function restPart(entity: object, map: FieldMap, also: readonly string[] = []): Loose {
  const drop = (node: Loose, paths: readonly string[]): Loose => {
    const out: Loose = {};
    for (const [key, value] of Object.entries(node)) {
      if (value === undefined || paths.includes(key)) continue;
      const inner = paths.filter((p) => p.startsWith(`${key}.`)).map((p) => p.slice(key.length + 1));
      out[key] = inner.length > 0 && isObject(value) ? drop(value, inner) : value;
    }
    return out;
  };
  return drop(entity as Loose, [...map.map(([model]) => model), ...also]);
}

export function electionToPopolo(election: Election): PopoloEvent {
  const map = EXACT_FIELDS.election;
  return {
    ...(exactPart(election, map) as { id: string; name: string; start_date: string }),
    classification: CLASSIFICATIONS.election,
    // An election is held on one day: it ends when it starts.
    end_date: election.electionDay,
    ungcu: { type: 'election', ...restPart(election, map) },
  };
}

export function unitToPopolo(unit: AdministrativeUnit): PopoloArea {
  const map = EXACT_FIELDS['administrative-unit'];
  const exact = exactPart(unit, map) as { id: string; name: string; identifier?: string; parent_id?: string };
  return { ...exact, classification: unit.kind ?? unit.level, ungcu: { type: 'administrative-unit', ...restPart(unit, map) } };
}

export function constituencyToPopolo(constituency: Constituency, unitName: string | undefined): PopoloArea {
  const map = EXACT_FIELDS.constituency;
  return {
    ...(exactPart(constituency, map) as { id: string; parent_id?: string }),
    name: constituencyLabel(constituency, unitName),
    classification: CLASSIFICATIONS.constituency,
    ungcu: { type: 'constituency', ...restPart(constituency, map) },
  };
}

/** One post per constituency: the set of seats it elects, held in the body. */
export function constituencyPost(constituency: Constituency, unitName: string | undefined, kind: Body['kind'] | undefined): PopoloPost {
  const role = deputyRole(kind);
  return {
    id: postId(constituency.id),
    label: `${role}, ${constituencyLabel(constituency, unitName)}`,
    role,
    organization_id: constituency.bodyId,
    area_id: constituency.id,
    ungcu: { type: 'constituency-seats', seats: constituency.seats },
  };
}

export const postId = (constituencyId: string): string => `post/${constituencyId}`;

export function bodyToPopolo(body: Body): PopoloOrganization {
  const map = EXACT_FIELDS.body;
  return {
    ...(exactPart(body, map) as { id: string; area_id?: string }),
    name: bodyLabel(body),
    classification: CLASSIFICATIONS.body,
    ungcu: { type: 'body', ...restPart(body, map) },
  };
}

export function organizationToPopolo(organization: NominatingOrganization): PopoloOrganization {
  const map = EXACT_FIELDS['nominating-organization'];
  return {
    ...(exactPart(organization, map) as { id: string; name: string; parent_id?: string; area_id?: string }),
    classification: CLASSIFICATIONS['nominating-organization'],
    ungcu: { type: 'nominating-organization', ...restPart(organization, map) },
  };
}

/** The Popolo person of a nominee: `id` is the nominee's `personId`, or one made from the nominee's id. */
export function personToPopolo(person: Person, id: string, derivedId: boolean): PopoloPerson {
  const map = EXACT_FIELDS.person;
  const parts = splitFullName(person.fullName);
  return {
    id,
    ...(exactPart(person, map) as { name: string; birth_date: string; gender: string; national_identity?: string }),
    ...(parts.family === '' ? {} : { family_name: parts.family }),
    ...(parts.given === '' ? {} : { given_name: parts.given }),
    ...(parts.middle === '' ? {} : { additional_name: parts.middle }),
    ...(person.alias === undefined ? {} : { other_names: [{ name: person.alias, note: ALIAS_NOTE }] }),
    ungcu: { type: 'person', ...(derivedId ? { derivedId: true } : {}), ...restPart(person, map, ['alias']) },
  };
}

export const derivedPersonId = (nomineeId: string): string => `person/${nomineeId}`;
const personIdOf = (nominee: Nominee): string => nominee.personId ?? derivedPersonId(nominee.id);

/**
 * The membership of a nomination. `person` is set when this nominee's person differs from the Popolo
 * person (two lists that disagree about one person): the nominee then keeps its own.
 */
export function nomineeToPopolo(nominee: Nominee, ownPerson: boolean): PopoloMembership {
  const map = EXACT_FIELDS.nomination;
  const exact = exactPart(nominee, map) as { id: string; organization_id: string; on_behalf_of_id?: string; area_id?: string };
  const constituencyId = nominee.nomination.constituencyId;
  return {
    ...exact,
    person_id: personIdOf(nominee),
    role: CANDIDATE_ROLE,
    ...(constituencyId === undefined ? {} : { post_id: postId(constituencyId) }),
    ungcu: { type: 'nomination', ...restPart(nominee, map, ['person']), ...(ownPerson ? { person: nominee.person } : {}) },
  };
}

/** The persons of the nominees in first-seen order, and which nominees' person differs from theirs. */
function people(nominees: readonly Nominee[]): { readonly firsts: readonly Nominee[]; readonly differs: ReadonlySet<Nominee> } {
  const seen = new Map<string, string>();
  const firsts: Nominee[] = [];
  const differs = new Set<Nominee>();
  for (const nominee of nominees) {
    const id = personIdOf(nominee);
    const json = canonicalJson(nominee.person);
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, json);
      firsts.push(nominee);
    } else if (first !== json) differs.add(nominee);
  }
  return { firsts, differs };
}

/** The members of the Popolo document, in order, each array produced as it is written. */
export function popoloMembers(dataset: Dataset): JsonMember[] {
  const unitNames = new Map(dataset.administrativeUnits.map((u) => [u.id, u.fullName ?? u.name] as const));
  const bodyKinds = new Map(dataset.bodies.map((b) => [b.id, b.kind] as const));
  const unitOf = (c: Constituency) => (c.unitId === undefined ? undefined : unitNames.get(c.unitId));
  const { firsts, differs } = people(dataset.nominees);
  const extension: PopoloDocumentExtension = {
    formatVersion: DATASET_FORMAT_VERSION,
    structurePlans: dataset.structurePlans,
    consultationRounds: dataset.consultationRounds,
    vettingCases: dataset.vettingCases,
    workProgrammes: dataset.workProgrammes,
    proposals: dataset.proposals,
  };
  // Lazy, so a streamed document holds one Popolo object at a time, not a second copy of the dataset.
  const mapped = <T, U>(items: readonly T[], f: (item: T) => U): Iterable<U> => ({
    *[Symbol.iterator]() {
      for (const item of items) yield ordered(f(item) as object) as U;
    },
  });
  const chain = <U>(...parts: Iterable<U>[]): Iterable<U> => ({
    *[Symbol.iterator]() {
      for (const part of parts) yield* part;
    },
  });
  return [
    ['persons', mapped(firsts, (n) => personToPopolo(n.person, personIdOf(n), n.personId === undefined)), 'items'],
    ['organizations', chain(mapped(dataset.bodies, bodyToPopolo), mapped(dataset.nominatingOrganizations, organizationToPopolo)), 'items'],
    ['memberships', mapped(dataset.nominees, (n) => nomineeToPopolo(n, differs.has(n))), 'items'],
    ['posts', mapped(dataset.constituencies, (c) => constituencyPost(c, unitOf(c), bodyKinds.get(c.bodyId))), 'items'],
    ['areas', chain(mapped(dataset.administrativeUnits, unitToPopolo), mapped(dataset.constituencies, (c) => constituencyToPopolo(c, unitOf(c)))), 'items'],
    ['events', mapped(dataset.elections, electionToPopolo), 'items'],
    ['ungcu', extension],
  ];
}

/** The whole Popolo document in memory. */
export function toPopolo(dataset: Dataset): PopoloDocument {
  const document: Loose = {};
  for (const member of popoloMembers(dataset)) {
    const [key, value] = member;
    document[key] = member.length === 3 ? [...(value as Iterable<unknown>)] : value;
  }
  return document as unknown as PopoloDocument;
}
