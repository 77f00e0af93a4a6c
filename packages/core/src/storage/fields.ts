import type { CollectionName } from '../model/dataset';

/** The SQL-friendly kind of an indexed field: text compares by Unicode code point, integer numerically. */
export type FieldKind = 'text' | 'integer';

export interface IndexedField {
  /** Where the value sits in the entity, e.g. ["nomination", "bodyId"]. */
  readonly path: readonly string[];
  readonly kind: FieldKind;
  /** The column name SQL adapters give it (snake_case, stable once released). */
  readonly column: string;
}

function text(column: string, ...path: string[]): IndexedField {
  return { path, kind: 'text', column };
}
function integer(column: string, ...path: string[]): IndexedField {
  return { path, kind: 'integer', column };
}

/**
 * The fields each collection can be filtered and sorted by. SQL adapters keep them as indexed columns beside
 * the JSON document, so the common queries (by election, body, constituency, stage) never parse documents;
 * the memory store reads them from the entity. Adding a field is a schema migration for every SQL adapter,
 * which is why the list is short and chosen from the queries agencies actually run.
 */
export const INDEXED_FIELDS = {
  elections: { electionDay: text('election_day', 'electionDay'), rulePack: text('rule_pack', 'rulePack') },
  bodies: {
    electionId: text('election_id', 'electionId'),
    kind: text('kind', 'kind'),
    term: text('term', 'term'),
    unitId: text('unit_id', 'unitId'),
  },
  administrativeUnits: {
    code: text('code', 'code'),
    level: text('level', 'level'),
    parentId: text('parent_id', 'parentId'),
  },
  constituencies: {
    bodyId: text('body_id', 'bodyId'),
    unitId: text('unit_id', 'unitId'),
    number: integer('number', 'number'),
  },
  nominatingOrganizations: {
    level: text('level', 'level'),
    kind: text('kind', 'kind'),
    unitId: text('unit_id', 'unitId'),
    parentId: text('parent_id', 'parentId'),
  },
  nominees: {
    bodyId: text('body_id', 'nomination', 'bodyId'),
    constituencyId: text('constituency_id', 'nomination', 'constituencyId'),
    organizationId: text('organization_id', 'nomination', 'organizationId'),
    stage: text('stage', 'nomination', 'stage'),
    status: text('status', 'nomination', 'status'),
    origin: text('origin', 'nomination', 'origin'),
    listNumber: integer('list_number', 'nomination', 'listNumber'),
    personId: text('person_id', 'personId'),
    fullName: text('full_name', 'person', 'fullName'),
    gender: text('gender', 'person', 'gender'),
    dateOfBirth: text('date_of_birth', 'person', 'dateOfBirth'),
  },
  structurePlans: { bodyId: text('body_id', 'bodyId') },
  consultationRounds: {
    bodyId: text('body_id', 'bodyId'),
    round: integer('round', 'round'),
    unitId: text('unit_id', 'unitId'),
  },
  vettingCases: {
    status: text('status', 'status'),
    purpose: text('purpose', 'purpose'),
    personId: text('person_id', 'personId'),
    nomineeId: text('nominee_id', 'nomineeId'),
    openedOn: text('opened_on', 'openedOn'),
    dueDate: text('due_date', 'dueDate'),
  },
  workProgrammes: {
    kind: text('kind', 'kind'),
    term: text('term', 'term'),
    year: integer('year', 'year'),
  },
  proposals: {
    status: text('status', 'status'),
    submittedTo: text('submitted_to', 'submittedTo'),
    workProgrammeId: text('work_programme_id', 'workProgrammeId'),
    plannedQuarter: text('planned_quarter', 'plannedQuarter'),
  },
} as const satisfies Record<CollectionName, Record<string, IndexedField>>;

/** The names of the fields a collection can be filtered and sorted by. */
export type IndexedFieldName<C extends CollectionName> = keyof (typeof INDEXED_FIELDS)[C] & string;

/** The SQL table of each collection (snake_case, stable once released). */
export const COLLECTION_TABLES: Readonly<Record<CollectionName, string>> = {
  elections: 'elections',
  bodies: 'bodies',
  administrativeUnits: 'administrative_units',
  constituencies: 'constituencies',
  nominatingOrganizations: 'nominating_organizations',
  nominees: 'nominees',
  structurePlans: 'structure_plans',
  consultationRounds: 'consultation_rounds',
  vettingCases: 'vetting_cases',
  workProgrammes: 'work_programmes',
  proposals: 'proposals',
};

export type FieldValue = string | number | null;

const FIELD_LISTS = new Map<CollectionName, readonly (readonly [string, IndexedField])[]>();

/** The indexed fields of a collection as [name, definition] pairs, in declaration order. */
export function indexedFields(collection: CollectionName): readonly (readonly [string, IndexedField])[] {
  // Called for every row of a bulk write (500,000 on a national save): build each list once.
  let fields = FIELD_LISTS.get(collection);
  if (fields === undefined) FIELD_LISTS.set(collection, (fields = Object.freeze(Object.entries(INDEXED_FIELDS[collection] as Record<string, IndexedField>))));
  return fields;
}

/** Reads one indexed field from an entity; absent values are null (SQL NULL). */
export function readField(entity: unknown, field: IndexedField): FieldValue {
  let value: unknown = entity;
  for (const key of field.path) {
    if (typeof value !== 'object' || value === null) return null;
    value = (value as Record<string, unknown>)[key];
  }
  if (field.kind === 'integer') return typeof value === 'number' ? value : null;
  return typeof value === 'string' ? value : null;
}

/** The values of every indexed field of an entity, keyed by field name. */
export function readFields(collection: CollectionName, entity: unknown): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const [name, field] of indexedFields(collection)) values[name] = readField(entity, field);
  return values;
}
