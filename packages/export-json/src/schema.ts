/**
 * The JSON Schema of ungcu's dataset file: core's model schema (every entity, generated from the zod
 * schemas) with the file's two own members. Not part of the runtime entry (it pulls in zod's JSON Schema
 * generator); scripts/write-schema.ts writes it to schema/, and a test fails when that copy is stale.
 */
import { modelJsonSchema } from '@ungcu/core';
import { DATASET_FORMAT_VERSION, DATASET_SCHEMA_URL } from './format';

export function datasetFileJsonSchema(): Record<string, unknown> {
  // The model's root is a $ref to its Dataset definition, which allows other members: the file's own two
  // are added beside it (draft 2020-12 applies $ref and its siblings together).
  const model = modelJsonSchema();
  return {
    ...model,
    $id: DATASET_SCHEMA_URL,
    title: `ungcu dataset file, format version ${DATASET_FORMAT_VERSION}`,
    description:
      'An ungcu Dataset as written by datasetJsonExporter() from @ungcu/export-json: the format version, this schema, then every collection of the model.',
    properties: {
      formatVersion: { description: 'The version of the file format, not of the package.', const: DATASET_FORMAT_VERSION },
      $schema: { description: 'Where this schema is published; editors use it to check the file.', type: 'string' },
    },
    required: ['formatVersion'],
  };
}
