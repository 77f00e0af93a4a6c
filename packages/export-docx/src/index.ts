/**
 * @ungcu/export-docx: the official candidate list per constituency and the validation report as Word files
 * (Decree 30/2020/NĐ-CP layout, Tinos embedded), rendered from @ungcu/documents' format-neutral model.
 */
export { docxExporter, DOCX_MEDIA_TYPE, type DocxExporterOptions } from './exporter';
export { renderDocx, type DocxRenderOptions } from './render-docx';
export { FONT_FAMILY, type FontFaces } from './fonts';
export { MARGINS_MM } from './page';
