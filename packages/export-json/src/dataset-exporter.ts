/**
 * ungcu's dataset file out: the format version and the schema URL first, then every collection of the
 * model in the model's order, each entity as it is stored (ids and versions included), so reading the file
 * back gives the same dataset.
 */
import { COLLECTION_NAMES, type Dataset } from '@ungcu/core';
import { type Exporter, defineExporter } from '@ungcu/core/export';
import { DATASET_FORMAT_VERSION, DATASET_SCHEMA_URL, JSON_MEDIA_TYPE } from './format';
import { type JsonMember, jsonDocumentChunks } from './json-writer';
import { type JsonWriteOptions, checkIndent } from './options';

export type DatasetJsonExporterOptions = JsonWriteOptions;

/** The members of a dataset file, in the order they are written. */
export function* datasetMembers(dataset: Dataset): Iterable<JsonMember> {
  yield ['formatVersion', DATASET_FORMAT_VERSION];
  yield ['$schema', DATASET_SCHEMA_URL];
  for (const collection of COLLECTION_NAMES) yield [collection, dataset[collection], 'items'];
}

/** The `json` exporter: a Dataset as ungcu's versioned dataset file, streamed entity by entity. */
export function datasetJsonExporter(jsonOptions: DatasetJsonExporterOptions = {}): Exporter {
  const indent = checkIndent(jsonOptions);
  return defineExporter({
    id: 'json',
    mediaType: JSON_MEDIA_TYPE,
    extension: 'json',
    // Tabular layouts do not apply: the file holds the whole dataset.
    async *stream(input: Dataset) {
      yield* jsonDocumentChunks(datasetMembers(input), indent);
    },
  });
}
