/**
 * Which model field goes to which Popolo property, for the fields Popolo has an exact slot for: the writer
 * and the reader share these tables, so the two directions cannot drift apart. Every other field of an
 * entity goes to the object's `ungcu` extension property, under its model name.
 */
import type { PopoloEntityType } from './types';

export type FieldMap = readonly (readonly [model: string, popolo: string])[];

export const EXACT_FIELDS: Readonly<Record<Exclude<PopoloEntityType, 'constituency-seats'>, FieldMap>> = {
  election: [['id', 'id'], ['name', 'name'], ['electionDay', 'start_date']],
  'administrative-unit': [['id', 'id'], ['name', 'name'], ['code', 'identifier'], ['parentId', 'parent_id']],
  constituency: [['id', 'id'], ['unitId', 'parent_id']],
  body: [['id', 'id'], ['unitId', 'area_id']],
  'nominating-organization': [['id', 'id'], ['name', 'name'], ['parentId', 'parent_id'], ['unitId', 'area_id']],
  person: [['fullName', 'name'], ['dateOfBirth', 'birth_date'], ['gender', 'gender'], ['nationality', 'national_identity']],
  nomination: [['id', 'id'], ['personId', 'person_id'], ['nomination.bodyId', 'organization_id'], ['nomination.organizationId', 'on_behalf_of_id'], ['nomination.constituencyId', 'area_id']],
};

/** The Popolo property a model field path is written to, or undefined when it lives in the extension. */
export function popoloProperty(type: keyof typeof EXACT_FIELDS, modelPath: string): string | undefined {
  return EXACT_FIELDS[type].find(([model]) => model === modelPath)?.[1];
}

/** The classification written for each entity type, and read back to tell them apart without the extension. */
export const CLASSIFICATIONS = {
  election: 'election',
  constituency: 'constituency',
  body: 'legislature',
  'nominating-organization': 'nominating organization',
} as const;

/** Popolo's role for a nomination: the person stands for a seat of the organization (the body). */
export const CANDIDATE_ROLE = 'candidate';

/** The note on the `other_names` entry that holds the model's alias (tên gọi khác). */
export const ALIAS_NOTE = 'Tên gọi khác (alias)';
