/**
 * An exporter whose package is imported on its first export. The document exporters bring pdfkit, docx and
 * echarts (megabytes of modules): loading them at every start of `ungcu` would slow `ungcu validate` for
 * nothing. The id, media type, extension and contents are known up front, so `--format`, `--out list.pdf` and
 * the help text work without loading the package.
 */
import { defineExporter, type ExportContent, type Exporter } from '@ungcu/core/export';

export interface LazyExporterMeta {
  readonly id: string;
  readonly mediaType: string;
  readonly extension: string;
  readonly contents: readonly ExportContent[];
}

export function lazyExporter(meta: LazyExporterMeta, load: () => Promise<Exporter>): Exporter {
  let loaded: Promise<Exporter> | undefined;
  return defineExporter({
    ...meta,
    async *stream(input, options) {
      loaded ??= load();
      yield* (await loaded).stream(input, options);
    },
  });
}
