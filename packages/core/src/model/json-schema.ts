/**
 * The JSON Schema of the whole model, generated from the zod schemas so the two cannot disagree. Agencies
 * validating ungcu files in other languages use the copy shipped as `@ungcu/core/schema.json`.
 */
import * as z from 'zod/mini';
import { Dataset, ENTITY_NAMES, ENTITY_SCHEMAS, type CollectionName } from './dataset';

export const MODEL_SCHEMA_ID = 'https://github.com/ungcu/ungcu/blob/main/docs/reference/ungcu.schema.json';

/**
 * Generates the JSON Schema (draft 2020-12) of a Dataset, each entity under `$defs` by its name. It
 * describes the input form (defaults may be omitted), which is what files on disk contain.
 */
export function modelJsonSchema(): Record<string, unknown> {
  // A local registry, not zod's global one: ids registered globally clash when two copies of the package
  // (ESM and CJS) are loaded in one process.
  const registry = z.registry<{ id: string; title?: string; description?: string }>();
  for (const collection of Object.keys(ENTITY_SCHEMAS) as CollectionName[]) {
    registry.add(ENTITY_SCHEMAS[collection], { id: ENTITY_NAMES[collection] });
  }
  registry.add(Dataset, {
    id: 'Dataset',
    title: 'ungcu Dataset',
    description: 'Every entity of one or more elections: the bundle ungcu importers produce and validate() reads.',
  });
  const schema = z.toJSONSchema(Dataset, { metadata: registry, io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return { ...schema, $id: MODEL_SCHEMA_ID };
}
