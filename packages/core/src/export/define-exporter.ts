/**
 * Exporters are made from a stream of chunks: `write` (the whole file in memory) is derived here, so every
 * exporter writes exactly the bytes it streams and no adapter joins chunks by hand. The check of what an
 * exporter can write (a list, a report) is made here too, once for every exporter.
 */
import { ConfigError } from '../errors/classes';
import type { Dataset } from '../model/dataset';
import { collectBytes } from './bytes';
import { redactDataset } from './redaction';
import type { ExportContent, ExportOptions, Exporter } from './ports';

export interface ExporterDefinition<Options extends ExportOptions = ExportOptions> {
  readonly id: string;
  readonly mediaType: string;
  /** Without the dot: "csv". */
  readonly extension: string;
  /** What it writes; default `['list']`. A `'report'` export reaches `stream` only with `options.report` set. */
  readonly contents?: readonly ExportContent[];
  stream(input: Dataset, options?: Options): AsyncIterable<Uint8Array>;
}

const CONTENT_WORDS: Readonly<Record<ExportContent, { readonly vi: string; readonly en: string }>> = {
  list: { vi: 'danh sách', en: 'lists' },
  report: { vi: 'báo cáo kiểm tra', en: 'validation reports' },
};

/** Refuses, before any byte is written, what the exporter cannot write or a report export without a report. */
export function checkExportOptions(exporter: Pick<Exporter, 'id' | 'contents'>, options: ExportOptions | undefined): void {
  const what = options?.what ?? 'list';
  const contents = exporter.contents ?? ['list'];
  if (!contents.includes(what)) {
    const words = CONTENT_WORDS[what];
    throw new ConfigError(
      {
        vi: `Bộ xuất "${exporter.id}" không ghi ${words.vi} (chỉ ghi: ${contents.map((c) => CONTENT_WORDS[c].vi).join(', ')})`,
        en: `The "${exporter.id}" exporter does not write ${words.en} (it writes: ${contents.map((c) => CONTENT_WORDS[c].en).join(', ')})`,
      },
      { details: { exporter: exporter.id, what, contents: [...contents] } },
    );
  }
  if (what === 'report' && options?.report === undefined) {
    throw new ConfigError({
      vi: 'Xuất báo cáo cần options.report (kết quả của validate); ungcu.export() tự kiểm tra khi không có',
      en: 'A report export needs options.report (what validate returns); ungcu.export() validates when it is absent',
    });
  }
}

export function defineExporter<Options extends ExportOptions = ExportOptions>(
  definition: ExporterDefinition<Options>,
): Exporter<Options> {
  const contents = definition.contents ?? ['list'];
  const exporter = { id: definition.id, contents };
  // An async generator, so that a refused option rejects the first read, as every other export error does.
  async function* stream(input: Dataset, options?: Options): AsyncIterable<Uint8Array> {
    checkExportOptions(exporter, options);
    // Redacted here, once for every format: an exporter only ever sees what the profile lets out.
    yield* definition.stream(redactDataset(input, options?.redaction), options);
  }
  return {
    id: definition.id,
    mediaType: definition.mediaType,
    extension: definition.extension,
    contents,
    stream,
    write: (input, options) => collectBytes(stream(input, options)),
  };
}
