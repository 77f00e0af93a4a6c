/**
 * @ungcu/export-csv: the official candidate list and the nominee template as CSV, in and out, streaming. This
 * entry imports nothing of Node and runs in browsers; reading files from disk is `@ungcu/export-csv/node`.
 */
export { csvImporter, type CsvImporterOptions } from './importer';
export { type CsvDelimiter } from './delimiter';
export { type CsvEncoding } from './encoding';
export { csvExporter, type CsvExporterOptions } from './exporter';
export { CSV_REPORT_TABLES, csvReportTable, type CsvExportOptions, type CsvReportTable } from './report';
