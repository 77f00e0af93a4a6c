/**
 * docxExporter(): the official list (default) or the validation report of a dataset as a Word file, for
 * agencies that edit a document before it is signed. The content is @ungcu/documents' (the same words,
 * numbers and order as the PDF); this package only lays it out. docx builds the file whole, so the stream
 * hands the finished bytes on in chunks.
 */
import type { Dataset } from '@ungcu/core';
import { type ExportOptions, type Exporter, defineExporter } from '@ungcu/core/export';
import { officialListDocument, reportDocument } from '@ungcu/documents';
import { type DocxRenderOptions, renderDocx } from './render-docx';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The renderer's options, set once for every export (progress comes with each export's options). */
export type DocxExporterOptions = Omit<DocxRenderOptions, 'onProgress'>;

const CHUNK_BYTES = 64 * 1024;

export function docxExporter(docxOptions: DocxExporterOptions = {}): Exporter {
  return defineExporter({
    id: 'docx',
    mediaType: DOCX_MEDIA_TYPE,
    extension: 'docx',
    contents: ['list', 'report'],
    async *stream(input: Dataset, options?: ExportOptions) {
      const locale = options?.locale ?? options?.report?.locale ?? 'vi';
      const heading = options?.heading;
      const document =
        options?.what === 'report' && options.report !== undefined
          ? reportDocument(options.report, input, {
              locale,
              ...(heading === undefined ? {} : { heading }),
              // The pack the report was made under gives the thresholds the chart tables compare with.
              ...(options.packs?.[0] === undefined ? {} : { pack: options.packs[0] }),
            })
          : officialListDocument(input, { locale, ...(heading === undefined ? {} : { heading }) });
      const onProgress = options?.onProgress;
      const bytes = await renderDocx(document, { ...docxOptions, ...(onProgress === undefined ? {} : { onProgress }) });
      for (let at = 0; at < bytes.byteLength; at += CHUNK_BYTES) yield bytes.subarray(at, Math.min(at + CHUNK_BYTES, bytes.byteLength));
    },
  });
}
