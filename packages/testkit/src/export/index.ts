/**
 * @ungcu/testkit/export: the conformance suite every import/export adapter runs (vitest), the independent
 * readers it checks files with, and the dataset generators of its properties. An adapter's test calls
 * `runExportConformance({ name, format, exporter, importer })`.
 */
export { runExportConformance, type ExportConformanceHarness } from './suite';
export { HOSTILE_TEXT, TEST_ELECTION, arbitraryDataset, datasetFromRows, layoutRows, type GeneratedRows } from './arbitraries';
export { readCsv, type CsvRead } from './csv-reader';
export { inChunks, latin1Bytes, tcvn3, vni, windows1258, withRealNameCapitals, type LegacyWriter } from './legacy-encoders';
export {
  columnIndex,
  isDateFormat,
  readXlsx,
  serialToIsoDate,
  unescapeXml,
  type XlsxCell,
  type XlsxSheet,
  type XlsxWorkbook,
} from './xlsx-reader';
