/**
 * @ungcu/export-csv: the official candidate list and the nominee template as CSV, in and out, streaming.
 */
export { csvImporter, type CsvImporterOptions } from './importer';
export { type CsvDelimiter } from './delimiter';
export { type CsvEncoding } from './encoding';
export { csvExporter, type CsvExporterOptions } from './exporter';
export { readCsvFiles } from './files';
