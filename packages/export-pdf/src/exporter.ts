/**
 * The PDF exporter for `createUngcu()`: a list export is the official candidate list (one section per
 * constituency), a report export the validation report with its charts; both built by @ungcu/documents and
 * rendered by `renderPdf`. The exporter adds nothing to the content: the DOCX exporter prints the same model.
 */
import type { Dataset } from '@ungcu/core';
import { type ExportOptions, type Exporter, defineExporter } from '@ungcu/core/export';
import { type ReportDocumentOptions, officialListDocument, reportDocument } from '@ungcu/documents';
import { type RenderPdfOptions, renderPdf } from './render-pdf';

export interface PdfExporterOptions extends Omit<RenderPdfOptions, 'onProgress'> {
  /**
   * The rule pack the report was made with: the charts draw its thresholds (the 35% women line...). Default:
   * the export's `packs`, which `ungcu.export()` fills from the report.
   */
  readonly pack?: ReportDocumentOptions['pack'];
  /** Chart thresholds (shares, 0..1) over the pack's; `null` draws no line for that attribute. */
  readonly thresholds?: ReportDocumentOptions['thresholds'];
}

export function pdfExporter(pdfOptions: PdfExporterOptions = {}): Exporter {
  return defineExporter({
    id: 'pdf',
    mediaType: 'application/pdf',
    extension: 'pdf',
    contents: ['list', 'report'],
    async *stream(input: Dataset, options?: ExportOptions) {
      const heading = options?.heading;
      // defineExporter has refused a report export without a report before this runs.
      const report = options?.what === 'report' ? options.report : undefined;
      const locale = options?.locale ?? report?.locale ?? 'vi';
      const shared = heading === undefined ? { locale } : { locale, heading };
      const { pack: ownPack, thresholds, ...render } = pdfOptions;
      // The exporter's own pack, else the one the report was made under (ungcu.export passes it).
      const pack = ownPack ?? options?.packs?.[0];
      const model =
        report !== undefined
          ? reportDocument(report, input, { ...shared, ...(pack === undefined ? {} : { pack }), ...(thresholds === undefined ? {} : { thresholds }) })
          : officialListDocument(input, shared);
      const onProgress = options?.onProgress;
      yield* renderPdf(model, onProgress === undefined ? render : { ...render, onProgress });
    },
  });
}
