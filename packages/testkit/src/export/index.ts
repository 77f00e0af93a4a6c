/**
 * @ungcu/testkit/export: the conformance suite every exporter runs (vitest), whatever its format; the format
 * hooks for CSV and XLSX with the independent readers they check files with; and the dataset generators of
 * its properties. An adapter's test calls `runExportConformance({ name, exporter, importer, format })`; a
 * document exporter (PDF, DOCX), which no importer reads back, calls `runDocumentConformance({ name, exporter,
 * readSections, readText })`.
 */
export { runExportConformance, type ExportConformanceHarness, type ReadBack } from './suite';
export { comparableName, expectedSections, runDocumentConformance, type DocumentConformanceHarness } from './document-suite';
export { csvFormat, xlsxFormat, type ExportFormat } from './formats';
export { HOSTILE_TEXT, TEST_ELECTION, arbitraryDataset, datasetFromRows, layoutRows, type GeneratedRows } from './arbitraries';
export { readCsv, type CsvRead } from './csv-reader';
export { REDACTION_MARKERS, expectSensitiveRedaction, fileText, redactionDataset } from './redaction-case';
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
