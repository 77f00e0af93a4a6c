/**
 * Exporters are made from a stream of chunks: `write` (the whole file in memory) is derived here, so every
 * exporter writes exactly the bytes it streams and no adapter joins chunks by hand.
 */
import type { Dataset } from '../model/dataset';
import { collectBytes } from './bytes';
import type { ExportOptions, Exporter } from './ports';

export interface ExporterDefinition<Options extends ExportOptions = ExportOptions> {
  readonly id: string;
  readonly mediaType: string;
  /** Without the dot: "csv". */
  readonly extension: string;
  stream(input: Dataset, options?: Options): AsyncIterable<Uint8Array>;
}

export function defineExporter<Options extends ExportOptions = ExportOptions>(
  definition: ExporterDefinition<Options>,
): Exporter<Options> {
  const stream = (input: Dataset, options?: Options): AsyncIterable<Uint8Array> => definition.stream(input, options);
  return {
    id: definition.id,
    mediaType: definition.mediaType,
    extension: definition.extension,
    stream,
    write: (input, options) => collectBytes(stream(input, options)),
  };
}
