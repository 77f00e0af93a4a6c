/**
 * The `popolo` exporter: a dataset as one Popolo JSON document, streamed object by object. Its extension is
 * `json` (a Popolo file is JSON to every tool that opens it); name files `*.popolo.json` to tell them apart
 * from ungcu's dataset files — `jsonImporter()` tells them apart by content either way.
 */
import type { Dataset } from '@ungcu/core';
import { type Exporter, defineExporter } from '@ungcu/core/export';
import { JSON_MEDIA_TYPE } from '../format';
import { jsonDocumentChunks } from '../json-writer';
import { type JsonWriteOptions, checkIndent } from '../options';
import { popoloMembers } from './to-popolo';

export type PopoloExporterOptions = JsonWriteOptions;

export function popoloExporter(jsonOptions: PopoloExporterOptions = {}): Exporter {
  const indent = checkIndent(jsonOptions);
  return defineExporter({
    id: 'popolo',
    mediaType: JSON_MEDIA_TYPE,
    extension: 'json',
    async *stream(input: Dataset) {
      yield* jsonDocumentChunks(popoloMembers(input), indent);
    },
  });
}
