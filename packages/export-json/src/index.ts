/**
 * @ungcu/export-json: ungcu's own versioned dataset file and Popolo JSON, out and in, both round-tripping
 * to the model. Imports nothing of Node: it runs in browsers.
 */
export { datasetJsonExporter, type DatasetJsonExporterOptions } from './dataset-exporter';
export { jsonImporter, popoloImporter, type JsonImporterOptions } from './json-importer';
export { DEFAULT_MAX_BYTES } from './read-text';
export { DATASET_FORMAT_VERSION, DATASET_SCHEMA_URL, READABLE_FORMAT_VERSIONS } from './format';
export type { JsonWriteOptions } from './options';
export { popoloExporter, type PopoloExporterOptions } from './popolo/exporter';
export { toPopolo } from './popolo/to-popolo';
export { fromPopolo } from './popolo/from-popolo';
export { ALIAS_NOTE, CANDIDATE_ROLE, CLASSIFICATIONS, EXACT_FIELDS } from './popolo/fields';
export type {
  PopoloArea,
  PopoloDocument,
  PopoloDocumentExtension,
  PopoloEntityType,
  PopoloEvent,
  PopoloExtension,
  PopoloMembership,
  PopoloOrganization,
  PopoloOtherName,
  PopoloPerson,
  PopoloPost,
} from './popolo/types';
