/**
 * @ungcu/core/export: the import and export ports, and the tabular layouts (the official candidate list and
 * the nominee template) as data with pure row codecs, shared by the CSV and XLSX adapters. No Node-only
 * imports: it runs in browsers.
 */
export type {
  Exporter,
  ExportOptions,
  ImportElection,
  ImportOptions,
  ImportResult,
  ImportSource,
  ImportWarning,
  Importer,
  LayoutId,
  OriginContext,
} from './ports';
export { LAYOUT_IDS } from './ports';
export {
  IMPORT_ERROR_CODES,
  columnLetter,
  formatImportError,
  importError,
  type ImportError,
  type ImportErrorCode,
  type ImportErrorColumn,
  type RowPlace,
} from './import-error';
export { type CellValue, type DateCell, type OutputCell, cellText, isDateCell } from './cell';
export {
  type ColumnType,
  type EncodedTable,
  type Layout,
  type LayoutColumn,
  type NomineeRecord,
  detectLayout,
  matchHeaders,
} from './layout';
export { OFFICIAL_LIST_COLUMNS, officialListLayout } from './official-list';
export { NOMINEE_TEMPLATE_COLUMNS, nomineeTemplateLayout } from './nominee-template';
export { TABULAR_LAYOUTS, TableImport, layoutById, type SheetReader } from './table-import';
export { neutralizeFormula, restoreFormula } from './formula-safety';
export { formatDate, parseDate } from './fields';
export { parseConstituencyText, formatConstituencyText, type ConstituencyText } from './constituency-text';
export { slug, shortHash } from './ids';
export { type FieldChange, canonicalJson, diffEntity, fieldLabel, formatFieldChange, formatFieldValue } from './changes';
export { type NomineeMatch, reconcileNominees } from './reconcile';
export {
  DEFAULT_REMOVED_REASON,
  OPERATION_WORDS,
  importIntoStore,
  summaryCounts,
  type ChangeOperation,
  type CollectionCounts,
  type EntityChange,
  type ImportIntoStoreOptions,
  type ImportMode,
  type ImportSummary,
} from './import-into-store';
export { capitalizeNameWords, tcvn3NameCapitals } from './tcvn3-names';
