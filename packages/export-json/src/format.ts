/**
 * ungcu's own dataset file: `{ "formatVersion": 1, "$schema": "...", ...Dataset }`. The version is the file
 * layout's, not the package's: it changes only when a file written under the old number would be read
 * differently (docs/export/json.md, "Versioning").
 */

/** The layout this package writes, and the newest it reads. */
export const DATASET_FORMAT_VERSION = 1;

/** Every layout this package reads. A file of any other version is refused, never guessed at. */
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1];

/**
 * Where the file's JSON Schema is published. A raw URL, not a GitHub page: editors (VS Code's `$schema`
 * support) download it to check and complete the file as it is typed.
 */
export const DATASET_SCHEMA_URL =
  'https://raw.githubusercontent.com/ungcu/ungcu/main/packages/export-json/schema/ungcu-dataset.v1.schema.json';

export const JSON_MEDIA_TYPE = 'application/json';
