/**
 * @ungcu/export-pdf: the official candidate list and the validation report as PDF documents in the format of
 * Decree 30/2020/NĐ-CP, fonts embedded, streamed page by page. `pdfExporter()` plugs into `createUngcu()`;
 * `renderPdf()` renders any document model of @ungcu/documents.
 */
export { pdfExporter, type PdfExporterOptions } from './exporter';
export { renderPdf, type RenderPdfOptions } from './render-pdf';
export { type PdfFonts, TINOS_FILES } from './fonts';
