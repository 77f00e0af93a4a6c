/**
 * Independent checks of what the exporters write: ajv (not zod, which the importer uses) validates dataset
 * files against the shipped JSON Schema and Popolo documents against the fields the Popolo schemas require.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

export const SHIPPED_SCHEMA_PATH = join(import.meta.dirname, '..', 'schema', 'ungcu-dataset.v1.schema.json');

function compile(schema: object): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Validates a dataset file against the schema file the package ships (read from disk, as users get it). */
export const validateDatasetFile = compile(JSON.parse(readFileSync(SHIPPED_SCHEMA_PATH, 'utf8')) as object);

const DATE = '^[0-9]{4}(-[0-9]{2}){0,2}$';
const str = { type: 'string', minLength: 1 };
const date = { type: 'string', pattern: DATE };
const nullableStr = { type: ['string', 'null'] };
const obj = (required: string[], properties: Record<string, object>) => ({ type: 'object', required, properties });

/**
 * The Popolo classes as the popolo-spec schemas define them (github.com/popolo-project/popolo-spec, schemas/),
 * with every property any version of them marks required (post: id, label, role, organization_id; membership:
 * id, organization_id; organization: id, name) and the ones a candidate list needs to be usable (a person's
 * name, a membership's person and post, an area's name).
 */
export const validatePopolo = compile({
  type: 'object',
  required: ['persons', 'organizations', 'memberships', 'posts', 'areas', 'events'],
  properties: {
    persons: {
      type: 'array',
      items: obj(['id', 'name'], {
        id: str, name: str, family_name: nullableStr, given_name: nullableStr, additional_name: nullableStr, gender: nullableStr,
        birth_date: date, national_identity: nullableStr,
        other_names: { type: 'array', items: obj(['name'], { name: str, note: nullableStr }) },
      }),
    },
    organizations: {
      type: 'array',
      items: obj(['id', 'name', 'classification'], { id: str, name: str, classification: str, parent_id: nullableStr, area_id: nullableStr }),
    },
    memberships: {
      type: 'array',
      items: obj(['id', 'person_id', 'organization_id', 'role'], {
        id: str, person_id: str, organization_id: str, post_id: nullableStr, area_id: nullableStr, on_behalf_of_id: nullableStr, role: str,
      }),
    },
    posts: {
      type: 'array',
      items: obj(['id', 'label', 'role', 'organization_id', 'area_id'], { id: str, label: str, role: str, organization_id: str, area_id: str }),
    },
    areas: {
      type: 'array',
      items: obj(['id', 'name', 'classification'], { id: str, name: str, identifier: nullableStr, classification: str, parent_id: nullableStr }),
    },
    events: {
      type: 'array',
      items: obj(['id', 'name', 'classification', 'start_date'], { id: str, name: str, classification: str, start_date: date, end_date: date }),
    },
  },
});
