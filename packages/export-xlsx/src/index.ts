/**
 * @ungcu/export-xlsx: the official candidate list and the nominee template as XLSX, in and out, with exceljs
 * (a peer dependency, loaded on first use). Input is bounded against zip bombs before it is parsed.
 */
export { xlsxImporter, type XlsxImporterOptions } from './importer';
export { xlsxExporter, type XlsxExporterOptions } from './exporter';
export { readXlsxFiles } from './files';
export { DEFAULT_XLSX_LIMITS, type XlsxLimits } from './limits';
export { DATE_FORMAT, GUIDE_SHEET_NAME, LISTS_SHEET_NAME } from './sheets';
export { FAILING_FILL, FAILING_FONT, PERCENT_FORMAT } from './report';
export { writeSheets, type PlainSheet, type WriteSheetsOptions } from './sheets-writer';
